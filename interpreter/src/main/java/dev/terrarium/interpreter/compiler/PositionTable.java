package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Source positions of a generated class, for tracebacks as precise as CPython 3.11's
 * (which underline the failing expression, not just name its line). The JVM's line
 * number table only holds 16-bit numbers, so each "line number" the compiler writes is
 * an index into this table of spans. A module with more distinct positions than that
 * is compiled again with plain line numbers ({@link #linesOnly}).
 */
final class PositionTable {
    /** Line numbers are unsigned 16-bit; 0 is avoided as some tools read it as "none". */
    static final int CAPACITY = 65535;

    /** Thrown when a module needs more positions than a line number table can index. */
    static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }

    private final boolean linesOnly;
    private final List<Span> spans = new ArrayList<>();
    private final Map<Span, Integer> codes = new HashMap<>();

    PositionTable(boolean linesOnly) {
        this.linesOnly = linesOnly;
    }

    /** The number to write in the line number table for {@code span}. */
    int code(Span span) {
        if (linesOnly) {
            return span.lineno();
        }
        Integer code = codes.get(span);
        if (code == null) {
            if (spans.size() >= CAPACITY) {
                throw new Full();
            }
            spans.add(span);
            code = spans.size();
            codes.put(span, code);
        }
        return code;
    }

    /** The spans by code - 1, or null when the line number table holds plain line numbers. */
    List<Span> spans() {
        return linesOnly ? null : List.copyOf(spans);
    }
}
