package dev.terrarium.runtime;

/** A function bound to an instance: {@code obj.method} (CPython's {@code method} type). */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, null);

    final PyObject self;
    final PyObject function;

    public PyMethod(PyObject self, PyObject function) {
        this.self = self;
        this.function = function;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        String fname = function instanceof PyFunction f ? f.qualname() : function.repr();
        return "<bound method " + fname + " of " + Ops.repr(self) + ">";
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject getAttr(String name) {
        return switch (name) {
            case "__self__" -> self;
            case "__func__" -> function;
            default -> function.getAttr(name);
        };
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return function.call(all, kwnames);
    }

    @Override
    public PyObject call0() {
        return function.call1(self);
    }

    @Override
    public PyObject call1(PyObject a) {
        return function.call2(self, a);
    }

    @Override
    public PyObject call2(PyObject a, PyObject b) {
        return function.call3(self, a, b);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if (other instanceof PyMethod m && (op == CompareOp.EQ || op == CompareOp.NE)) {
            boolean eq = m.self == self && Ops.eq(m.function, function);
            return PyBool.of(eq == (op == CompareOp.EQ));
        }
        return super.richCompare(other, op);
    }

    @Override
    public long hash() {
        return System.identityHashCode(self) ^ function.hash();
    }
}
