package dev.terrarium.runtime;

/** Python {@code bytes}: an immutable sequence of bytes. */
public class PyBytes extends PyBytesLike {
    public static final PyType TYPE = PyType.builtin("bytes", PyType.OBJECT, (t, a, k) -> {
        if (a.length == 1 && k == null && a[0] instanceof PyBytes b) {
            return b;
        }
        return new PyBytes(fromSource("bytes", a, k));
    });

    static {
        BytesMethods.install(TYPE);
    }

    private final byte[] bytes;

    /** Takes ownership of {@code bytes}. */
    public PyBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    byte[] array() {
        return bytes;
    }

    @Override
    public int length() {
        return bytes.length;
    }

    @Override
    PyBytesLike make(byte[] b) {
        return new PyBytes(b);
    }

    @Override
    public String repr() {
        return bytesRepr();
    }

    /** CPython's {@code _Py_HashBytes}: equal to the hash of the Latin-1 str of the same bytes, as in CPython. */
    @Override
    public long hash() {
        return StringHash.ofBytes(bytes, bytes.length);
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof PyBytesLike b && !DerivedSlots.isDerived(b)) {
            return java.util.Arrays.equals(bytes, 0, bytes.length, b.array(), 0, b.length());
        }
        return super.equals(o);
    }
}
