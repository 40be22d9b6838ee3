package dev.terrarium.runtime;

/**
 * {@code UnicodeEncodeError} and {@code UnicodeDecodeError} raised by the codecs: args
 * {@code (encoding, object, start, end, reason)} and CPython's message, which names one
 * character (or byte) or a position range (compare {@code UnicodeEncodeError_str}).
 */
final class PyUnicodeError extends PyBaseException {
    private final String encoding;
    private final PyObject object;
    private final int start;
    private final int end;
    private final String reason;

    private PyUnicodeError(PyType type, String encoding, PyObject object, int start, int end, String reason) {
        super(type, PyStr.of(encoding), object, PyInt.of(start), PyInt.of(end), PyStr.of(reason));
        this.encoding = encoding;
        this.object = object;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    /**
     * {@code UnicodeEncodeError(encoding, object, start, end, reason)} and
     * {@code UnicodeDecodeError(...)} called from Python (compare CPython's
     * {@code UnicodeEncodeError_init}, {@code UnicodeDecodeError_init}).
     */
    static PyUnicodeError fromArgs(PyType type, PyObject[] args) {
        if (args.length != 5) {
            throw PyErrors.typeError("function takes exactly 5 arguments (%d given)", args.length);
        }
        boolean encode = type.isSubtypeOf(PyExc.UnicodeEncodeError);
        if (!(args[0] instanceof PyStr encoding)) {
            throw PyErrors.typeError("argument 1 must be str, not %s", args[0].type().name());
        }
        PyObject object = args[1];
        if (encode && !(object instanceof PyStr)) {
            throw PyErrors.typeError("argument 2 must be str, not %s", object.type().name());
        }
        if (!encode) {
            if (!(object instanceof PyBytesLike b)) {
                throw PyErrors.typeError("argument 2 must be bytes-like object, not '%s'", object.type().name());
            }
            object = new PyBytes(b.toByteArray());
        }
        int start = StrArgs.cInt(args[2]);
        int end = StrArgs.cInt(args[3]);
        if (!(args[4] instanceof PyStr reason)) {
            throw PyErrors.typeError("argument 5 must be str, not %s", args[4].type().name());
        }
        return new PyUnicodeError(type, encoding.value(), object, start, end, reason.value());
    }

    static PyException encodeError(String encoding, String text, int start, int end, String reason) {
        return new PyException(new PyUnicodeError(PyExc.UnicodeEncodeError, encoding, PyStr.of(text), start, end, reason));
    }

    static PyException decodeError(String encoding, byte[] data, int start, int end, String reason) {
        return new PyException(new PyUnicodeError(PyExc.UnicodeDecodeError, encoding, new PyBytes(data), start, end, reason));
    }

    @Override
    public String str() {
        boolean encode = type() == PyExc.UnicodeEncodeError;
        int length = encode ? ((PyStr) object).length() : ((PyBytes) object).length();
        if (end == start + 1 && start >= 0 && start < length) {
            if (encode) {
                int cp = ((PyStr) object).codePointAt(start);
                String ch = cp <= 0xff ? String.format(java.util.Locale.ROOT, "\\x%02x", cp)
                        : cp <= 0xffff ? String.format(java.util.Locale.ROOT, "\\u%04x", cp)
                        : String.format(java.util.Locale.ROOT, "\\U%08x", cp);
                return String.format(java.util.Locale.ROOT, "'%s' codec can't encode character '%s' in position %d: %s",
                        encoding, ch, start, reason);
            }
            int b = ((PyBytes) object).byteAt(start);
            return String.format(java.util.Locale.ROOT, "'%s' codec can't decode byte 0x%02x in position %d: %s",
                    encoding, b, start, reason);
        }
        return String.format(java.util.Locale.ROOT, "'%s' codec can't %s in position %d-%d: %s", encoding,
                encode ? "encode characters" : "decode bytes", start, end - 1, reason);
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "encoding":
                return PyStr.of(encoding);
            case "object":
                return object;
            case "start":
                return PyInt.of(start);
            case "end":
                return PyInt.of(end);
            case "reason":
                return PyStr.of(reason);
            default:
                return super.getAttr(name);
        }
    }
}
