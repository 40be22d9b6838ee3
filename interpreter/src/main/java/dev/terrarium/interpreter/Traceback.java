package dev.terrarium.interpreter;

import dev.terrarium.interpreter.ast.Span;
import dev.terrarium.interpreter.compiler.ModuleCompiler;
import dev.terrarium.runtime.Builtins;
import dev.terrarium.runtime.PyAttributeError;
import dev.terrarium.runtime.PyBaseException;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyException;
import dev.terrarium.runtime.PyNameError;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import dev.terrarium.runtime.Suggestions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats an uncaught exception as CPython's {@code traceback.print_exception} does, with
 * its chain of causes and contexts. The Python frames of an exception are the frames of
 * generated classes in the Java stack trace captured when it was raised (outermost
 * first); for an exception that was handled, those above the handling frame are dropped,
 * as CPython's traceback only reaches back to where the exception was caught.
 */
final class Traceback {
    private Traceback() {}

    static final String CAUSE_SEPARATOR =
            "\nThe above exception was the direct cause of the following exception:\n\n";
    static final String CONTEXT_SEPARATOR =
            "\nDuring handling of the above exception, another exception occurred:\n\n";

    static String format(PyException e, CodeRegistry registry) {
        StringBuilder out = new StringBuilder();
        chain(out, e.value(), e, true, registry, new IdentityHashMap<>());
        return out.toString();
    }

    /** Compare CPython {@code print_exception_recursive}: causes and contexts first. */
    private static void chain(StringBuilder out, PyBaseException value, Throwable carrier, boolean uncaught,
            CodeRegistry registry, Map<PyBaseException, Boolean> seen) {
        seen.put(value, Boolean.TRUE);
        if (value.cause != null && !seen.containsKey(value.cause)) {
            chain(out, value.cause, value.cause.carrier(), false, registry, seen);
            out.append(CAUSE_SEPARATOR);
        } else if (value.cause == null && !value.suppressContext && value.context != null
                && !seen.containsKey(value.context)) {
            chain(out, value.context, value.context.carrier(), false, registry, seen);
            out.append(CONTEXT_SEPARATOR);
        }
        List<StackTraceElement> frames = pythonFrames(carrier);
        if (!uncaught && value.handledAtDepth >= 0 && value.handledAtDepth < frames.size()) {
            frames = frames.subList(value.handledAtDepth, frames.size());
        }
        frames(out, frames, registry);
        StackTraceElement innermost = frames.isEmpty() ? null : frames.get(frames.size() - 1);
        out.append(exceptionLine(value, innermost, registry)).append('\n');
    }

    /** The generated-code frames of {@code t}'s stack trace, outermost first. */
    private static List<StackTraceElement> pythonFrames(Throwable t) {
        List<StackTraceElement> frames = new ArrayList<>();
        if (t == null) {
            return frames;
        }
        // The caller of a part of a split function (its method, or another of its parts) is the
        // same Python frame: only the innermost of them, which knows the line, is kept.
        boolean callerIsSameFrame = false;
        for (StackTraceElement el : t.getStackTrace()) {
            // $module only calls the methods holding the module's statements: not a Python frame.
            if (el.getClassName().startsWith(ModuleCompiler.GENERATED_PACKAGE + ".")
                    && !el.getMethodName().equals(ModuleCompiler.MODULE_METHOD)) {
                if (!callerIsSameFrame) {
                    frames.add(0, el);
                }
                callerIsSameFrame = ModuleCompiler.isPartMethod(el.getMethodName());
            }
        }
        return frames;
    }

    private static void frames(StringBuilder out, List<StackTraceElement> frames, CodeRegistry registry) {
        if (frames.isEmpty()) {
            return;
        }
        out.append("Traceback (most recent call last):\n");
        // Compare CPython tb_print_internal: after three identical lines, count the rest.
        String last = null;
        int repeated = 0;
        for (StackTraceElement f : frames) {
            String key = f.getFileName() + "#" + f.getMethodName() + "#" + lineOf(f, registry);
            if (!key.equals(last)) {
                if (repeated > RECURSIVE_CUTOFF) {
                    repeatedLine(out, repeated - RECURSIVE_CUTOFF);
                }
                last = key;
                repeated = 0;
            }
            if (++repeated > RECURSIVE_CUTOFF) {
                continue;
            }
            CodeRegistry.Unit unit = registry.unit(f.getClassName());
            Span span = null;
            int line = f.getLineNumber();
            if (unit != null && unit.positions() != null) {
                int code = f.getLineNumber();
                span = code >= 1 && code <= unit.positions().size() ? unit.positions().get(code - 1) : null;
                line = span == null ? -1 : span.lineno();
            }
            out.append("  File \"").append(f.getFileName()).append("\", line ").append(line)
                    .append(", in ").append(ModuleCompiler.pythonName(f.getMethodName())).append('\n');
            if (unit != null && line >= 1 && line <= unit.lines().length) {
                String source = unit.lines()[line - 1];
                String text = source.strip();
                if (!text.isEmpty()) {
                    out.append("    ").append(text).append('\n');
                    String markers = span == null ? null : Carets.markers(source, span, f.getFileName());
                    if (markers != null) {
                        out.append(markers).append('\n');
                    }
                }
            }
        }
        if (repeated > RECURSIVE_CUTOFF) {
            repeatedLine(out, repeated - RECURSIVE_CUTOFF);
        }
    }

    /** The source line of a frame (its line number entry may be a position index). */
    private static int lineOf(StackTraceElement f, CodeRegistry registry) {
        CodeRegistry.Unit unit = registry.unit(f.getClassName());
        if (unit == null || unit.positions() == null) {
            return f.getLineNumber();
        }
        int code = f.getLineNumber();
        return code >= 1 && code <= unit.positions().size() ? unit.positions().get(code - 1).lineno() : -1;
    }

    private static final int RECURSIVE_CUTOFF = 3;

    private static void repeatedLine(StringBuilder out, int times) {
        out.append("  [Previous line repeated ").append(times).append(" more time").append(times > 1 ? "s" : "")
                .append("]\n");
    }

    /** {@code TypeName: message}, or just {@code TypeName} when the message is empty. */
    static String exceptionLine(PyBaseException value, StackTraceElement innermost, CodeRegistry registry) {
        String msg;
        try {
            msg = value.str();
        } catch (PyException e) {
            msg = "<exception str() failed>";
        }
        // CPython prints module.qualname, leaving out the module for builtins and __main__.
        String module = value.type().module();
        String name = module.equals("builtins") || module.equals("__main__") ? value.type().qualname()
                : module + "." + value.type().qualname();
        String line = msg.isEmpty() ? name : name + ": " + msg;
        String suggestion = null;
        if (value instanceof PyNameError ne) {
            suggestion = suggestName(ne, innermost, registry);
        } else if (value instanceof PyAttributeError ae) {
            suggestion = Suggestions.closest(ae.name(), ae.obj().attributeNames());
        }
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
