package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * The methods and attributes of int, float and complex besides their operators that CPython 3.11
 * has and {@link NumberMethods} does not define: {@code __trunc__}, {@code __floor__},
 * {@code __ceil__}, {@code __round__}, {@code __getnewargs__}, {@code int.to_bytes}/{@code from_bytes},
 * {@code float.hex}/{@code fromhex}/{@code __getformat__}, and the {@code real}/{@code imag}
 * (and {@code numerator}/{@code denominator}) attributes as type entries.
 */
final class NumberExtras {
    private NumberExtras() {}

    static void install(PyType t) {
        if (t == PyInt.TYPE) {
            installInt(t);
        } else if (t == PyFloat.TYPE) {
            installFloat(t);
        } else {
            installComplex(t);
        }
    }

    /** {@code int.__round__(ndigits=None)} and {@code float.__round__}: the builtin round() of self. */
    private static PyObject round(PyObject s, PyObject[] a, String[] k) {
        ArgParser.noKeywords("__round__", k);
        ArgParser.arity("__round__", a, 0, 1);
        return BuiltinFunctions.round(a.length == 0 ? new PyObject[] {s} : new PyObject[] {s, a[0]}, null);
    }

    private static PyObject plain(PyObject s) {
        return PyInt.of(((PyInt) s).asBig());
    }

