package dev.terrarium.controller.jsr223;

import dev.terrarium.controller.ExecutionResult;
import dev.terrarium.controller.HostFunction;
import dev.terrarium.controller.Outcome;
import dev.terrarium.controller.Terrarium;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleBindings;

/**
 * Terrarium as a JSR-223 {@link ScriptEngine}. {@code eval} runs the script as a main
 * program in a fresh sandbox, writes the guest's stdout to the context's writer and its
 * stderr to the context's error writer, and returns null when the guest exits with status 0.
 * Any other ending throws a {@link ScriptException} with the last line of stderr (the
 * exception, or the controller's reason) and the line of the last traceback entry.
 *
 * <p>The script cannot see the bindings' Java objects (that would open the sandbox), with
 * two exceptions: a binding whose value is a {@link HostFunction} and whose name is a Python
 * identifier becomes {@code host.NAME}, and {@link ScriptEngine#ARGV} (a {@code String[]})
 * becomes {@code sys.argv[1:]}. {@link ScriptEngine#FILENAME} names the script in the
 * {@link ScriptException}; the guest runs it as {@code python3 -c} would (its tracebacks say
 * {@code "<string>"}).
 */
public final class TerrariumScriptEngine extends AbstractScriptEngine {
    private static final Pattern TRACEBACK_LINE = Pattern.compile("^  File \"[^\"]*\", line (\\d+)", Pattern.MULTILINE);

    private final ScriptEngineFactory factory;
    private final Supplier<Terrarium.Builder> configuration;

    TerrariumScriptEngine(ScriptEngineFactory factory, Supplier<Terrarium.Builder> configuration) {
        this.factory = factory;
        this.configuration = configuration;
    }

    @Override
    public Object eval(String script, ScriptContext context) throws ScriptException {
        Terrarium.Builder builder = configuration.get();
        String fileName = "<string>";
        for (int scope : context.getScopes()) {
            Bindings bindings = context.getBindings(scope);
            if (bindings == null) {
                continue;
            }
            for (Map.Entry<String, Object> entry : bindings.entrySet()) {
                if (entry.getValue() instanceof HostFunction) {
                    try {
                        builder.hostFunction(entry.getKey(), (HostFunction) entry.getValue());
                    } catch (IllegalArgumentException notAnIdentifier) {
                        // a binding Python cannot name stays invisible
                    }
                }
            }
        }
        Object argv = context.getAttribute(ScriptEngine.ARGV);
        if (argv instanceof String[]) {
            builder.argv(Arrays.asList((String[]) argv));
        }
        Object name = context.getAttribute(ScriptEngine.FILENAME);
        if (name instanceof String && !((String) name).isEmpty()) {
            fileName = (String) name;
        }
        ExecutionResult result;
        try (Terrarium terrarium = builder.build()) {
            result = terrarium.run(script);
        }
        write(context.getWriter(), result.stdout());
        write(context.getErrorWriter(), result.stderr());
        if (result.ok()) {
            return null;
        }
        throw failure(result, fileName);
    }

    private static ScriptException failure(ExecutionResult result, String fileName) {
        String stderr = result.stderr().stripTrailing();
        String message = stderr.isEmpty()
                ? (result.outcome() == Outcome.EXITED ? "exit status " + result.exitCode() : result.reason())
                : stderr.substring(stderr.lastIndexOf('\n') + 1);
        int line = -1;
        Matcher matcher = TRACEBACK_LINE.matcher(stderr);
        while (matcher.find()) {
            line = Integer.parseInt(matcher.group(1));
        }
        return new ScriptException(message, fileName, line);
    }

    private static void write(Writer writer, String text) throws ScriptException {
        if (writer == null || text.isEmpty()) {
            return;
        }
        try {
            writer.write(text);
            writer.flush();
        } catch (IOException e) {
            throw new ScriptException(e);
        }
    }

    @Override
    public Object eval(Reader reader, ScriptContext context) throws ScriptException {
        StringBuilder script = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n; (n = reader.read(buffer)) > 0; ) {
                script.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return eval(script.toString(), context);
    }

    @Override
    public Bindings createBindings() {
        return new SimpleBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }
}
