package dev.terrarium.runtime;

/** Python {@code bool}: a subclass of int with exactly two instances. */
public final class PyBool extends PyInt {
    public static final PyType TYPE = PyType.builtin("bool", PyInt.TYPE, (t, a, k) -> {
        ArgParser.noKeywords("bool", k);
        ArgParser.arity("bool", a, 0, 1);
        return a.length == 0 ? PyBool.FALSE : PyBool.of(Ops.isTrue(a[0]));
    });
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return this == TRUE ? "True" : "False";
    }

    /** bool formats as its name with the empty spec, as an int otherwise ({@code int.__format__}). */
    @Override
    public String format(String spec) {
        return spec.isEmpty() ? repr() : Formatter.formatInt(this, spec, "bool");
    }

    @Override
    public boolean isTrue() {
        return this == TRUE;
    }

    @Override
    public PyObject and(PyObject o) {
        return o instanceof PyBool b ? of(this == TRUE && b == TRUE) : super.and(o);
    }

    @Override
    public PyObject or(PyObject o) {
        return o instanceof PyBool b ? of(this == TRUE || b == TRUE) : super.or(o);
    }

    @Override
    public PyObject xor(PyObject o) {
        return o instanceof PyBool b ? of(this != b) : super.xor(o);
    }
}