    private static void installInt(PyType t) {
        for (String name : new String[] {"__trunc__", "__floor__", "__ceil__"}) {
            BuiltinNames.noArgs(t, name, NumberExtras::plain);
        }
        BuiltinNames.noArgs(t, "__getnewargs__", s -> PyTuple.of(plain(s)));
        BuiltinNames.method(t, "__round__", NumberExtras::round);
        for (String name : new String[] {"real", "numerator", "imag", "denominator"}) {
            BuiltinNames.getset(t, name, s -> NumberMethods.intAttribute((PyInt) s, name));
        }
        BuiltinNames.method(t, "to_bytes", (s, a, k) -> toBytes((PyInt) s, a, k));
        BuiltinNames.define(t, "from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", NumberExtras::fromBytes)));
    }

    private static void installFloat(PyType t) {
        BuiltinNames.noArgs(t, "__trunc__", s -> PyInt.TYPE.call1(s));
        BuiltinNames.noArgs(t, "__floor__", s -> PyInt.TYPE.call1(new PyFloat(Math.floor(((PyFloat) s).value))));
        BuiltinNames.noArgs(t, "__ceil__", s -> PyInt.TYPE.call1(new PyFloat(Math.ceil(((PyFloat) s).value))));
        BuiltinNames.noArgs(t, "__getnewargs__", s -> PyTuple.of(new PyFloat(((PyFloat) s).value)));
        BuiltinNames.method(t, "__round__", NumberExtras::round);
        for (String name : new String[] {"real", "imag"}) {
            BuiltinNames.getset(t, name, s -> NumberMethods.floatAttribute((PyFloat) s, name));
        }
        BuiltinNames.noArgs(t, "hex", s -> PyStr.of(FloatHex.toHex(((PyFloat) s).value)));
        BuiltinNames.define(t, "fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) -> {
            ArgParser.noKeywords("fromhex", k);
            ArgParser.arity("fromhex", a, 2, 2);
            if (!(a[1] instanceof PyStr text)) {
                throw PyErrors.typeError("fromhex() argument must be str, not %s", a[1].type().name());
            }
            PyFloat f = new PyFloat(FloatHex.fromHex(text.value()));
            return a[0] == PyFloat.TYPE ? f : a[0].call1(f);
        })));
        BuiltinNames.define(t, "__getformat__", new PyClassMethod(new PyBuiltinFunction("__getformat__", (a, k) -> {
            ArgParser.noKeywords("__getformat__", k);
            ArgParser.arity("__getformat__", a, 2, 2);
            if (!(a[1] instanceof PyStr which)) {
                throw PyErrors.typeError("__getformat__() argument must be str, not %s", a[1].type().name());
            }
            if (!which.value().equals("double") && !which.value().equals("float")) {
                throw PyErrors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return PyStr.of("IEEE, little-endian");
        })));
    }

    private static void installComplex(PyType t) {
        BuiltinNames.noArgs(t, "__complex__", s -> s);
        BuiltinNames.noArgs(t, "__getnewargs__", s -> PyTuple.of(s.getAttr("real"), s.getAttr("imag")));
        for (String name : new String[] {"real", "imag"}) {
            BuiltinNames.getset(t, name, s -> s.getAttr(name));
        }
    }

    /** {@code int.to_bytes(length=1, byteorder='big', *, signed=False)}, CPython 3.11's int_to_bytes_impl. */
    private static PyObject toBytes(PyInt self, PyObject[] a, String[] k) {
        int npos = ArgParser.positionalCount(a, k);
        if (npos > 2) {
            throw PyErrors.typeError("to_bytes() takes at most 2 positional arguments (%d given)", npos);
        }
        PyObject length = npos > 0 ? a[0] : ArgParser.keyword("to_bytes", a, k, "length", "byteorder", "signed");
        PyObject order = npos > 1 ? a[1] : ArgParser.keyword("to_bytes", a, k, "byteorder", "length", "signed");
        PyObject signed = ArgParser.keyword("to_bytes", a, k, "signed", "length", "byteorder");
        long n = length == null ? 1 : ArgParser.index(length).asLong();
        boolean little = byteorder(order, "to_bytes");
        boolean isSigned = signed != null && Ops.isTrue(signed);
        if (n < 0) {
            throw PyErrors.valueError("length argument must be non-negative");
        }
        BigInteger v = self.asBig();
        if (!isSigned && v.signum() < 0) {
            throw PyErrors.overflowError("can't convert negative int to unsigned");
        }
        int bits = isSigned ? v.bitLength() + 1 : v.bitLength();
        if (bits > n * 8) {
            throw PyErrors.overflowError("int too big to convert");
        }
        Budget.checkBytes(n);
        byte[] out = new byte[(int) n];
        byte[] twos = v.toByteArray(); // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < n; i++) {
            int src = twos.length - 1 - i;
            out[(int) n - 1 - i] = src >= 0 ? twos[src] : fill;
        }
        if (little) {
            for (int i = 0, j = out.length - 1; i < j; i++, j--) {
                byte tmp = out[i];
                out[i] = out[j];
                out[j] = tmp;
            }
        }
        return new PyBytes(out);
    }

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)} (a class method: a[0] is the class). */
    private static PyObject fromBytes(PyObject[] a, String[] k) {
        int npos = ArgParser.positionalCount(a, k);
        if (npos > 3) {
            throw PyErrors.typeError("from_bytes() takes at most 2 positional arguments (%d given)", npos - 1);
        }
        PyObject cls = a[0];
        PyObject data = npos > 1 ? a[1] : ArgParser.keyword("from_bytes", a, k, "bytes", "byteorder", "signed");
        PyObject order = npos > 2 ? a[2] : ArgParser.keyword("from_bytes", a, k, "byteorder", "bytes", "signed");
        PyObject signed = ArgParser.keyword("from_bytes", a, k, "signed", "bytes", "byteorder");
        if (data == null) {
            throw PyErrors.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
        }
        boolean little = byteorder(order, "from_bytes");
        PyObject b = data instanceof PyBytesLike ? data : PyBytes.TYPE.call1(data);
        byte[] bytes = ((PyBytesLike) b).toByteArray();
        byte[] big = new byte[bytes.length + 1];
        for (int i = 0; i < bytes.length; i++) {
            big[i + 1] = little ? bytes[bytes.length - 1 - i] : bytes[i];
        }
        BigInteger v = new BigInteger(big);
        if (signed != null && Ops.isTrue(signed) && bytes.length > 0 && big[1] < 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * bytes.length));
        }
        PyInt result = PyInt.of(v);
        return cls == PyInt.TYPE ? result : cls.call1(result);
    }

    private static boolean byteorder(PyObject order, String fname) {
        if (order == null) {
            return false;
        }
        if (!(order instanceof PyStr s)) {
            throw PyErrors.typeError("%s() argument 'byteorder' must be str, not %s", fname, order.type().name());
        }
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw PyErrors.valueError("byteorder must be either 'little' or 'big'");
        };
    }
}
