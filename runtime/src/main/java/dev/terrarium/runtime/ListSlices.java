package dev.terrarium.runtime;

/** Slice assignment and deletion on lists (compare CPython {@code list_ass_subscript}). */
final class ListSlices {
    private ListSlices() {}

    /**
     * The items of the value assigned to a slice: any iterable, with CPython's messages for
     * one that is not (PySequence_Fast in list_ass_slice and list_ass_subscript).
     */
    static PyObject[] assignedItems(PySlice s, PyObject value) {
        if (value instanceof PyList || value instanceof PyTuple) {
            return Ops.toArray(value);
        }
        PyObject it;
        try {
            it = Ops.iter(value);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) {
                throw e;
            }
            boolean simple = s.step == PyNone.INSTANCE || s.step instanceof PyInt n && n.isSmall() && n.value == 1;
            throw PyErrors.typeError(simple ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
        return Ops.toArray(it);
    }

    static void assign(PyList list, PySlice s, PyObject[] values) {
        int[] r = s.indices(list.size());
        int start = r[0];
        int stop = r[1];
        int step = r[2];
        if (step == 1) {
            if (stop < start) {
                stop = start;
            }
            PyObject[] old = list.array();
            int size = list.size();
            int newSize = size - (stop - start) + values.length;
            Budget.checkElements(newSize);
            PyObject[] out = new PyObject[Math.max(newSize, 4)];
            System.arraycopy(old, 0, out, 0, start);
            System.arraycopy(values, 0, out, start, values.length);
            System.arraycopy(old, stop, out, start + values.length, size - stop);
            list.setContents(out, newSize);
            return;
        }
        int n = PySlice.sliceLength(start, stop, step);
        if (values.length != n) {
            throw PyErrors.valueError("attempt to assign sequence of size %d to extended slice of size %d", values.length, n);
        }
        PyObject[] items = list.array();
        for (int i = 0, k = start; i < n; i++, k += step) {
            items[k] = values[i];
        }
    }

    static void delete(PyList list, PySlice s) {
        int[] r = s.indices(list.size());
        int n = PySlice.sliceLength(r[0], r[1], r[2]);
        if (n == 0) {
            return;
        }
        boolean[] drop = new boolean[list.size()];
        for (int i = 0, k = r[0]; i < n; i++, k += r[2]) {
            drop[k] = true;
        }
        PyObject[] items = list.array();
        int w = 0;
        int size = list.size();
        for (int i = 0; i < size; i++) {
            if (!drop[i]) {
                items[w++] = items[i];
            }
        }
        for (int i = w; i < size; i++) {
            items[i] = null;
        }
        list.setContents(items, w);
    }
}
