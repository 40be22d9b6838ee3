package dev.terrarium.runtime;

/**
 * A built-in iterator whose position the copy and pickle protocol can save: {@code __reduce__}
 * gives what rebuilds it (mostly {@code (iter, (sequence,), index)}), {@code __length_hint__}
 * how many items remain, and, for the types CPython gives one, {@code __setstate__} moves it to
 * a saved index. {@link IteratorState} installs the methods on the types.
 */
interface SavableIterator extends ReducibleIterator {
    /** The number of items left, as CPython's {@code __length_hint__} counts them. */
    long lengthHint();

    /**
     * {@link #lengthHint()} as {@code __length_hint__} returns it (an unbounded int, or
     * NotImplemented where CPython cannot tell).
     */
    default PyObject lengthHintObject() {
        return PyInt.of(lengthHint());
    }

    /** {@code __setstate__(index)}: continue from {@code index}, clamped as CPython clamps it. */
    default void setState(long index) {
        throw new UnsupportedOperationException("no __setstate__ on " + getClass().getSimpleName());
    }
}
