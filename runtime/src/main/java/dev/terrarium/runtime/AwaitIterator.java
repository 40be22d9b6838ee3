package dev.terrarium.runtime;

/**
 * An iterator written in Java that an {@code await} drives: a coroutine's
 * {@code __await__()} wrapper, an async generator's {@code asend()}/{@code athrow()}
 * awaitables, the step of an {@code async for}. {@link #step} is CPython's {@code send} and
 * {@code throw} in one: it returns the next value to pass up to whoever drives the outermost
 * coroutine (the event loop), or null once finished, when {@link #result} is the value of the
 * await (the StopIteration value at Python level).
 */
public abstract class AwaitIterator extends PyObject {
    private PyObject result = PyNone.INSTANCE;

    /** Resumes with {@code sent}, or with {@code thrown} raised at the point of suspension. */
    abstract PyObject step(PyObject sent, PyBaseException thrown);

    /** {@code close()}: by default nothing is left to clean up. */
    void close() {}

    /** Finishes with {@code value} as the await's result: returns null for {@link #step}. */
    final PyObject finish(PyObject value) {
        result = value;
        return null;
    }

    final PyObject result() {
        return result;
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        return step(PyNone.INSTANCE, null);
    }

    /**
     * Defines send, throw, close, __next__ and __iter__ (and __await__ if {@code awaitable})
     * on {@code t}: at Python level, finishing raises StopIteration(result).
     */
    static void defineMethods(PyType t, boolean awaitable) {
        BuiltinNames.method(t, "send", (s, a, k) -> {
            ArgParser.noKeywords("send", k);
            ArgParser.arity("send", a, 1, 1);
            return stopIfDone((AwaitIterator) s, ((AwaitIterator) s).step(a[0], null));
        });
        BuiltinNames.method(t, "throw", (s, a, k) -> {
            ArgParser.noKeywords("throw", k);
            ArgParser.arity("throw", a, 1, 3);
            PyObject exc = a.length >= 2 && a[1] != PyNone.INSTANCE ? a[1] : a[0];
            PyBaseException value = exc instanceof PyBaseException b ? b : Ops.raise(exc).value();
            return stopIfDone((AwaitIterator) s, ((AwaitIterator) s).step(PyNone.INSTANCE, value));
        });
        BuiltinNames.method(t, "close", (s, a, k) -> {
            ArgParser.noArgs("close", a, k);
            ((AwaitIterator) s).close();
            return PyNone.INSTANCE;
        });
        BuiltinNames.method(t, "__next__", (s, a, k) -> {
            ArgParser.noArgs("__next__", a, k);
            return stopIfDone((AwaitIterator) s, ((AwaitIterator) s).step(PyNone.INSTANCE, null));
        });
        BuiltinNames.method(t, "__iter__", (s, a, k) -> {
            ArgParser.noArgs("__iter__", a, k);
            return s;
        });
        if (awaitable) {
            BuiltinNames.method(t, "__await__", (s, a, k) -> {
                ArgParser.noArgs("__await__", a, k);
                return s;
            });
        }
    }

    private static PyObject stopIfDone(AwaitIterator it, PyObject yielded) {
        if (yielded == null) {
            PyObject r = it.result();
            PyObject[] args = r == PyNone.INSTANCE ? NO_ARGS : new PyObject[] {r};
            throw new PyException(PyExc.create(PyExc.StopIteration, args));
        }
        return yielded;
    }
}
