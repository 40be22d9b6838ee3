package dev.terrarium.runtime;

import java.util.function.Function;

/**
 * Completes the dicts of the built-in types with the special methods and attributes CPython 3.11
 * gives them, so that {@code dir()}, {@code hasattr()}, {@code super()} and explicit calls such as
 * {@code int.__add__(1, 2)} see what CPython's do. The operators themselves keep their Java
 * slots; the entries installed here call those slots ({@link SlotWrappers}). Which names each
 * type has is CPython's (its {@code slotdefs} and method tables); BuiltinNamesTest compares the
 * result with a recording of CPython's {@code dir()}. Run once, when {@link Builtins} is set up.
 */
final class BuiltinNames {
    private BuiltinNames() {}

    private static boolean installed;

    static synchronized void installAll() {
        if (installed) {
            return;
        }
        installed = true;
        PyType.giveDocs();
        ObjectProtocol.install(PyType.OBJECT);
        ReduceProtocol.install(PyType.OBJECT);
        numbers();
        sequences();
        containers();
        iterators();
        callables();
        singletons();
        ExceptionAttributes.install();
        TypeAttributes.install(PyType.TYPE);
    }

    private static final String[] NUMBER_BINARY = {
        "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__",
        "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__divmod__", "__rdivmod__", "__pow__", "__rpow__",
    };

