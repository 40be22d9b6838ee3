package dev.terrarium.interpreter;

import dev.terrarium.interpreter.compiler.ModuleCompiler;
import dev.terrarium.runtime.PyBaseException;
import dev.terrarium.runtime.PyException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Formats an uncaught exception as CPython's {@code traceback.print_exception} does. The
 * Python frames are the frames of generated classes in the Java stack trace captured
 * when the exception was raised; their line numbers come from the line tables the
 * compiler wrote.
 */
final class Traceback {
    private Traceback() {}

    /** Source lines by filename, to print each frame's line as CPython's linecache does. */
    static String format(PyException e, Map<String, String[]> sources) {
        StringBuilder out = new StringBuilder();
        PyBaseException value = e.value();
        List<StackTraceElement> frames = new ArrayList<>();
        for (StackTraceElement el : e.getStackTrace()) {
            if (el.getClassName().startsWith(ModuleCompiler.GENERATED_PACKAGE + ".")) {
                frames.add(0, el);
            }
        }
        if (!frames.isEmpty()) {
            out.append("Traceback (most recent call last):\n");
            for (StackTraceElement f : frames) {
                out.append("  File \"").append(f.getFileName()).append("\", line ").append(f.getLineNumber())
                        .append(", in ").append(ModuleCompiler.pythonName(f.getMethodName())).append('\n');
                String[] lines = sources.get(f.getFileName());
                int n = f.getLineNumber();
                if (lines != null && n >= 1 && n <= lines.length) {
                    String text = lines[n - 1].strip();
                    if (!text.isEmpty()) {
                        out.append("    ").append(text).append('\n');
                    }
                }
            }
        }
        out.append(exceptionLine(value)).append('\n');
        return out.toString();
    }

    /** {@code TypeName: message}, or just {@code TypeName} when the message is empty. */
    static String exceptionLine(PyBaseException value) {
        String msg = value.str();
        String name = value.type().name();
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
