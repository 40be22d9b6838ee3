package dev.terrarium.runtime;

/**
 * Special methods of dict, set and the dict views that are methods in CPython
 * ({@code dict.__getitem__}, {@code dict.__reversed__}, {@code set.__contains__}...) and the
 * in-place operators of dict and set.
 */
final class ContainerExtras {
    private ContainerExtras() {}

    static void install() {
        BuiltinNames.oneArg(PyDict.TYPE, "__getitem__", PyObject::getItem);
        BuiltinNames.oneArg(PyDict.TYPE, "__contains__", (s, o) -> PyBool.of(s.contains(o)));
        BuiltinNames.noArgs(PyDict.TYPE, "__reversed__", SequenceExtras::reversed);
        BuiltinNames.define(PyDict.TYPE, "__ior__", PySlotWrapper.exact(PyDict.TYPE, "__ior__", 1, (s, a, k) -> {
            DictMethods.update((PyDict) s, a[0]);
            return s;
        }));
        for (PyType t : new PyType[] {PySet.TYPE, PyFrozenSet.TYPE}) {
            BuiltinNames.oneArg(t, "__contains__", (s, o) -> PyBool.of(s.contains(o)));
        }
        PyType set = PySet.TYPE;
        BuiltinNames.define(set, "__ior__", PySlotWrapper.exact(set, "__ior__", 1, (s, a, k) -> ((PySet) s).inplaceOr(a[0])));
        BuiltinNames.define(set, "__iand__", PySlotWrapper.exact(set, "__iand__", 1, (s, a, k) -> ((PySet) s).inplaceAnd(a[0])));
        BuiltinNames.define(set, "__isub__", PySlotWrapper.exact(set, "__isub__", 1, (s, a, k) -> ((PySet) s).inplaceSub(a[0])));
        BuiltinNames.define(set, "__ixor__", PySlotWrapper.exact(set, "__ixor__", 1, (s, a, k) -> ((PySet) s).inplaceXor(a[0])));
        for (PyType t : new PyType[] {PyDictView.KEYS, PyDictView.VALUES, PyDictView.ITEMS}) {
            BuiltinNames.noArgs(t, "__reversed__", SequenceExtras::reversed);
            BuiltinNames.getset(t, "mapping", v -> new PyMappingProxy(((PyDictView) v).dict()));
        }
        PyMappingProxy.install();
        // unhashable containers: CPython sets their __hash__ to None
        for (PyType t : new PyType[] {PyList.TYPE, PyDict.TYPE, PySet.TYPE, PyByteArray.TYPE, PySlice.TYPE}) {
            BuiltinNames.define(t, "__hash__", PyNone.INSTANCE);
        }
    }
}
