package dev.terrarium.runtime;

/** A function bound to an instance: {@code obj.method} (CPython's {@code method} type). */
public final class PyMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyType.OBJECT, PyMethod::construct);

    final PyObject self;
    final PyObject function;

    public PyMethod(PyObject self, PyObject function) {
        this.self = self;
        this.function = function;
    }

    /** {@code types.MethodType(function, instance)} (CPython's {@code method_new}). */
    private static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("method", kwnames);
        if (args.length != 2) {
            throw PyErrors.typeError("method expected 2 arguments, got %d", args.length);
        }
        if (!ObjectBuiltins.isCallable(args[0])) {
            throw PyErrors.typeError("first argument must be callable");
        }
        if (args[1] == PyNone.INSTANCE) {
            throw PyErrors.typeError("instance must not be None");
        }
        return new PyMethod(args[1], args[0]);
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
            // the method's own copy protocol, not its function's (CPython's method_reduce)
            case "__reduce__", "__reduce_ex__" -> TYPE.lookup(name).bindTo(this);
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
