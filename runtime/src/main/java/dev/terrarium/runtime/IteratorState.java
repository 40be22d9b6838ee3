package dev.terrarium.runtime;

import java.math.BigInteger;

/**
 * Installs {@code __reduce__}, {@code __length_hint__} and {@code __setstate__} on the built-in
 * iterator types that CPython 3.11 gives them (see {@link SavableIterator}); each type has
 * exactly the names CPython's has (BuiltinNamesTest checks).
 */
final class IteratorState {
    private IteratorState() {}

    static void install() {
        PyType[] resumable = {
            PySequenceIterator.LIST_ITERATOR, PySequenceIterator.TUPLE_ITERATOR, PyStr.PyStrIterator.TYPE,
            PyRange.Iterator.TYPE, PyRange.BigIterator.TYPE, PyBytesLike.Iterator.BYTES, PyBytesLike.Iterator.BYTEARRAY,
            PySequenceIteratorOfGetItem.TYPE, IteratorTypes.ListReverse.TYPE, IteratorTypes.REVERSED,
        };
        for (PyType t : resumable) {
            reduce(t);
            lengthHint(t);
            BuiltinNames.oneArg(t, "__setstate__", (s, state) -> {
                ((SavableIterator) s).setState(index(state));
                return PyNone.INSTANCE;
            });
        }
        PyType[] counted = {
            PyDictIterator.KEY_ITERATOR, PyDictIterator.VALUE_ITERATOR, PyDictIterator.ITEM_ITERATOR,
            IteratorTypes.DICT_REVERSE_KEY, IteratorTypes.DICT_REVERSE_VALUE, IteratorTypes.DICT_REVERSE_ITEM,
            PyAnySet.Iterator.TYPE,
        };
        for (PyType t : counted) {
            reduce(t);
            lengthHint(t);
        }
        for (PyType t : new PyType[] {IteratorTypes.CallableIter.TYPE, IteratorTypes.Enumerate.TYPE,
            IteratorTypes.Zip.TYPE, IteratorTypes.MapIter.TYPE, IteratorTypes.Filter.TYPE}) {
            reduce(t);
        }
        BuiltinNames.oneArg(IteratorTypes.Zip.TYPE, "__setstate__", (s, state) -> {
            ((IteratorTypes.Zip) s).setStrict(Ops.isTrue(state));
            return PyNone.INSTANCE;
        });
    }

    private static void reduce(PyType t) {
        BuiltinNames.noArgs(t, "__reduce__", s -> ((ReducibleIterator) s).reduce());
    }

    private static void lengthHint(PyType t) {
        BuiltinNames.noArgs(t, "__length_hint__", s -> ((SavableIterator) s).lengthHintObject());
    }

    /** The built-in {@code iter}, which most iterators' reduce tuples name. */
    static PyObject builtinIter() {
        return Builtins.DICT.get(PyStr.of("iter"));
    }

    /** {@code (iter, (x,))}: an exhausted iterator, or one rebuilt from its remaining items. */
    static PyObject iterOf(PyObject x) {
        return PyTuple.of(builtinIter(), PyTuple.of(x));
    }

    /** {@code (iter, (seq,), index)}. */
    static PyObject iterAt(PyObject seq, long index) {
        return PyTuple.of(builtinIter(), PyTuple.of(seq), PyInt.of(index));
    }

    /** A state index as CPython reads it ({@code PyLong_AsSsize_t}: an int, no __index__). */
    static long index(PyObject state) {
        if (!(state instanceof PyInt i)) {
            throw PyErrors.typeError("an integer is required");
        }
        if (!i.isSmall()) {
            throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** {@code index} clamped to {@code [0, size]}, as the forward iterators' __setstate__ does. */
    static long clamp(long index, long size) {
        return Math.max(0, Math.min(index, size));
    }

    /** The range {@code range(start, start + count * step, step)} an iterator over it was made from. */
    static PyObject range(BigInteger start, BigInteger count, BigInteger step) {
        return new PyRange(PyInt.of(start), PyInt.of(start.add(count.multiply(step))), PyInt.of(step));
    }
}
