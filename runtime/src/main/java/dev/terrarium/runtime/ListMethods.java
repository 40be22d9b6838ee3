package dev.terrarium.runtime;

import java.util.Arrays;
import java.util.Comparator;

/** The methods of {@code list} (compare CPython {@code Objects/listobject.c}). */
final class ListMethods {
    private ListMethods() {}

    private static void def(PyType t, String name, PyMethodDescriptor.Body body) {
        t.define(name, new PyMethodDescriptor(t, name, body));
    }

    static void install(PyType t) {
        def(t, "append", (s, a, k) -> {
            ArgParser.noKeywords("append", k);
            ArgParser.arity("list.append", a, 1, 1);
            ((PyList) s).append(a[0]);
            return PyNone.INSTANCE;
        });
        def(t, "extend", (s, a, k) -> {
            ArgParser.noKeywords("extend", k);
            ArgParser.arity("list.extend", a, 1, 1);
            ((PyList) s).extend(Ops.toArray(a[0]));
            return PyNone.INSTANCE;
        });
        def(t, "insert", (s, a, k) -> {
            ArgParser.noKeywords("insert", k);
            ArgParser.arity("insert", a, 2, 2);
            PyList l = (PyList) s;
            long i = StrArgs.ssize(a[0]);
            if (i < 0) {
                i = Math.max(0, i + l.size());
            }
            l.insert((int) Math.min(i, l.size()), a[1]);
            return PyNone.INSTANCE;
        });
        def(t, "pop", (s, a, k) -> {
            ArgParser.noKeywords("pop", k);
            ArgParser.arity("pop", a, 0, 1);
            PyList l = (PyList) s;
            // the argument is converted (Py_ssize_t: OverflowError) before the list is looked at
            long requested = a.length == 0 ? -1 : StrArgs.ssize(a[0]);
            if (l.size() == 0) {
                throw PyErrors.indexError("pop from empty list");
            }
            int i = Sequences.index(PyInt.of(requested), l.size(), "pop index out of range");
            return l.removeAt(i);
        });
        def(t, "remove", (s, a, k) -> {
            ArgParser.noKeywords("remove", k);
            ArgParser.arity("list.remove", a, 1, 1);
            PyList l = (PyList) s;
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) == a[0] || Ops.eq(l.get(i), a[0])) {
                    l.removeAt(i);
                    return PyNone.INSTANCE;
                }
            }
            throw PyErrors.valueError("list.remove(x): x not in list");
        });
        def(t, "clear", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".clear", a, k);
            ((PyList) s).setContents(new PyObject[4], 0);
            return PyNone.INSTANCE;
        });
        def(t, "copy", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".copy", a, k);
            return new PyList(((PyList) s).toArray());
        });
        def(t, "reverse", (s, a, k) -> {
            ArgParser.noArgs(t.name() + ".reverse", a, k);
            PyList l = (PyList) s;
            PyObject[] items = l.array();
            for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
                PyObject x = items[i];
                items[i] = items[j];
                items[j] = x;
            }
            return PyNone.INSTANCE;
        });
        def(t, "sort", (s, a, k) -> {
            if (a.length - (k == null ? 0 : k.length) > 0) {
                throw PyErrors.typeError("sort() takes no positional arguments");
            }
            PyObject key = ArgParser.keyword("sort", a, k, "key", "reverse");
            PyObject reverse = ArgParser.keyword("sort", a, k, "reverse", "key");
            sort((PyList) s, key, reverse != null && StrArgs.cInt(reverse) != 0);
            return PyNone.INSTANCE;
        });
    }

    /** Stable sort (Java's object sort is a TimSort, like CPython's), with key and reverse. */
    static void sort(PyList list, PyObject key, boolean reverse) {
        int n = list.size();
        PyObject[] items = Arrays.copyOf(list.array(), n);
        // While sorting, the list looks empty, as in CPython (mutation is detected afterwards).
        list.setContents(new PyObject[4], 0);
        try {
            PyObject[] keys = items;
            if (key != null && key != PyNone.INSTANCE) {
                keys = new PyObject[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = key.call1(items[i]);
                }
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = reverse ? n - 1 - i : i;
            }
            final PyObject[] k = keys;
            // Reverse keeps stability by sorting the reversed sequence and reversing back, as CPython does.
            Comparator<Integer> cmp = (x, y) -> {
                CpuBudget.tick();
                return Ops.lessThan(k[x], k[y]) ? -1 : Ops.lessThan(k[y], k[x]) ? 1 : 0;
            };
            Arrays.sort(order, cmp);
            PyObject[] out = new PyObject[Math.max(n, 4)];
            for (int i = 0; i < n; i++) {
                out[reverse ? n - 1 - i : i] = items[order[i]];
            }
            if (list.size() != 0) {
                throw PyErrors.valueError("list modified during sort");
            }
            list.setContents(out, n);
        } catch (PyException e) {
            if (list.size() == 0) {
                list.setContents(Arrays.copyOf(items, Math.max(n, 4)), n);
            }
            throw e;
        }
    }
}
