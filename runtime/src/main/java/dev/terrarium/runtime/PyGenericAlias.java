package dev.terrarium.runtime;

/**
 * {@code types.GenericAlias}: what subscripting a built-in container class gives
 * ({@code list[int]}, {@code dict[str, list[int]]}), used in annotations. It prints as it was
 * written, exposes {@code __origin__} and {@code __args__}, and calling it calls the origin
 * (compare CPython's Objects/genericaliasobject.c).
 */
public final class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyType.OBJECT, null);

    private final PyObject origin;
    private final PyTuple args;

    PyGenericAlias(PyObject origin, PyObject item) {
        this.origin = origin;
        this.args = item instanceof PyTuple t ? t : PyTuple.of(item);
    }

    /** Gives each of {@code types} a {@code __class_getitem__} that makes a generic alias. */
    static void installOn(PyType... types) {
        for (PyType t : types) {
            t.define("__class_getitem__", new PyClassMethod(new PyBuiltinFunction("__class_getitem__", (a, k) -> {
                ArgParser.noKeywords("__class_getitem__", k);
                ArgParser.arity("__class_getitem__", a, 2, 2);
                return new PyGenericAlias(a[0], a[1]);
            })));
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "__origin__":
                return origin;
            case "__args__":
                return args;
            case "__parameters__":
                return PyTuple.of();
            default:
                // Anything else is the origin's (list[int].append is list.append).
                return origin.getAttr(attr);
        }
    }

    /** {@code list[int] | None}: a {@code types.UnionType}. */
    @Override
    public PyObject or(PyObject other) {
        return PyUnionType.or(this, other);
    }

    @Override
    public PyObject ror(PyObject other) {
        return PyUnionType.or(other, this);
    }

    @Override
    public PyObject call(PyObject[] callArgs, String[] kwnames) {
        return origin.call(callArgs, kwnames);
    }

    /** ga_repr: types by their qualified name, {@code ...} for Ellipsis, {@code ()} for no arguments. */
    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder(itemRepr(origin)).append('[');
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(itemRepr(args.get(i)));
        }
        return sb.append(']').toString();
    }

    private static String itemRepr(PyObject o) {
        if (o == PyEllipsis.INSTANCE) {
            return "...";
        }
        if (o instanceof PyType t) {
            String module = t.getAttr("__module__") instanceof PyStr s ? s.value() : "builtins";
            String qualname = ((PyStr) t.getAttr("__qualname__")).value();
            return module.equals("builtins") ? qualname : module + "." + qualname;
        }
        return Ops.repr(o);
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(other instanceof PyGenericAlias g)) {
            return PyNotImplemented.INSTANCE;
        }
        boolean same = Ops.eq(origin, g.origin) && Ops.eq(args, g.args);
        return PyBool.of(same == (op == CompareOp.EQ));
    }

    @Override
    public long hash() {
        return Ops.hash(origin) ^ Ops.hash(args);
    }
}
