package dev.terrarium.runtime;

/** {@code str.encode(encoding='utf-8', errors='strict')}, installed on {@code str} by {@link PyStr}. */
final class StrEncoding {
    private StrEncoding() {}

    static void install(PyType t) {
        t.define("encode", new PyMethodDescriptor(t, "encode", (s, a, k) -> {
            int npos = ArgParser.positionalCount(a, k);
            if (a.length > 2) {
                throw PyErrors.typeError("encode() takes at most 2 arguments (%d given)", a.length);
            }
            PyObject encoding = npos > 0 ? a[0] : null;
            PyObject errors = npos > 1 ? a[1] : null;
            if (k != null) {
                for (int i = 0; i < k.length; i++) {
                    PyObject v = a[npos + i];
                    if (k[i].equals("encoding") && encoding == null) {
                        encoding = v;
                    } else if (k[i].equals("errors") && errors == null) {
                        errors = v;
                    } else if (k[i].equals("encoding") || k[i].equals("errors")) {
                        throw PyErrors.typeError("argument for encode() given by name ('%s') and position (%d)", k[i],
                                k[i].equals("encoding") ? 1 : 2);
                    } else {
                        throw PyErrors.typeError("'%s' is an invalid keyword argument for encode()", k[i]);
                    }
                }
            }
            String enc = text("encoding", encoding, "utf-8");
            String err = text("errors", errors, "strict");
            return new PyBytes(Codecs.encode(((PyStr) s).value(), enc, err));
        }));
    }

    private static String text(String name, PyObject o, String dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("encode() argument '%s' must be str, not %s", name, o.type().name());
    }
}
