package dev.terrarium.interpreter;

import dev.terrarium.interpreter.compiler.ModuleCompiler;
import dev.terrarium.runtime.Builtins;
import dev.terrarium.runtime.PyBaseException;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyException;
import dev.terrarium.runtime.PyNameError;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import dev.terrarium.runtime.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats an uncaught exception as CPython's {@code traceback.print_exception} does. The
 * Python frames are the frames of generated classes in the Java stack trace captured
 * when the exception was raised; their line numbers come from the line tables the
 * compiler wrote.
 */
final class Traceback {
    private Traceback() {}

    static String format(PyException e, CodeRegistry registry) {
        StringBuilder out = new StringBuilder();
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
                CodeRegistry.Unit unit = registry.unit(f.getClassName());
                int n = f.getLineNumber();
                if (unit != null && n >= 1 && n <= unit.lines().length) {
                    String text = unit.lines()[n - 1].strip();
                    if (!text.isEmpty()) {
                        out.append("    ").append(text).append('\n');
                    }
                }
            }
        }
        StackTraceElement innermost = frames.isEmpty() ? null : frames.get(frames.size() - 1);
        out.append(exceptionLine(e.value(), innermost, registry)).append('\n');
        return out.toString();
    }

    /** {@code TypeName: message}, or just {@code TypeName} when the message is empty. */
    static String exceptionLine(PyBaseException value, StackTraceElement innermost, CodeRegistry registry) {
        String msg = value.str();
        String name = value.type().name();
        String line = msg.isEmpty() ? name : name + ": " + msg;
        String suggestion = value instanceof PyNameError ne ? suggestName(ne, innermost, registry) : null;
        return suggestion == null ? line : line + ". Did you mean: '" + suggestion + "'?";
    }

    /** Compare CPython {@code offer_suggestions_for_name_error}: locals, then globals, then builtins. */
    private static String suggestName(PyNameError e, StackTraceElement frame, CodeRegistry registry) {
        if (frame != null) {
            CodeRegistry.Unit unit = registry.unit(frame.getClassName());
            List<String> locals = unit == null ? null : unit.localNames().get(frame.getMethodName());
            if (locals != null) {
                String s = Suggestions.closest(e.name(), locals);
                if (s != null) {
                    return s;
                }
            }
        }
        if (e.globals() != null) {
            String s = Suggestions.closest(e.name(), keys(e.globals()));
            if (s != null) {
                return s;
            }
        }
        return Suggestions.closest(e.name(), keys(Builtins.DICT));
    }

    private static List<String> keys(PyDict d) {
        List<String> out = new ArrayList<>(d.size());
        for (PyObject k : d.entries().keySet()) {
            if (k instanceof PyStr s) {
                out.add(s.value());
            }
        }
        return out;
    }
}
