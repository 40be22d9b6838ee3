package dev.terrarium.runtime;

/**
 * The attributes and methods of {@code memoryview} (compare CPython's {@code memory_getsetlist}
 * and {@code memory_methods} in Objects/memoryobject.c), with CPython's argument handling and
 * messages. Every one of them but {@code release} and {@code __exit__} refuses a released view.
 */
final class MemoryViewMethods {
    private MemoryViewMethods() {}

    private static PyMemoryView live(PyObject s) {
        PyMemoryView m = (PyMemoryView) s;
        m.checkReleased();
        return m;
    }

    private static PyTuple ints(int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = PyInt.of(values[i]);
        }
        return new PyTuple(items);
    }

    static void install(PyType t) {
        BuiltinNames.getset(t, "obj", s -> live(s).obj);
        BuiltinNames.getset(t, "nbytes", s -> PyInt.of(live(s).nbytes()));
        BuiltinNames.getset(t, "readonly", s -> PyBool.of(live(s).readonly));
        BuiltinNames.getset(t, "itemsize", s -> PyInt.of(live(s).itemsize));
        BuiltinNames.getset(t, "format", s -> PyStr.of(live(s).format));
        BuiltinNames.getset(t, "ndim", s -> PyInt.of(live(s).ndim()));
        BuiltinNames.getset(t, "shape", s -> ints(live(s).shape));
        BuiltinNames.getset(t, "strides", s -> ints(live(s).strides));
        BuiltinNames.getset(t, "suboffsets", s -> {
            live(s);
            return PyTuple.EMPTY;
        });
        BuiltinNames.getset(t, "c_contiguous", s -> PyBool.of(live(s).isCContiguous()));
        BuiltinNames.getset(t, "f_contiguous", s -> PyBool.of(live(s).isFContiguous()));
        BuiltinNames.getset(t, "contiguous", s -> PyBool.of(live(s).isCContiguous() || live(s).isFContiguous()));

        BuiltinNames.noArgs(t, "release", s -> {
            ((PyMemoryView) s).release();
            return PyNone.INSTANCE;
        });
        BuiltinNames.noArgs(t, "__enter__", s -> live(s));
        BuiltinNames.method(t, "__exit__", (s, a, k) -> {
            ArgParser.noKeywords("memoryview.__exit__", k);
            ((PyMemoryView) s).release();
            return PyNone.INSTANCE;
        });
        BuiltinNames.noArgs(t, "tolist", s -> live(s).toList());
        BuiltinNames.noArgs(t, "toreadonly", s -> {
            PyMemoryView m = live(s);
            return m.derive(m.offset, m.format, m.itemsize, m.shape, m.strides, true);
        });
        BuiltinNames.method(t, "tobytes", (s, a, k) -> {
            PyObject order = StrSearch.bindKeywords("tobytes", a, k, "order")[0];
            String o = "C";
            if (order != null && order != PyNone.INSTANCE) {
                if (!(order instanceof PyStr str)) {
                    throw PyErrors.typeError("tobytes() argument 'order' must be str or None, not %s",
                            StrArgs.clinicName(order));
                }
                o = str.value();
                if (!o.equals("C") && !o.equals("F") && !o.equals("A")) {
                    throw PyErrors.valueError("order must be 'C', 'F' or 'A'");
                }
            }
            PyMemoryView m = live(s);
            boolean fortran = o.equals("F") || o.equals("A") && !m.isCContiguous() && m.isFContiguous();
            return new PyBytes(m.toBytes(fortran));
        });
        BuiltinNames.method(t, "hex", (s, a, k) -> {
            PyObject[] p = StrSearch.bindKeywords("hex", a, k, "sep", "bytes_per_sep");
            PyMemoryView m = live(s);
            Budget.checkBytes(m.nbytes() * 6);
            return PyStr.of(BytesMethods.hex(new PyBytes(m.toBytes()), p[0], p[1]));
        });
        BuiltinNames.method(t, "cast", (s, a, k) -> {
            PyObject[] p = StrSearch.bindKeywords("cast", a, k, "format", "shape");
            if (p[0] == null) {
                throw PyErrors.typeError("cast() missing required argument 'format' (pos 1)");
            }
            if (!(p[0] instanceof PyStr f)) {
                throw PyErrors.typeError("cast() argument 'format' must be str, not %s", StrArgs.clinicName(p[0]));
            }
            return cast(live(s), f.value(), p[1]);
        });
        SlotWrappers.install(t, "__repr__", "__hash__", "__len__", "__iter__", "__getitem__", "__setitem__",
                "__delitem__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__");
    }

    /** Compare CPython memoryview_cast_impl, cast_to_1D and cast_to_ND. */
    private static PyMemoryView cast(PyMemoryView m, String format, PyObject shapeArg) {
        if (!m.isCContiguous()) {
            throw PyErrors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        boolean zeros = false;
        for (int n : m.shape) {
            zeros |= n == 0;
        }
        if ((shapeArg != null || m.ndim() != 1) && zeros) {
            throw PyErrors.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
        PyObject[] dims = null;
        if (shapeArg != null) {
            if (!(shapeArg instanceof PyList || shapeArg instanceof PyTuple)) {
                throw PyErrors.typeError("shape must be a list or a tuple");
            }
            dims = shapeArg instanceof PyList l ? l.toArray() : ((PyTuple) shapeArg).toArray();
            if (dims.length > 64) {
                throw PyErrors.valueError("memoryview: number of dimensions must not exceed 64");
            }
            if (m.ndim() != 1 && dims.length != 1) {
                throw PyErrors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        int size = MemoryFormat.itemSize(format);
        if (size < 0) {
            throw PyErrors.valueError("memoryview: destination format must be a native single character format "
                    + "prefixed with an optional '@'");
        }
        if (!MemoryFormat.isByteFormat(format) && !MemoryFormat.isByteFormat(m.format)) {
            throw PyErrors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        long len = m.nbytes();
        if (len % size != 0) {
            throw PyErrors.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (dims == null) {
            return m.derive(m.offset, format, size, new int[] {(int) (len / size)}, new int[] {size}, m.readonly);
        }
        int[] shape = new int[dims.length];
        long product = 1;
        for (int i = 0; i < dims.length; i++) {
            // compare CPython copy_shape
            if (!(dims[i] instanceof PyInt n)) {
                throw PyErrors.typeError("memoryview.cast(): elements of shape must be integers");
            }
            if (!n.isSmall()) {
                throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
            }
            if (n.value <= 0) {
                throw PyErrors.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            if (n.value > Long.MAX_VALUE / product) {
                throw PyErrors.valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            product *= n.value;
            shape[i] = (int) Math.min(n.value, Integer.MAX_VALUE);
        }
        if (product * size != len) {
            throw PyErrors.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        int[] strides = new int[shape.length];
        int stride = size;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = stride;
            stride *= shape[d];
        }
        return m.derive(m.offset, format, size, shape, strides, m.readonly);
    }
}
