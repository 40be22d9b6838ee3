package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * {@code int.to_bytes(length=1, byteorder='big', *, signed=False)} and the class method
 * {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}, with CPython 3.11's
 * messages (compare {@code int_to_bytes_impl} and {@code _PyLong_AsByteArray}).
 */
final class IntBytes {
    private IntBytes() {}

    static void install(PyType t) {
        t.define("to_bytes", new PyMethodDescriptor(t, "to_bytes", (s, a, k) -> toBytes((PyInt) s, a, k)));
        t.define("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", (a, k) -> {
            // a[0] is the class the method was looked up on.
            PyObject[] rest = new PyObject[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return fromBytes((PyType) a[0], rest, k);
        })));
    }

    private static PyObject[] bind(String fname, PyObject[] a, String[] k) {
        int npos = ArgParser.positionalCount(a, k);
        if (npos > 2) {
            throw PyErrors.typeError("%s() takes at most 2 positional arguments (%d given)", fname, npos);
        }
        return StrSearch.bindKeywords(fname, a, k, fname.equals("to_bytes") ? "length" : "bytes", "byteorder", "signed");
    }

    /** True for 'little', false for 'big' (the default), else CPython's errors. */
    private static boolean littleEndian(String fname, PyObject order) {
        if (order == null) {
            return false;
        }
        if (!(order instanceof PyStr s)) {
            throw PyErrors.typeError("%s() argument 'byteorder' must be str, not %s", fname, StrArgs.clinicName(order));
        }
        switch (s.value()) {
            case "little":
                return true;
            case "big":
                return false;
            default:
                throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
        }
    }

    static PyObject toBytes(PyInt self, PyObject[] a, String[] k) {
        PyObject[] p = bind("to_bytes", a, k);
        long length = 1;
        if (p[0] != null) {
            length = StrArgs.ssize(p[0]);
            if (length < 0) {
                throw PyErrors.valueError("length argument must be non-negative");
            }
        }
        boolean little = littleEndian("to_bytes", p[1]);
        boolean signed = p[2] != null && p[2].isTrue();
        BigInteger v = self.asBig();
        if (!signed && v.signum() < 0) {
            throw PyErrors.overflowError("can't convert negative int to unsigned");
        }
        // The value must fit in 8*length bits (one of them the sign when signed); CPython
        // lets -1 "fit" in zero bytes, which the max(0, ...) reproduces.
        long allowedBits = signed ? Math.max(0, 8 * length - 1) : 8 * length;
        if (v.bitLength() > allowedBits) {
            throw PyErrors.overflowError("int too big to convert");
        }
        Budget.checkBytes(length);
        byte[] out = new byte[(int) length];
        byte[] twos = v.toByteArray(); // big-endian two's complement, minimal length
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = twos.length - 1 - i; // i-th least significant byte
            byte b = src >= 0 ? twos[src] : fill;
            out[little ? i : out.length - 1 - i] = b;
        }
        return new PyBytes(out);
    }

    static PyObject fromBytes(PyType cls, PyObject[] a, String[] k) {
        PyObject[] p = bind("from_bytes", a, k);
        if (p[0] == null) {
            throw PyErrors.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
        }
        boolean little = littleEndian("from_bytes", p[1]);
        boolean signed = p[2] != null && p[2].isTrue();
        if (p[0] instanceof PyStr || p[0] instanceof PyInt) {
            // PyObject_Bytes: a str, or an int (which bytes() would take as a size), is refused
            throw PyErrors.typeError("cannot convert '%s' object to bytes", p[0].type().name());
        }
        byte[] data = PyBytesLike.fromSource("bytes", new PyObject[] {p[0]}, null);
        byte[] bigEndian = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            bigEndian[i] = little ? data[data.length - 1 - i] : data[i];
        }
        BigInteger v = data.length == 0 ? BigInteger.ZERO
                : signed ? new BigInteger(bigEndian) : new BigInteger(1, bigEndian);
        PyInt result = PyInt.of(v);
        return cls == PyInt.TYPE ? result : cls.call(new PyObject[] {result}, null);
    }
}
