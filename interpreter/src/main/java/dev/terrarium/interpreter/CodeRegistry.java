package dev.terrarium.interpreter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run has compiled, for tracebacks: each generated class's source lines, and
 * the local variable names of each of its methods (CPython's {@code co_varnames}, used
 * for NameError suggestions), and the source span each line number entry stands for
 * (null when the entries are plain line numbers).
 */
final class CodeRegistry {
    /** One compiled module. */
    record Unit(String filename, String[] lines, Map<String, List<String>> localNames,
            List<dev.terrarium.interpreter.ast.Span> positions) {}

    private final Map<String, Unit> byClass = new HashMap<>();

    void register(String binaryClassName, Unit unit) {
        byClass.put(binaryClassName, unit);
    }

    Unit unit(String binaryClassName) {
        return byClass.get(binaryClassName);
    }

    static String[] splitLines(String source) {
        return source.split("\r\n|\r|\n", -1);
    }
}