    private static final String[] COMPARISONS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    private static void numbers() {
        for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE}) {
            SlotWrappers.install(t, NUMBER_BINARY);
            SlotWrappers.install(t, COMPARISONS);
            SlotWrappers.install(t, "__neg__", "__pos__", "__abs__", "__bool__", "__int__", "__float__", "__hash__");
            NumberExtras.install(t);
        }
        SlotWrappers.install(PyInt.TYPE, "__invert__", "__index__", "__lshift__", "__rlshift__", "__rshift__",
                "__rrshift__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__");
        SlotWrappers.install(PyBool.TYPE, "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__");
        SlotWrappers.install(PyComplex.TYPE, "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__",
                "__truediv__", "__rtruediv__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__",
                "__eq__", "__ne__", "__hash__");
        NumberExtras.install(PyComplex.TYPE);
    }

    private static void sequences() {
        for (PyType t : new PyType[] {PyStr.TYPE, PyBytes.TYPE, PyByteArray.TYPE, PyList.TYPE, PyTuple.TYPE}) {
            BuiltinNames.define(t, "__add__", SlotWrappers.concat(t));
            BuiltinNames.define(t, "__mul__", SlotWrappers.repeat(t, "__mul__"));
            BuiltinNames.define(t, "__rmul__", SlotWrappers.repeat(t, "__rmul__"));
            SlotWrappers.install(t, "__len__", "__iter__", "__contains__");
            SlotWrappers.install(t, COMPARISONS);
        }
        SlotWrappers.install(PyStr.TYPE, "__getitem__", "__mod__", "__rmod__", "__hash__");
        SlotWrappers.install(PyBytes.TYPE, "__getitem__", "__mod__", "__rmod__", "__hash__");
        SlotWrappers.install(PyTuple.TYPE, "__getitem__", "__hash__");
        SlotWrappers.install(PyByteArray.TYPE, "__getitem__", "__setitem__", "__delitem__", "__mod__", "__rmod__");
        SlotWrappers.install(PyList.TYPE, "__setitem__", "__delitem__");
        SequenceExtras.install();
        SlotWrappers.install(PyRange.TYPE, "__len__", "__iter__", "__contains__", "__getitem__", "__bool__", "__hash__");
        SlotWrappers.install(PyRange.TYPE, COMPARISONS);
    }

    private static void containers() {
        SlotWrappers.install(PyDict.TYPE, "__len__", "__iter__", "__setitem__", "__delitem__", "__or__");
        BuiltinNames.define(PyDict.TYPE, "__ror__", PySlotWrapper.exact(PyDict.TYPE, "__ror__", 1,
                (s, a, k) -> a[0] instanceof PyDict other ? other.or(s) : PyNotImplemented.INSTANCE));
        SlotWrappers.install(PyDict.TYPE, COMPARISONS);
        for (PyType t : new PyType[] {PySet.TYPE, PyFrozenSet.TYPE}) {
            SlotWrappers.install(t, "__len__", "__iter__", "__and__", "__or__", "__sub__", "__xor__");
            SlotWrappers.install(t, COMPARISONS);
            for (String r : new String[] {"__rand__", "__ror__", "__rxor__", "__rsub__"}) {
                BuiltinNames.define(t, r, SlotWrappers.reflectedSetOp(t, r));
            }
        }
        SlotWrappers.install(PyFrozenSet.TYPE, "__hash__");
        for (PyType t : new PyType[] {PyDictView.KEYS, PyDictView.ITEMS}) {
            SlotWrappers.install(t, "__len__", "__iter__", "__contains__", "__and__", "__rand__", "__or__", "__ror__",
                    "__sub__", "__rsub__", "__xor__", "__rxor__");
            SlotWrappers.install(t, COMPARISONS);
        }
        SlotWrappers.install(PyDictView.VALUES, "__len__", "__iter__");
        ContainerExtras.install();
    }

    private static void iterators() {
        PyType[] types = {
            PySequenceIterator.LIST_ITERATOR, PySequenceIterator.TUPLE_ITERATOR, PyStr.PyStrIterator.TYPE,
            PyRange.Iterator.TYPE, PyRange.BigIterator.TYPE, PyAnySet.Iterator.TYPE, PyDictIterator.KEY_ITERATOR,
            PyDictIterator.VALUE_ITERATOR, PyDictIterator.ITEM_ITERATOR, IteratorTypes.DICT_REVERSE_KEY,
            IteratorTypes.DICT_REVERSE_VALUE, IteratorTypes.DICT_REVERSE_ITEM, PyBytesLike.Iterator.BYTES,
            PyBytesLike.Iterator.BYTEARRAY, PyMemoryView.Iterator.TYPE, IteratorTypes.CallableIter.TYPE, PySequenceIteratorOfGetItem.TYPE,
            IteratorTypes.ListReverse.TYPE, IteratorTypes.REVERSED, IteratorTypes.Enumerate.TYPE, IteratorTypes.Zip.TYPE,
            IteratorTypes.MapIter.TYPE, IteratorTypes.Filter.TYPE, PyGenerator.TYPE,
        };
        for (PyType t : types) {
            SlotWrappers.install(t, "__iter__", "__next__");
        }
        PyGenericAlias.installOn(IteratorTypes.Enumerate.TYPE);
        IteratorState.install();
        BuiltinReduce.install();
    }

    private static void callables() {
        SlotWrappers.install(PyFunction.TYPE, "__call__", "__get__");
        SlotWrappers.install(PyMethod.TYPE, "__call__");
        SlotWrappers.install(PyBuiltinFunction.TYPE, "__call__");
        SlotWrappers.install(PyStaticMethod.TYPE, "__call__", "__get__");
        SlotWrappers.install(PyClassMethod.TYPE, "__get__");
        SlotWrappers.install(PyProperty.TYPE, "__get__", "__set__", "__delete__");
        PyCode.install();
        PyFrame.install();
        PyMethodDescriptor.install();
        SlotWrappers.install(PySuper.TYPE, "__get__");
        CallableAttributes.install();
    }

    private static void singletons() {
        SlotWrappers.install(PyNone.TYPE, "__bool__");
        SlotWrappers.install(PyNotImplemented.TYPE, "__bool__");
    }

    /**
     * Puts {@code value} in {@code t}'s dict as {@code name} unless the type's own setup already
     * defined that name (the type's own definition is the more specific one).
     */
    static void define(PyType t, String name, PyObject value) {
        PyObject existing = t.ownAttribute(name);
        // A slot wrapper also takes the place of the descriptor DerivedTypes made for derived
        // classes: it answers for derived instances itself (see PySlotWrapper).
        if (existing == null || value instanceof PySlotWrapper && DerivedTypes.isDunderDescriptor(existing)) {
            t.define(name, value);
        }
    }

    /** Adds a read-only computed attribute {@code name} to {@code t}. */
    static void getset(PyType t, String name, Function<PyObject, PyObject> getter) {
        define(t, name, new PyGetSetDescriptor(t, name, getter));
    }

    /** Adds a method {@code name} to {@code t}. */
    static void method(PyType t, String name, PyMethodDescriptor.Body body) {
        define(t, name, new PyMethodDescriptor(t, name, body));
    }

    /** Adds a method {@code name} taking no arguments (CPython's METH_NOARGS messages). */
    static void noArgs(PyType t, String name, Function<PyObject, PyObject> f) {
        method(t, name, (s, a, k) -> {
            ArgParser.noArgs(t.name() + "." + name, a, k);
            return f.apply(s);
        });
    }

    /** Adds a method {@code name} of one argument: CPython's "X.name() takes exactly one argument (N given)". */
    static void oneArg(PyType t, String name, java.util.function.BiFunction<PyObject, PyObject, PyObject> f) {
        method(t, name, (s, a, k) -> {
            ArgParser.noKeywords(t.name() + "." + name, k);
            ArgParser.arity(t.name() + "." + name, a, 1, 1);
            return f.apply(s, a[0]);
        });
    }
}
