package dev.terrarium.runtime;

/**
 * A built-in iterator with CPython's {@code __reduce__}: what rebuilds it at its current
 * position ({@code (enumerate, (iterator, index))}, {@code (iter, (sequence,), index)}...).
 */
interface ReducibleIterator {
    /** The {@code __reduce__} tuple, as CPython's iterator of the same type answers. */
    PyObject reduce();
}
