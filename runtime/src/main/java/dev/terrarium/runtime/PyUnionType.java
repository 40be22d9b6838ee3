package dev.terrarium.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: what {@code X | Y} of classes gives ({@code int | str},
 * {@code list[int] | None}). isinstance() and issubclass() accept it like a tuple of its
 * arguments (compare CPython 3.11's Objects/unionobject.c).
 */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.UnionType", PyType.OBJECT, null);

    private final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    /** The arguments, as isinstance() and issubclass() use them. */
    PyTuple args() {
        return args;
    }

    /** CPython's is_unionable: None, classes, generic aliases and unions. */
    private static boolean isUnionable(PyObject o) {
        return o == PyNone.INSTANCE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    /** {@code left | right} for classes and unions (CPython's _Py_union_type_or), or NotImplemented. */
    static PyObject or(PyObject left, PyObject right) {
        if (!isUnionable(left) || !isUnionable(right)) {
            return PyNotImplemented.INSTANCE;
        }
        List<PyObject> flat = new ArrayList<>();
        for (PyObject o : new PyObject[] {left, right}) {
            if (o instanceof PyUnionType u) {
                for (int i = 0; i < u.args.size(); i++) {
                    addUnique(flat, u.args.get(i));
                }
            } else {
                addUnique(flat, o == PyNone.INSTANCE ? PyNone.TYPE : o);
            }
        }
        if (flat.size() == 1) {
            return flat.get(0);
        }
        return new PyUnionType(new PyTuple(flat.toArray(new PyObject[0])));
    }

    /** dedup_and_flatten_args: the same object once; generic aliases that compare equal once. */
    private static void addUnique(List<PyObject> flat, PyObject o) {
        for (PyObject seen : flat) {
            if (seen == o || seen instanceof PyGenericAlias && o instanceof PyGenericAlias && Ops.eq(seen, o)) {
                return;
            }
        }
        flat.add(o);
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
    public PyObject getAttr(String name) {
        if (name.equals("__args__")) {
            return args;
        }
        if (name.equals("__parameters__")) {
            return PyTuple.EMPTY;
        }
        return super.getAttr(name);
    }

    /** union_repr: the arguments joined by " | ", None for NoneType, classes by module-qualified name. */
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
                String module = t.getAttr("__module__") instanceof PyStr s ? s.value() : "builtins";
                String qualname = ((PyStr) t.getAttr("__qualname__")).value();
                sb.append(module.equals("builtins") ? qualname : module + "." + qualname);
            } else {
                sb.append(Ops.repr(a));
            }
        }
        return sb.toString();
    }

    /** Unions are equal when their arguments are equal as sets. */
    @Override
    public PyObject richCompare(PyObject other, CompareOp op) {
        if ((op != CompareOp.EQ && op != CompareOp.NE) || !(other instanceof PyUnionType u)) {
            return PyNotImplemented.INSTANCE;
        }
        boolean same = Ops.eq(PyFrozenSet.copyOf(PySet.of(args.toArray())), PyFrozenSet.copyOf(PySet.of(u.args.toArray())));
        return PyBool.of(same == (op == CompareOp.EQ));
    }

    @Override
    public long hash() {
        return PyFrozenSet.copyOf(PySet.of(args.toArray())).hash();
    }
}
