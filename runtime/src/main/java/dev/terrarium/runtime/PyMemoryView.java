package dev.terrarium.runtime;

import java.util.Arrays;

/**
 * Python {@code memoryview} (compare CPython {@code Objects/memoryobject.c}): a window on the
 * bytes of a {@link BufferExporter} (bytes, bytearray) without copying. A view has a struct
 * format, a shape and strides (in bytes, from {@link #offset}); slicing and {@code cast} make
 * new views on the same exporter. Every view holds one export of its exporter from creation
 * until {@link #release}; a bytearray cannot change size while it has exports.
 *
 * <p>Unlike CPython, which also releases a view when it is garbage-collected, a view here holds
 * its export until it is released (explicitly or by a {@code with} block): see DIFFERENCES.md.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyType.OBJECT, PyMemoryView::construct);

    static {
        MemoryViewMethods.install(TYPE);
    }

    /** The object the view was made from ({@code memoryview.obj}). */
    final PyObject obj;
    private final BufferExporter source;
    final int offset;
    final String format;
    final char code;
    final int itemsize;
    final int[] shape;
    final int[] strides;
    final boolean readonly;
    private boolean released;
    private boolean hashed;
    private long hash;

    private PyMemoryView(PyObject obj, BufferExporter source, int offset, String format, int itemsize, int[] shape,
            int[] strides, boolean readonly) {
        this.obj = obj;
        this.source = source;
        this.offset = offset;
        this.format = format;
        this.code = MemoryFormat.code(format);
        this.itemsize = itemsize;
        this.shape = shape;
        this.strides = strides;
        this.readonly = readonly;
        source.acquireExport();
    }

    /** A one-dimensional view of all of {@code exporter}'s items ({@code memoryview(obj)}). */
    static PyMemoryView of(PyObject obj, BufferExporter exporter) {
        String format = exporter.exportFormat();
        int size = MemoryFormat.itemSize(format);
        return new PyMemoryView(obj, exporter, 0, format, size, new int[] {exporter.exportLength() / size},
                new int[] {size}, exporter.exportReadonly());
    }

    /** {@code memoryview(object)}. */
    static PyObject construct(PyType type, PyObject[] a, String[] k) {
        int npos = ArgParser.positionalCount(a, k);
        if (a.length > 1) {
            throw PyErrors.typeError("memoryview() takes at most 1 %sargument (%d given)", npos == 0 ? "keyword " : "",
                    a.length);
        }
        // compare Argument Clinic's _PyArg_UnpackKeywords: a missing argument first, then unknown names
        PyObject o = npos == 1 ? a[0] : null;
        for (int i = 0; k != null && i < k.length; i++) {
            if (k[i].equals("object")) {
                o = a[npos + i]; // with one argument in all, never also given by position
            }
        }
        if (o == null) {
            throw PyErrors.typeError("memoryview() missing required argument 'object' (pos 1)");
        }
        for (int i = 0; k != null && i < k.length; i++) {
            if (!k[i].equals("object")) {
                throw PyErrors.typeError("'%s' is an invalid keyword argument for memoryview()", k[i]);
            }
        }
        return from(o);
    }

    /** A new view of a buffer-exporting object, else CPython's TypeError. */
    static PyMemoryView from(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.checkReleased();
            return m.derive(m.offset, m.format, m.itemsize, m.shape, m.strides, m.readonly);
        }
        if (o instanceof BufferExporter e) {
            return of(o, e);
        }
        throw PyErrors.typeError("memoryview: a bytes-like object is required, not '%s'", o.type().name());
    }

    /** Another view of the same exporter and object. */
    PyMemoryView derive(int off, String fmt, int size, int[] shp, int[] str, boolean ro) {
        return new PyMemoryView(obj, source, off, fmt, size, shp, str, ro);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean isReleased() {
        return released;
    }

    void checkReleased() {
        if (released) {
            throw PyErrors.valueError("operation forbidden on released memoryview object");
        }
    }

    /** {@code release()}: gives the export back; later operations raise ValueError. */
    void release() {
        if (!released) {
            released = true;
            source.releaseExport();
        }
    }

    int ndim() {
        return shape.length;
    }

    /** Number of items (the product of the shape). */
    long itemCount() {
        long n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    long nbytes() {
        return itemCount() * itemsize;
    }

    /** Compare CPython's PyBuffer_IsContiguous with 'C'. */
    boolean isCContiguous() {
        return contiguous(false);
    }

    boolean isFContiguous() {
        return contiguous(true);
    }

    private boolean contiguous(boolean fortran) {
        for (int s : shape) {
            if (s == 0) {
                return true;
            }
        }
        long expected = itemsize;
        int n = shape.length;
        for (int k = 0; k < n; k++) {
            int d = fortran ? k : n - 1 - k;
            if (shape[d] != 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    /** The exporter's live array (checked not released). */
    private byte[] array() {
        checkReleased();
        return source.exportArray();
    }

    /**
     * Walks the byte offsets of a view's items in C order (last index fastest) or Fortran
     * order, one at a time, so that visiting a large view allocates nothing in proportion to it.
     */
    static final class OffsetWalker {
        private final PyMemoryView view;
        private final boolean fortran;
        private final int[] index;
        private long remaining;

        OffsetWalker(PyMemoryView view, boolean fortran) {
            this.view = view;
            this.fortran = fortran;
            this.index = new int[view.shape.length];
            this.remaining = view.itemCount();
        }

        boolean hasNext() {
            return remaining > 0;
        }

        int next() {
            int[] shape = view.shape;
            int n = shape.length;
            int off = view.offset;
            for (int d = 0; d < n; d++) {
                off += index[d] * view.strides[d];
            }
            for (int k = 0; k < n; k++) {
                int d = fortran ? k : n - 1 - k;
                if (++index[d] < shape[d]) {
                    break;
                }
                index[d] = 0;
            }
            remaining--;
            return off;
        }
    }

    /** The bytes of the view in C order ({@code tobytes()}), within the allocation budget. */
    byte[] toBytes() {
        return toBytes(false);
    }

    byte[] toBytes(boolean fortran) {
        checkReleased();
        long n = nbytes();
        Budget.checkBytes(n);
        if (n == 0) {
            return new byte[0];
        }
        byte[] a = source.exportArray();
        if (isCContiguous() && (!fortran || shape.length <= 1 || isFContiguous())) {
            return Arrays.copyOfRange(a, offset, offset + (int) n);
        }
        CpuBudget.charge(itemCount());
        byte[] out = new byte[(int) n];
        int k = 0;
        for (OffsetWalker w = new OffsetWalker(this, fortran); w.hasNext(); k += itemsize) {
            System.arraycopy(a, w.next(), out, k, itemsize);
        }
        return out;
    }

    /** {@code tolist()}: nested lists of the items (the item itself for a 0-dim view). */
    PyObject toList() {
        byte[] a = array();
        if (shape.length == 0) {
            return MemoryFormat.unpack(code, a, offset);
        }
        Budget.checkObjects(itemCount() + shape.length, 32);
        CpuBudget.charge(itemCount());
        return listAt(a, 0, offset);
    }

    private PyObject listAt(byte[] a, int dim, int off) {
        PyObject[] items = new PyObject[shape[dim]];
        for (int i = 0; i < items.length; i++) {
            int p = off + i * strides[dim];
            items[i] = dim == shape.length - 1 ? MemoryFormat.unpack(code, a, p) : listAt(a, dim + 1, p);
        }
        return new PyList(items);
    }

    // ---- the object protocol ---------------------------------------------------------------------

    @Override
    public String repr() {
        return (released ? "<released memory at 0x" : "<memory at 0x") + Long.toHexString(ObjectIds.id(this)) + ">";
    }

    @Override
    public long len() {
        checkReleased();
        return shape.length == 0 ? 1 : shape[0];
    }

    @Override
    public boolean isTrue() {
        return len() != 0;
    }

    /** Compare CPython memory_hash: read-only byte formats only; equal to the hash of the bytes. */
    @Override
    public long hash() {
        if (!hashed) {
            checkReleased();
            if (!readonly) {
                throw PyErrors.valueError("cannot hash writable memoryview object");
            }
            if (!MemoryFormat.isByteFormat(format)) {
                throw PyErrors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            Ops.hash(obj); // an unhashable exporter keeps its own message, as in CPython
            byte[] b = toBytes();
            hash = StringHash.ofBytes(b, b.length);
            hashed = true;
        }
        return hash;
    }

    private static boolean isIndex(PyObject o) {
        return o instanceof PyInt || o.type().lookup("__index__") != null;
    }

    /** An index into dimension {@code dim} (0-based), with CPython's IndexError. */
    private int checkedIndex(PyObject key, int dim) {
        PyInt i = ArgParser.index(key);
        if (!i.isSmall()) {
            throw PyErrors.indexError("cannot fit 'int' into an index-sized integer");
        }
        long k = i.value;
        if (k < 0) {
            k += shape[dim];
        }
        if (k < 0 || k >= shape[dim]) {
            throw PyErrors.indexError("index out of bounds on dimension %d", dim + 1);
        }
        return (int) k;
    }

    /** The byte offset of the item a full tuple of indices names. */
    private int offsetOf(PyObject[] indices) {
        if (indices.length > shape.length) {
            throw PyErrors.typeError("cannot index %d-dimension view with %d-element tuple", shape.length, indices.length);
        }
        if (indices.length < shape.length) {
            throw PyErrors.of(PyExc.NotImplementedError, "sub-views are not implemented");
        }
        int off = offset;
        for (int d = 0; d < indices.length; d++) {
            off += checkedIndex(indices[d], d) * strides[d];
        }
        return off;
    }

    private static boolean allMatch(PyTuple t, boolean indices) {
        for (PyObject o : t.toArray()) {
            if (indices ? !isIndex(o) : !(o instanceof PySlice)) {
                return false;
            }
        }
        return true;
    }

    /** A view of the items {@code slice} selects along the first dimension. */
    private PyMemoryView sliced(PySlice s) {
        int[] r = s.indices(shape[0]);
        int n = PySlice.sliceLength(r[0], r[1], r[2]);
        int[] shp = shape.clone();
        int[] str = strides.clone();
        shp[0] = n;
        str[0] = strides[0] * r[2];
        return derive(offset + r[0] * strides[0], format, itemsize, shp, str, readonly);
    }

    private static PyException notImplemented(String message) {
        return PyErrors.of(PyExc.NotImplementedError, message);
    }

    /** Compare CPython memory_subscript. */
    @Override
    public PyObject getItem(PyObject key) {
        checkReleased();
        if (shape.length == 0) {
            if (key == PyEllipsis.INSTANCE) {
                return this;
            }
            if (key instanceof PyTuple t && t.len() == 0) {
                return MemoryFormat.unpack(code, array(), offset);
            }
            throw PyErrors.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (shape.length > 1) {
                throw notImplemented("multi-dimensional sub-views are not implemented");
            }
            return MemoryFormat.unpack(code, array(), offset + checkedIndex(key, 0) * strides[0]);
        }
        if (key instanceof PySlice s) {
            return sliced(s);
        }
        if (key instanceof PyTuple t) {
            if (allMatch(t, true)) {
                return MemoryFormat.unpack(code, array(), offsetOf(t.toArray()));
            }
            if (allMatch(t, false)) {
                throw notImplemented("multi-dimensional slicing is not implemented");
            }
        }
        throw PyErrors.typeError("memoryview: invalid slice key");
    }

    /** Compare CPython memory_ass_sub. */
    @Override
    public void setItem(PyObject key, PyObject value) {
        checkReleased();
        if (readonly) {
            throw PyErrors.typeError("cannot modify read-only memory");
        }
        if (shape.length == 0) {
            if (key == PyEllipsis.INSTANCE || key instanceof PyTuple t && t.len() == 0) {
                MemoryFormat.pack(format, array(), offset, value);
                return;
            }
            throw PyErrors.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (shape.length > 1) {
                throw notImplemented("sub-views are not implemented");
            }
            int k = checkedIndex(key, 0);
            MemoryFormat.pack(format, array(), offset + k * strides[0], value);
            return;
        }
        if (key instanceof PySlice s && shape.length == 1) {
            assignSlice(s, value);
            return;
        }
        if (key instanceof PyTuple t && allMatch(t, true)) {
            if (t.len() < shape.length) {
                throw notImplemented("sub-views are not implemented");
            }
            MemoryFormat.pack(format, array(), offsetOf(t.toArray()), value);
            return;
        }
        if (key instanceof PySlice || key instanceof PyTuple t && allMatch(t, false)) {
            throw notImplemented("memoryview slice assignments are currently restricted to ndim = 1");
        }
        throw PyErrors.typeError("memoryview: invalid slice key");
    }

    /** {@code view[slice] = buffer}: same format and shape required (compare CPython copy_single). */
    private void assignSlice(PySlice s, PyObject value) {
        String srcFormat;
        int srcItemsize;
        int[] srcShape;
        if (value instanceof PyMemoryView m) {
            m.checkReleased();
            srcFormat = m.format;
            srcItemsize = m.itemsize;
            srcShape = m.shape;
        } else if (value instanceof BufferExporter e) {
            srcFormat = e.exportFormat();
            srcItemsize = MemoryFormat.itemSize(srcFormat);
            srcShape = new int[] {e.exportLength() / srcItemsize};
        } else {
            throw PyErrors.typeError("a bytes-like object is required, not '%s'", value.type().name());
        }
        int[] r = s.indices(shape[0]);
        int n = PySlice.sliceLength(r[0], r[1], r[2]);
        // compare CPython equiv_structure: same format (an '@' aside), item size and shape
        if (!bare(srcFormat).equals(bare(format)) || srcItemsize != itemsize || srcShape.length != 1 || srcShape[0] != n) {
            throw differentStructures();
        }
        byte[] src = Buffers.bytesOf(value); // a copy: source and destination may overlap
        byte[] a = array();
        int first = offset + r[0] * strides[0];
        int step = strides[0] * r[2];
        for (int i = 0; i < n; i++) {
            System.arraycopy(src, i * itemsize, a, first + i * step, itemsize);
        }
    }

    private static String bare(String fmt) {
        return fmt.startsWith("@") ? fmt.substring(1) : fmt;
    }

    private static PyException differentStructures() {
        return PyErrors.valueError("memoryview assignment: lvalue and rvalue have different structures");
    }

    @Override
    public void delItem(PyObject key) {
        checkReleased();
        if (readonly) {
            throw PyErrors.typeError("cannot modify read-only memory");
        }
        throw PyErrors.typeError("cannot delete memory");
    }

    /**
     * {@code ==} and {@code !=} only (compare CPython memory_richcompare): equal when the other
     * buffer has the same shape and the items unpacked by each one's format are equal.
     */
    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.INSTANCE;
        }
        boolean equal;
        if (released) {
            equal = other == this; // only a released view's identity is compared (NaN items differ from themselves)
        } else if (other instanceof PyMemoryView m) {
            equal = !m.released && equalValues(m);
        } else if (other instanceof BufferExporter e) {
            PyMemoryView m = of(other, e);
            try {
                equal = equalValues(m);
            } finally {
                m.release();
            }
        } else {
            return PyNotImplemented.INSTANCE;
        }
        return PyBool.of(op == CompareOp.EQ ? equal : !equal);
    }

    private boolean equalValues(PyMemoryView w) {
        if (!Arrays.equals(shape, w.shape)) {
            return false;
        }
        byte[] a = array();
        byte[] b = w.array();
        CpuBudget.charge(itemCount());
        OffsetWalker mine = new OffsetWalker(this, false);
        OffsetWalker theirs = new OffsetWalker(w, false);
        boolean sameBytes = code == w.code && MemoryFormat.isByteFormat(format);
        while (mine.hasNext()) {
            int i = mine.next();
            int j = theirs.next();
            if (sameBytes) {
                if (a[i] != b[j]) {
                    return false;
                }
            } else if (!Ops.eq(MemoryFormat.unpack(code, a, i), MemoryFormat.unpack(w.code, b, j))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyObject iter() {
        checkReleased();
        if (shape.length == 0) {
            throw PyErrors.typeError("invalid indexing of 0-dim memory");
        }
        if (shape.length != 1) {
            throw notImplemented("multi-dimensional sub-views are not implemented");
        }
        return new Iterator(this);
    }

    /** {@code memory_iterator}: reads the view's items live, one at a time. */
    static final class Iterator extends PyObject {
        static final PyType TYPE = PyType.builtin("memory_iterator", PyType.OBJECT, null);

        private final PyMemoryView view;
        private int index;

        Iterator(PyMemoryView view) {
            this.view = view;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject iter() {
            return this;
        }

        @Override
        public PyObject next() {
            if (index >= view.shape[0]) {
                return null;
            }
            byte[] a = view.array();
            return MemoryFormat.unpack(view.code, a, view.offset + index++ * view.strides[0]);
        }
    }
}
