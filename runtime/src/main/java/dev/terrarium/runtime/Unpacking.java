package dev.terrarium.runtime;

/**
 * Unpacking in assignments ({@code a, *b, c = value}) and in displays ({@code [*xs]},
 * {@code {*xs}}, {@code {**m}}), with CPython's messages (compare CPython's
 * {@code unpack_iterable}, LIST_EXTEND, SET_UPDATE and DICT_UPDATE).
 */
public final class Unpacking {
    private Unpacking() {}

    /**
     * Exactly {@code n} items of {@code value} for {@code a, b = value}. An iterator is read
     * only as far as needed to see that it has too many items, as CPython does.
     */
    public static PyObject[] unpack(PyObject value, int n) {
        if (value instanceof PyTuple || value instanceof PyList) {
            PyObject[] items = Ops.toArray(value);
            if (items.length < n) {
                throw PyErrors.valueError("not enough values to unpack (expected %d, got %d)", n, items.length);
            }
            if (items.length > n) {
                throw PyErrors.valueError("too many values to unpack (expected %d)", n);
            }
            return items;
        }
        PyObject it = iterator(value);
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject x = it.next();
            if (x == null) {
                throw PyErrors.valueError("not enough values to unpack (expected %d, got %d)", n, i);
            }
            items[i] = x;
        }
        if (it.next() != null) {
            throw PyErrors.valueError("too many values to unpack (expected %d)", n);
        }
        return items;
    }

    /**
     * {@code before} items, a list of the rest but the last {@code after}, and those, for a
     * target with one starred name ({@code a, *b, c = value}).
     */
    public static PyObject[] unpackStarred(PyObject value, int before, int after) {
        PyObject[] all = value instanceof PyTuple || value instanceof PyList ? Ops.toArray(value)
                : Ops.toArray(iterator(value));
        if (all.length < before + after) {
            throw PyErrors.valueError("not enough values to unpack (expected at least %d, got %d)",
                    before + after, all.length);
        }
        PyObject[] out = new PyObject[before + 1 + after];
        System.arraycopy(all, 0, out, 0, before);
        int middle = all.length - before - after;
        PyObject[] rest = new PyObject[middle];
        System.arraycopy(all, before, rest, 0, middle);
        out[before] = new PyList(rest);
        System.arraycopy(all, before + middle, out, before + 1, after);
        return out;
    }

    /** The iterator of a value being unpacked, or CPython's TypeError for a non-iterable. */
    private static PyObject iterator(PyObject value) {
        try {
            return value.iter();
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && value.type().lookup("__iter__") == null
                    && value.type().lookup("__getitem__") == null) {
                throw PyErrors.typeError("cannot unpack non-iterable %s object", value.type().name());
            }
            throw e;
        }
    }

    /** {@code [..., *iterable]}: appends the items (LIST_EXTEND). */
    public static void listExtend(PyObject list, PyObject iterable) {
        PyList target = (PyList) list;
        PyObject it;
        try {
            it = iterable.iter();
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && iterable.type().lookup("__iter__") == null
                    && iterable.type().lookup("__getitem__") == null) {
                throw PyErrors.typeError("Value after * must be an iterable, not %s", iterable.type().name());
            }
            throw e;
        }
        for (PyObject x = it.next(); x != null; x = it.next()) {
            target.append(x);
        }
    }

    /** {@code (..., *iterable)}: the tuple of a list built by {@link #listExtend} (LIST_TO_TUPLE). */
    public static PyObject listToTuple(PyObject list) {
        return PyTuple.of(((PyList) list).toArray());
    }

    /** {@code {..., *iterable}}: adds the items (SET_UPDATE). */
    public static void setUpdate(PyObject set, PyObject iterable) {
        PyObject it = iterable.iter();
        for (PyObject x = it.next(); x != null; x = it.next()) {
            Ops.setAdd(set, x);
        }
    }

    /** {@code {..., **mapping}}: copies the mapping's items, later keys winning (DICT_UPDATE). */
    public static void dictUpdate(PyObject dict, PyObject mapping) {
        PyDict target = (PyDict) dict;
        if (mapping instanceof PyDict source && !DerivedSlots.overridesIter(mapping)) {
            // CPython dict_merge: a dict's (or a subclass's) own storage
            for (java.util.Map.Entry<PyObject, PyObject> e : source.entries().entrySet()) {
                target.put(e.getKey(), e.getValue());
            }
            return;
        }
        PyObject keysMethod = mapping.type().lookup("keys");
        if (keysMethod == null) {
            throw PyErrors.typeError("'%s' object is not a mapping", mapping.type().name());
        }
        PyObject keys = keysMethod.bindTo(mapping).call0();
        PyObject it = keys.iter();
        for (PyObject k = it.next(); k != null; k = it.next()) {
            target.put(k, Ops.getItem(mapping, k));
        }
    }
}
