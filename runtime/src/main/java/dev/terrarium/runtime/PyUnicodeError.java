package dev.terrarium.runtime;

/**
 * {@code UnicodeEncodeError} and {@code UnicodeDecodeError}: args
 * {@code (encoding, object, start, end, reason)}, the attributes of the same names (which
 * can be reassigned, as in CPython, without changing args) and CPython's message, which
 * names one character (or byte) or a position range (compare {@code UnicodeEncodeError_str}
 * and {@code UnicodeDecodeError_str} in Objects/exceptions.c).
 */
final class PyUnicodeError extends PyBaseException {
    private PyObject encoding;
    private PyObject object;
    private long start;
    private long end;
    private PyObject reason;

    private PyUnicodeError(PyType type, PyObject[] args, PyObject encoding, PyObject object, long start, long end,
            PyObject reason) {
        super(type, args);
        this.encoding = encoding;
        this.object = object;
        this.start = start;
        this.end = end;
        this.reason = reason;
    }

    private PyUnicodeError(PyType type, String encoding, PyObject object, int start, int end, String reason) {
        this(type, new PyObject[] {PyStr.of(encoding), object, PyInt.of(start), PyInt.of(end), PyStr.of(reason)},
                PyStr.of(encoding), object, start, end, PyStr.of(reason));
    }

    static PyException encodeError(String encoding, String text, int start, int end, String reason) {
        return new PyException(new PyUnicodeError(PyExc.UnicodeEncodeError, encoding, PyStr.of(text), start, end, reason));
    }

    static PyException decodeError(String encoding, byte[] data, int start, int end, String reason) {
        return new PyException(new PyUnicodeError(PyExc.UnicodeDecodeError, encoding, new PyBytes(data), start, end, reason));
    }

    /** True for the exception types this class represents when built from Python. */
    static boolean represents(PyType type) {
        return !type.isUserDefined() && (type == PyExc.UnicodeEncodeError || type == PyExc.UnicodeDecodeError);
    }

    /**
     * {@code UnicodeEncodeError(encoding, object, start, end, reason)} and the decode
     * counterpart, checked as CPython's {@code PyArg_ParseTuple(args, "UOnnU")} does; a
     * decode error's object may be any bytes-like object and is kept as bytes.
     */
    static PyUnicodeError fromArgs(PyType type, PyObject[] args) {
        if (args.length != 5) {
            throw PyErrors.typeError("function takes exactly 5 arguments (%d given)", args.length);
        }
        if (!(args[0] instanceof PyStr)) {
            throw PyErrors.typeError("argument 1 must be str, not %s", args[0].type().name());
        }
        PyObject object = args[1];
        if (type == PyExc.UnicodeEncodeError && !(object instanceof PyStr)) {
            throw PyErrors.typeError("argument 2 must be str, not %s", object.type().name());
        }
        long start = StrArgs.ssize(ArgParser.index(args[2]));
        long end = StrArgs.ssize(ArgParser.index(args[3]));
        if (!(args[4] instanceof PyStr)) {
            throw PyErrors.typeError("argument 5 must be str, not %s", args[4].type().name());
        }
        if (type == PyExc.UnicodeDecodeError) {
            if (!(object instanceof PyBytesLike b)) {
                throw PyErrors.typeError("a bytes-like object is required, not '%s'", object.type().name());
            }
            object = new PyBytes(b.toByteArray());
        }
        return new PyUnicodeError(type, args, args[0], object, start, end, args[4]);
    }

    @Override
    public String str() {
        boolean encode = type() == PyExc.UnicodeEncodeError;
        String enc = Ops.str(encoding);
        String why = Ops.str(reason);
        long size = object.len();
        if (start >= 0 && start < size && end == start + 1) {
            if (encode) {
                int cp = ((PyStr) object).codePointAt((int) start);
                String ch = cp <= 0xff ? String.format(java.util.Locale.ROOT, "\\x%02x", cp)
                        : cp <= 0xffff ? String.format(java.util.Locale.ROOT, "\\u%04x", cp)
                        : String.format(java.util.Locale.ROOT, "\\U%08x", cp);
                return String.format(java.util.Locale.ROOT, "'%s' codec can't encode character '%s' in position %d: %s",
                        enc, ch, start, why);
            }
            int b = ((PyBytes) object).byteAt((int) start);
            return String.format(java.util.Locale.ROOT, "'%s' codec can't decode byte 0x%02x in position %d: %s",
                    enc, b, start, why);
        }
        return String.format(java.util.Locale.ROOT, "'%s' codec can't %s in position %d-%d: %s", enc,
                encode ? "encode characters" : "decode bytes", start, end - 1, why);
    }

    @Override
    public PyObject getAttr(String name) {
        switch (name) {
            case "encoding":
                return encoding;
            case "object":
                return object;
            case "start":
                return PyInt.of(start);
            case "end":
                return PyInt.of(end);
            case "reason":
                return reason;
            default:
                return super.getAttr(name);
        }
    }

    @Override
    public void setAttr(String name, PyObject value) {
        switch (name) {
            case "encoding" -> encoding = value;
            case "object" -> object = value;
            case "start" -> start = StrArgs.ssize(ArgParser.index(value));
            case "end" -> end = StrArgs.ssize(ArgParser.index(value));
            case "reason" -> reason = value;
            default -> super.setAttr(name, value);
        }
    }
}
