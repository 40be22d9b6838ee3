package dev.terrarium.runtime;

import dev.terrarium.runtime.text.StrRepr;
import java.util.Arrays;

/** Python {@code bytearray}: a mutable, growable sequence of bytes; unhashable. */
public class PyByteArray extends PyBytesLike {
    public static final PyType TYPE = PyType.builtin("bytearray", PyType.OBJECT,
            (t, a, k) -> new PyByteArray(fromSource("bytearray", a, k)));

    static {
        BytesMethods.install(TYPE);
        BytesMethods.installMutable(TYPE);
    }

    private byte[] buf;
    private int size;
    /** Memoryviews over this bytearray not yet released: while any is, the size cannot change. */
    private int exports;

    /** Takes ownership of {@code bytes}. */
    public PyByteArray(byte[] bytes) {
        this.buf = bytes;
        this.size = bytes.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    byte[] array() {
        return buf;
    }

    @Override
    public int length() {
        return size;
    }

    @Override
    PyBytesLike make(byte[] b) {
        return new PyByteArray(b);
    }

    @Override
    public String repr() {
        return type().name() + "(" + StrRepr.bytesRepr(array(), 0, length(), true) + ")";
    }

    @Override
    public long hash() {
        throw PyErrors.typeError("unhashable type: '%s'", type().name());
    }

    @Override
    public boolean exportReadonly() {
        return false;
    }

    @Override
    public void acquireExport() {
        exports++;
    }

    @Override
    public void releaseExport() {
        exports--;
    }

    /** Compare CPython's _canresize: a size change with exported views is a BufferError. */
    private void checkResizable(int newSize) {
        if (exports > 0 && newSize != size) {
            throw PyErrors.of(PyExc.BufferError, "Existing exports of data: object cannot be re-sized");
        }
    }

    /** Replaces the value with {@code b} (owned). */
    void setValue(byte[] b) {
        checkResizable(b.length);
        buf = b;
        size = b.length;
    }

    void append(int b) {
        checkResizable(size + 1);
        if (size == buf.length) {
            Budget.checkBytes(size + 1L);
            buf = Arrays.copyOf(buf, Math.max(8, size + (size >> 1) + 1));
        }
        buf[size++] = (byte) b;
    }

    /** {@code self += other} (compare bytearray_iconcat): extends in place with a bytes-like object. */
    PyObject inplaceConcat(PyObject other) {
        if (!Buffers.isBytesLike(other)) {
            PyObject r = other.radd(this);
            if (r != PyNotImplemented.INSTANCE) {
                return r;
            }
            throw PyErrors.typeError("can't concat %s to bytearray", other.type().name());
        }
        splice(size, size, Buffers.bytesOf(other));
        return this;
    }

    /** Replaces bytes [start, end) with {@code repl}. */
    void splice(int start, int end, byte[] repl) {
        checkResizable(size - (end - start) + repl.length);
        Budget.checkBytes((long) size - (end - start) + repl.length);
        byte[] r = new byte[size - (end - start) + repl.length];
        System.arraycopy(buf, 0, r, 0, start);
        System.arraycopy(repl, 0, r, start, repl.length);
        System.arraycopy(buf, end, r, start + repl.length, size - end);
        setValue(r);
    }

    @Override
    public void setItem(PyObject key, PyObject value) {
        key = Sequences.indexKey(key);
        if (key instanceof PyInt i) {
            int k = Sequences.index(i, size, "bytearray index out of range");
            if (!(value instanceof PyInt v)) {
                throw PyErrors.typeError("'%s' object cannot be interpreted as an integer", value.type().name());
            }
            buf[k] = (byte) byteValue(v);
            return;
        }
        if (key instanceof PySlice s) {
            byte[] repl = value instanceof PyInt ? null : Buffers.isBytesLike(value) ? Buffers.bytesOf(value)
                    : value instanceof PyStr ? null : fromSource("bytearray", new PyObject[] {value}, null);
            if (repl == null) {
                throw PyErrors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            }
            int[] r = s.indices(size);
            if (r[2] == 1) {
                int stop = Math.max(r[0], r[1]);
                splice(r[0], stop, repl);
                return;
            }
            int n = PySlice.sliceLength(r[0], r[1], r[2]);
            if (repl.length != n) {
                throw PyErrors.valueError("attempt to assign bytes of size %d to extended slice of size %d", repl.length, n);
            }
            for (int i = 0, k = r[0]; i < n; i++, k += r[2]) {
                buf[k] = repl[i];
            }
            return;
        }
        throw PyErrors.typeError("bytearray indices must be integers or slices, not %s", key.type().name());
    }

    @Override
    public void delItem(PyObject key) {
        key = Sequences.indexKey(key);
        if (key instanceof PyInt i) {
            int k = Sequences.index(i, size, "bytearray index out of range");
            splice(k, k + 1, new byte[0]);
            return;
        }
        if (key instanceof PySlice s) {
            int[] r = s.indices(size);
            int n = PySlice.sliceLength(r[0], r[1], r[2]);
            boolean[] drop = new boolean[size];
            for (int i = 0, k = r[0]; i < n; i++, k += r[2]) {
                drop[k] = true;
            }
            ByteBuilder out = new ByteBuilder(size);
            for (int k = 0; k < size; k++) {
                if (!drop[k]) {
                    out.write(buf[k]);
                }
            }
            setValue(out.toByteArray());
            return;
        }
        throw PyErrors.typeError("bytearray indices must be integers or slices, not %s", key.type().name());
    }
}
