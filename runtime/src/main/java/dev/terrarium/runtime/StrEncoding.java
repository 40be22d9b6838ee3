package dev.terrarium.runtime;

/** {@code str.encode(encoding='utf-8', errors='strict')}, installed on {@code str} by {@link PyStr}. */
final class StrEncoding {
    private StrEncoding() {}

    static void install(PyType t) {
        t.define("encode", new PyMethodDescriptor(t, "encode", (s, a, k) -> {
            PyObject[] p = StrSearch.bindKeywords("encode", a, k, "encoding", "errors");
            String enc = textArg("encode", "encoding", p[0], "utf-8");
            String err = textArg("encode", "errors", p[1], "strict");
            return new PyBytes(Codecs.encode(((PyStr) s).value(), enc, err));
        }));
    }

    /** A str argument {@code name} of {@code fname}, or {@code dflt} when absent, with the clinic message. */
    static String textArg(String fname, String name, PyObject o, String dflt) {
        if (o == null) {
            return dflt;
        }
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("%s() argument '%s' must be str, not %s", fname, name, StrArgs.clinicName(o));
    }

    /** Decodes a bytes-like object to text (compare CPython PyUnicode_FromEncodedObject). */
    static String decodeObject(PyObject o, String encoding, String errors) {
        if (o instanceof PyBytesLike b) {
            return Codecs.decode(b.array(), b.length(), encoding, errors);
        }
        if (o instanceof PyMemoryView m) {
            byte[] data = m.toBytes();
            return Codecs.decode(data, data.length, encoding, errors);
        }
        if (o instanceof PyStr) {
            throw PyErrors.typeError("decoding str is not supported");
        }
        throw PyErrors.typeError("decoding to str: need a bytes-like object, %s found", o.type().name());
    }
}
