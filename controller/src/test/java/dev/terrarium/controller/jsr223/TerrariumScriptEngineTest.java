package dev.terrarium.controller.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.terrarium.controller.HostFunction;
import java.io.StringWriter;
import java.util.List;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

class TerrariumScriptEngineTest {

    @Test
    void foundByNameExtensionAndMimeType() {
        ScriptEngineManager manager = new ScriptEngineManager();
        ScriptEngine python = manager.getEngineByName("python");
        assertNotNull(python);
        assertSame(TerrariumScriptEngine.class, python.getClass());
        assertSame(TerrariumScriptEngine.class, manager.getEngineByName("terrarium").getClass());
        assertSame(TerrariumScriptEngine.class, manager.getEngineByExtension("py").getClass());
        assertSame(TerrariumScriptEngine.class, manager.getEngineByMimeType("text/x-python").getClass());
        assertEquals("3.11", python.getFactory().getLanguageVersion());
        assertEquals("print('it\\'s')", python.getFactory().getOutputStatement("it's"));
    }

    @Test
    void evalWritesToTheContextAndRaisesScriptExceptions() throws ScriptException {
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("terrarium");
        ScriptContext context = new SimpleScriptContext();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        context.setWriter(out);
        context.setErrorWriter(err);
        context.setAttribute(ScriptEngine.ARGV, new String[] {"first"}, ScriptContext.ENGINE_SCOPE);
        context.setAttribute("twice", (HostFunction) args -> 2 * (Long) args.get(0), ScriptContext.ENGINE_SCOPE);
        context.setAttribute("not a name", (HostFunction) args -> null, ScriptContext.ENGINE_SCOPE);
        assertNull(engine.eval("import sys, host\nprint(sys.argv[1:], host.twice(21), dir(host)[-1])\n", context));
        assertEquals("['first'] 42 twice\n", out.toString());
        assertEquals("", err.toString());

        context.setAttribute(ScriptEngine.FILENAME, "job.py", ScriptContext.ENGINE_SCOPE);
        ScriptException failure = assertThrows(ScriptException.class,
                () -> engine.eval("x = 1\n\ny = x / 0\n", context));
        assertEquals(3, failure.getLineNumber());
        assertEquals("job.py", failure.getFileName());
        assertEquals("ZeroDivisionError: division by zero in job.py at line number 3", failure.getMessage());
        assertEquals(List.of("Traceback (most recent call last):", "  File \"<string>\", line 3, in <module>"),
                List.of(err.toString().split("\n")).subList(0, 2));
    }
}
