package dev.terrarium.runtime;

import java.util.HashSet;
import java.util.Set;

/**
 * What compiled {@code match} statements call at run time: the tests and extractions of
 * CPython 3.11's MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS, MATCH_CLASS, GET_LEN and the
 * unpacking and **rest building its compiler emits around them (compare {@code match_keys},
 * {@code match_class} and {@code match_class_attr} in CPython's {@code Python/ceval.c}).
 * A test that fails returns false or null (the pattern does not match); only the errors
 * CPython raises are raised.
 */
public final class MatchSupport {
    private MatchSupport() {}

    /**
     * MATCH_SEQUENCE: the types CPython marks {@code Py_TPFLAGS_SEQUENCE} (list, tuple,
     * range and their subclasses). str, bytes and bytearray are deliberately not sequences here.
     */
    public static boolean isSequence(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyRange) {
            return true;
        }
        PyType t = o.type();
        return t.isSubtypeOf(PyList.TYPE) || t.isSubtypeOf(PyTuple.TYPE) || t.isSubtypeOf(PyRange.TYPE);
    }

    /** MATCH_MAPPING: the types CPython marks {@code Py_TPFLAGS_MAPPING} (dict and its subclasses). */
    public static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o.type().isSubtypeOf(PyDict.TYPE);
    }

    /** GET_LEN: {@code len(o)}. */
    public static long length(PyObject o) {
        return o.len();
    }

    /** {@code seq[i]}, an element before a {@code *_} wildcard. */
    public static PyObject item(PyObject seq, int i) {
        return Ops.getItem(seq, PyInt.of(i));
    }

    /**
     * {@code seq[len(seq) - fromEnd]}, an element after a {@code *_} wildcard: CPython computes a
     * non-negative index because the subject may not support negative ones.
     */
    public static PyObject itemFromEnd(PyObject seq, int fromEnd) {
        return Ops.getItem(seq, PyInt.of(seq.len() - fromEnd));
    }

    /** UNPACK_SEQUENCE of a sequence pattern without a star. */
    public static PyObject[] unpack(PyObject seq, int size) {
        return Unpacking.unpack(seq, size);
    }

    /**
     * UNPACK_EX of a sequence pattern with a named star: {@code before} items, a new list of
     * the middle ones, {@code after} items.
     */
    public static PyObject[] unpackStar(PyObject seq, int before, int after) {
        return Unpacking.unpackStarred(seq, before, after);
    }

    /**
     * MATCH_KEYS: the values of {@code keys} in {@code map}, or null when one is missing. Each
     * is looked up with {@code map.get(key, dummy)}, so {@code __missing__} is not consulted
     * and nothing is inserted; a key seen twice is a ValueError.
     */
    public static PyObject[] matchKeys(PyObject map, PyObject[] keys) {
        PyObject[] values = new PyObject[keys.length];
        if (keys.length == 0) {
            return values;
        }
        PyDict exact = map.type() == PyDict.TYPE && map instanceof PyDict d ? d : null;
        PyObject get = exact != null ? null : Ops.loadMethod(map, "get");
        PyObject dummy = new PyPlainObject(PyType.OBJECT);
        PySet seen = new PySet();
        for (int i = 0; i < keys.length; i++) {
            PyObject key = keys[i];
            if (seen.contains(key) || !seen.addKey(key)) {
                throw PyErrors.valueError("mapping pattern checks duplicate key (%s)", Ops.repr(key));
            }
            PyObject value = exact != null ? exact.get(key)
                    : Ops.callMethod(get, map, new PyObject[] {key, dummy}, null);
            if (value == null || value == dummy) {
                return null;
            }
            values[i] = value;
        }
        return values;
    }

    /** The **rest of a mapping pattern: a new dict of {@code map}'s items without {@code keys}. */
    public static PyObject rest(PyObject map, PyObject[] keys) {
        PyDict rest = new PyDict();
        if (map instanceof PyDict d) {
            for (var entry : d.entries().entrySet()) {
                rest.put(entry.getKey(), entry.getValue());
            }
        } else {
            PyObject names = Ops.callMethod(Ops.loadMethod(map, "keys"), map, PyObject.NO_ARGS, null);
            PyObject it = Ops.iter(names);
            for (PyObject k = Ops.next(it); k != null; k = Ops.next(it)) {
                rest.put(k, Ops.getItem(map, k));
            }
        }
        for (PyObject key : keys) {
            Ops.delItem(rest, key);
        }
        return rest;
    }

    /** The built-in types whose class pattern's one positional sub-pattern matches the subject itself. */
    private static final PyType[] MATCH_SELF = {
        PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyDict.TYPE, PyFloat.TYPE, PyFrozenSet.TYPE,
        PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE, PyTuple.TYPE,
    };

    /** CPython's {@code _Py_TPFLAGS_MATCH_SELF}, which subclasses inherit. */
    private static boolean matchesSelf(PyType type) {
        for (PyType t : MATCH_SELF) {
            if (type.isSubtypeOf(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * MATCH_CLASS: null unless {@code subject} is an instance of {@code cls}; otherwise the
     * attributes the {@code nargs} positional sub-patterns (named by {@code cls.__match_args__})
     * and the keyword sub-patterns {@code kwnames} are matched against, or null when one is
     * missing (an AttributeError).
     */
    public static PyObject[] matchClass(PyObject subject, PyObject cls, int nargs, String[] kwnames) {
        if (!(cls instanceof PyType type)) {
            throw PyErrors.typeError("called match pattern must be a type");
        }
        if (!subject.type().isSubtypeOf(type)) {
            return null;
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        PyObject[] attrs = new PyObject[nargs + nkw];
        Set<String> seen = new HashSet<>();
        if (nargs > 0) {
            PyObject matchArgs = matchArgs(type);
            boolean matchSelf = false;
            if (matchArgs == null) {
                // The flag counts only when the class does not define __match_args__.
                matchArgs = PyTuple.EMPTY;
                matchSelf = matchesSelf(type);
            } else if (matchArgs.type() != PyTuple.TYPE) {
                throw PyErrors.typeError("%s.__match_args__ must be a tuple (got %s)", type.name(),
                        matchArgs.type().name());
            }
            PyTuple names = (PyTuple) matchArgs;
            int allowed = matchSelf ? 1 : names.size();
            if (allowed < nargs) {
                throw PyErrors.typeError("%s() accepts %d positional sub-pattern%s (%d given)", type.name(),
                        allowed, allowed == 1 ? "" : "s", nargs);
            }
            if (matchSelf) {
                attrs[0] = subject;
            } else {
                for (int i = 0; i < nargs; i++) {
                    PyObject name = names.get(i);
                    if (name.type() != PyStr.TYPE) {
                        throw PyErrors.typeError("__match_args__ elements must be strings (got %s)",
                                name.type().name());
                    }
                    attrs[i] = attribute(subject, type, ((PyStr) name).value(), seen);
                    if (attrs[i] == null) {
                        return null;
                    }
                }
            }
        }
        for (int i = 0; i < nkw; i++) {
            attrs[nargs + i] = attribute(subject, type, kwnames[i], seen);
            if (attrs[nargs + i] == null) {
                return null;
            }
        }
        return attrs;
    }

    /** {@code cls.__match_args__}, or null when it has none (an AttributeError). */
    private static PyObject matchArgs(PyType type) {
        if (type.type() == PyType.TYPE && type.lookup("__match_args__") == null) {
            // Common case (int(x), str(s)): the plain metaclass has no such attribute either,
            // so the lookup would only raise an AttributeError to be discarded.
            return null;
        }
        try {
            return Ops.getAttr(type, "__match_args__");
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** One attribute of the subject for a sub-pattern, null when it has none; each name at most once. */
    private static PyObject attribute(PyObject subject, PyType type, String name, Set<String> seen) {
        if (!seen.add(name)) {
            throw PyErrors.typeError("%s() got multiple sub-patterns for attribute %s", type.name(),
                    Ops.repr(PyStr.of(name)));
        }
        try {
            return Ops.getAttr(subject, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }
}
