package dev.terrarium.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: what {@code int | str} gives (compare CPython's
 * Objects/unionobject.c). Its arguments are the operands flattened and without repeats, None
 * standing for NoneType; a union of one argument is that argument. It prints as written,
 * compares as a set of arguments, and {@code isinstance}/{@code issubclass} accept it.
 */
final class PyUnionType extends PyObject {
    static final PyType TYPE = PyType.builtin("UnionType", PyType.OBJECT, null).inModule("types");

    static {
        BuiltinNames.method(TYPE, "__instancecheck__", (s, a, k) -> {
            ArgParser.arity("__instancecheck__", a, 1, 1);
            return PyBool.of(((PyUnionType) s).check(a[0], false));
        });
        BuiltinNames.method(TYPE, "__subclasscheck__", (s, a, k) -> {
            ArgParser.arity("__subclasscheck__", a, 1, 1);
            return PyBool.of(((PyUnionType) s).check(a[0], true));
        });
        SlotWrappers.install(TYPE, "__or__", "__ror__", "__eq__", "__ne__", "__hash__");
    }

    private final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    /** {@code a | b} for types, None, generic aliases and unions; NotImplemented for anything else. */
    static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.INSTANCE;
        }
        List<PyObject> items = new ArrayList<>();
        add(items, a);
        add(items, b);
        return items.size() == 1 ? items.get(0) : new PyUnionType(PyTuple.of(items.toArray(new PyObject[0])));
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.INSTANCE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    private static void add(List<PyObject> items, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (int i = 0; i < u.args.size(); i++) {
                add(items, u.args.get(i));
            }
            return;
        }
        PyObject item = o == PyNone.INSTANCE ? PyNone.TYPE : o;
        for (PyObject seen : items) {
            if (seen == item || (seen instanceof PyGenericAlias && Ops.eq(seen, item))) {
                return;
            }
        }
        items.add(item);
    }

    /** isinstance/issubclass against each argument in turn (a parameterized generic reached raises). */
    private boolean check(PyObject o, boolean subclass) {
        PyObject test = Builtins.DICT.get(PyStr.of(subclass ? "issubclass" : "isinstance"));
        for (int i = 0; i < args.size(); i++) {
            if (Ops.isTrue(test.call2(o, args.get(i)))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject or(PyObject other) {
        return or(this, other);
    }

    @Override
    public PyObject ror(PyObject other) {
        return or(other, this);
    }

    @Override
    public String repr() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(" | ");
            }
            PyObject a = args.get(i);
            if (a == PyNone.TYPE) {
                sb.append("None");
            } else if (a instanceof PyType t) {
                sb.append(t.module().equals("builtins") ? t.qualname() : t.module() + "." + t.qualname());
            } else {
                sb.append(Ops.repr(a));
            }
        }
        return sb.toString();
    }

    @Override
    public PyObject getAttr(String attr) {
        return switch (attr) {
            case "__args__" -> args;
            case "__parameters__" -> PyTuple.of();
            default -> super.getAttr(attr);
        };
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(other instanceof PyUnionType u)) {
            return PyNotImplemented.INSTANCE;
        }
        boolean same = PyFrozenSet.TYPE.call1(args).equals(PyFrozenSet.TYPE.call1(u.args));
        return PyBool.of(same == (op == CompareOp.EQ));
    }

    @Override
    public long hash() {
        return Ops.hash(PyFrozenSet.TYPE.call1(args));
    }
}
