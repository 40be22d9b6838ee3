package dev.terrarium.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * CPython's {@code __text_signature__} of built-in functions, methods and types, looked up in
 * the table build-support/gen_text_signatures.py recorded ({@link TextSignatures}); None where
 * CPython has none. The table becomes a map the first time anyone asks.
 */
final class BuiltinSignatures {
    private BuiltinSignatures() {}

    private static Map<String, String> texts;

    private static synchronized Map<String, String> texts() {
        if (texts == null) {
            Map<String, String> m = new HashMap<>();
            String[] pairs = TextSignatures.PAIRS;
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                m.put(pairs[i], pairs[i + 1]);
            }
            texts = m;
        }
        return texts;
    }

    private static PyObject text(String key) {
        String t = texts().get(key);
        return t == null ? PyNone.INSTANCE : PyStr.of(t);
    }

    /** A function of module {@code module} ({@code len} of {@code builtins}). */
    static PyObject ofFunction(String module, String name) {
        return text("f:" + module + "." + name);
    }

    /** A method of a built-in type ({@code list.append}). */
    static PyObject ofMethod(PyType owner, String name) {
        return text("m:" + owner.name() + "." + name);
    }

    /** A type: its constructor's signature ({@code object} has {@code ()}); None for a class of guest code. */
    static PyObject ofType(PyType type) {
        return type.isUserDefined() ? PyNone.INSTANCE : text("t:" + type.name());
    }
}
