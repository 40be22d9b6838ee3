package dev.terrarium.interpreter;

import dev.terrarium.interpreter.ast.Span;
import dev.terrarium.interpreter.compiler.ModuleCompiler;
import dev.terrarium.runtime.Builtins;
import dev.terrarium.runtime.Ops;
import dev.terrarium.runtime.PyAttributeError;
import dev.terrarium.runtime.PyBaseException;
import dev.terrarium.runtime.PyBool;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyException;
import dev.terrarium.runtime.PyExceptionGroup;
import dev.terrarium.runtime.PyNameError;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import dev.terrarium.runtime.PyTuple;
import dev.terrarium.runtime.Suggestions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats an uncaught exception as CPython 3.11's {@code PyErr_Display} does, with its
 * chain of causes and contexts, its {@code __notes__}, and exception groups drawn as
 * nested boxes (compare {@code Python/pythonrun.c}: {@code print_exception_recursive},
 * {@code print_exception_group}). The Python frames of an exception are the frames of
 * generated classes in the Java stack trace captured when it was raised (outermost
 * first); for an exception that was handled, those above the handling frame are dropped,
 * as CPython's traceback only reaches back to where the exception was caught.
 */
final class Traceback {
    private Traceback() {}

    static final String CAUSE_MESSAGE = "The above exception was the direct cause of the following exception:\n";
    static final String CONTEXT_MESSAGE = "During handling of the above exception, another exception occurred:\n";
    private static final int MAX_GROUP_DEPTH = 10;
    private static final int MAX_GROUP_WIDTH = 15;

    static String format(PyException e, CodeRegistry registry) {
        Printer p = new Printer(registry);
        p.recursive(e.value(), e, true);
        return p.out.toString();
    }

    /** CPython's {@code exception_print_context}: where in the boxes of groups printing is. */
    private static final class Printer {
        final StringBuilder out = new StringBuilder();
        final CodeRegistry registry;
        final Map<PyBaseException, Boolean> seen = new IdentityHashMap<>();
        int groupDepth;
        boolean needClose;

        Printer(CodeRegistry registry) {
            this.registry = registry;
        }

        void indent() {
            out.append(" ".repeat(2 * groupDepth));
        }

        String margin() {
            return groupDepth > 0 ? "| " : "";
        }

        void indentedMargin() {
            indent();
            out.append(margin());
        }

        /** Causes and contexts first, then the exception (or group) itself. */
        void recursive(PyBaseException value, Throwable carrier, boolean uncaught) {
            seen.put(value, Boolean.TRUE);
            if (value.cause != null) {
                if (!seen.containsKey(value.cause)) {
                    chained(value.cause, CAUSE_MESSAGE);
                }
            } else if (!value.suppressContext && value.context != null && !seen.containsKey(value.context)) {
                chained(value.context, CONTEXT_MESSAGE);
            }
            if (value instanceof PyExceptionGroup group) {
                group(group, carrier, uncaught);
            } else {
                exception(value, carrier, uncaught);
            }
        }

        private void chained(PyBaseException value, String message) {
            boolean close = needClose;
            recursive(value, value.carrier(), false);
            needClose = close;
            indentedMargin();
            out.append('\n');
            indentedMargin();
            out.append(message);
            indentedMargin();
            out.append('\n');
        }

        /** Compare {@code print_exception}: traceback, exception line, notes. */
        private void exception(PyBaseException value, Throwable carrier, boolean uncaught) {
            List<StackTraceElement> frames = pythonFrames(carrier);
            if (!uncaught && value.handledAtDepth >= 0 && value.handledAtDepth < frames.size()) {
                frames = frames.subList(value.handledAtDepth, frames.size());
            }
            if (!frames.isEmpty()) {
                boolean group = value instanceof PyExceptionGroup;
                indent();
                out.append(group && groupDepth == 1 ? "+ " : margin());
                out.append(group ? "Exception Group Traceback (most recent call last):\n"
                        : "Traceback (most recent call last):\n");
                frames(out, frames, registry, " ".repeat(2 * groupDepth) + margin());
            }
            StackTraceElement innermost = frames.isEmpty() ? null : frames.get(frames.size() - 1);
            indentedMargin();
            out.append(exceptionLine(value, innermost, registry)).append('\n');
            notes(value);
        }

        /** Compare {@code print_exception_notes}. */
        private void notes(PyBaseException value) {
            PyObject notes;
            try {
                notes = Ops.getAttr(value, "__notes__");
            } catch (PyException e) {
                return;
            }
            PyObject[] items;
            try {
                items = PyExceptionGroup.isSequence(notes) ? Ops.toArray(notes) : null;
            } catch (PyException e) {
                items = null;
            }
            if (items == null) {
                indentedMargin();
                try {
                    out.append(notes.repr());
                } catch (PyException e) {
                    out.append("<__notes__ repr() failed>");
                }
                // sic: CPython 3.11 ends this line without a newline
                return;
            }
            for (PyObject note : items) {
                try {
                    PyObject lines = Ops.getAttr(PyStr.of(note.str()), "splitlines").call1(PyBool.TRUE);
                    for (PyObject line : Ops.toArray(lines)) {
                        indentedMargin();
                        out.append(line.str());
                    }
                } catch (PyException e) {
                    out.append("<note str() failed>");
                }
                out.append('\n');
            }
        }

        /** Compare {@code print_exception_group}. */
        private void group(PyExceptionGroup value, Throwable carrier, boolean uncaught) {
            if (groupDepth > MAX_GROUP_DEPTH) {
                indentedMargin();
                out.append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
                return;
            }
            if (groupDepth == 0) {
                groupDepth++;
            }
            exception(value, carrier, uncaught);
            PyTuple members = value.exceptions();
            int count = members.size();
            int shown = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
            needClose = false;
            for (int i = 0; i < shown; i++) {
                boolean last = i == shown - 1;
                if (last) {
                    // the closing line may come from a nested group's own last member
                    needClose = true;
                }
                indent();
                boolean truncated = i >= MAX_GROUP_WIDTH;
                out.append(i == 0 ? "+-" : "  ").append("+---------------- ")
                        .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
                groupDepth++;
                if (!truncated) {
                    PyBaseException member = (PyBaseException) members.get(i);
                    recursive(member, member.carrier(), false);
                } else {
                    int remaining = count - MAX_GROUP_WIDTH;
                    indentedMargin();
                    out.append("and ").append(remaining).append(" more exception").append(remaining > 1 ? "s" : "")
                            .append('\n');
                }
                if (last && needClose) {
                    indent();
                    out.append("+------------------------------------\n");
                    needClose = false;
                }
                groupDepth--;
            }
            if (groupDepth == 1) {
                groupDepth--;
            }
        }
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

    /** The frame lines, each after {@code prefix} (the indentation and margin of the box it is in). */
    private static void frames(StringBuilder out, List<StackTraceElement> frames, CodeRegistry registry, String prefix) {
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
            out.append(prefix).append("  File \"").append(f.getFileName()).append("\", line ").append(line)
                    .append(", in ").append(ModuleCompiler.pythonName(f.getMethodName())).append('\n');
            if (unit != null && line >= 1 && line <= unit.lines().length) {
                String source = unit.lines()[line - 1];
                String text = source.strip();
                if (!text.isEmpty()) {
                    out.append(prefix).append("    ").append(text).append('\n');
                    String markers = span == null ? null : Carets.markers(source, span, f.getFileName());
                    if (markers != null) {
                        out.append(prefix).append(markers).append('\n');
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
