package dev.terrarium.runtime;

/**
 * What compiled {@code await}, {@code async for}, {@code async with} and async generators
 * call, and the built-ins {@code aiter} and {@code anext} (compare CPython's GET_AWAITABLE,
 * GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH in ceval.c and {@code _PyCoro_GetAwaitableIter}).
 */
public final class Coroutines {
    private Coroutines() {}

    /** What an {@code async for} step finishes with when the iterator is exhausted. */
    public static final PyObject END = new PyPlainObject(PyType.OBJECT);

    /** {@code await o}: the iterator the await drives. */
    public static PyObject getAwaitable(PyObject o) {
        return awaitable(o, null);
    }

    /** The awaitable's iterator; {@code context} names where a bad one came from (null: a plain await). */
    private static PyObject awaitable(PyObject o, String context) {
        if (o instanceof PyCoroutine c) {
            if (c.awaiting != null && !c.finished) {
                throw PyErrors.runtimeError("coroutine is being awaited already");
            }
            return c;
        }
        if (o instanceof AwaitIterator) {
            return o;
        }
        PyObject method = o.type().lookup("__await__");
        if (method == null) {
            if (context != null) {
                throw PyErrors.typeError("%s that does not implement __await__: %s", context, o.type().name());
            }
            throw PyErrors.typeError("object %s can't be used in 'await' expression", o.type().name());
        }
        PyObject it = method.bindTo(o).call0();
        if (it instanceof PyCoroutine) {
            throw PyErrors.typeError("__await__() returned a coroutine");
        }
        if (!isIterator(it)) {
            throw PyErrors.typeError("__await__() returned non-iterator of type '%s'", it.type().name());
        }
        return it;
    }

    private static boolean isIterator(PyObject o) {
        if (o instanceof PyGenerator || o instanceof AwaitIterator) {
            return !(o instanceof PyCoroutine || o instanceof PyAsyncGenerator);
        }
        return o.type().lookup("__next__") != null;
    }

    /** {@code yield v} in an async generator: v marked as a value for asend(), not one an await passes up. */
    public static PyObject wrapYield(PyObject value) {
        return PyAsyncGenerator.wrap(value);
    }

    // ---- async for ----------------------------------------------------------------------

    /** {@code async for x in o}: {@code type(o).__aiter__(o)}, checked. */
    public static PyObject asyncIter(PyObject o) {
        PyObject method = o.type().lookup("__aiter__");
        if (method == null) {
            throw PyErrors.typeError("'async for' requires an object with __aiter__ method, got %s", o.type().name());
        }
        PyObject it = method.bindTo(o).call0();
        if (it.type().lookup("__anext__") == null) {
            throw PyErrors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    it.type().name());
        }
        return it;
    }

    /**
     * One step of an {@code async for}: awaits {@code __anext__()}, finishing with the next
     * item, or with {@link #END} when that raises StopAsyncIteration.
     */
    public static PyObject asyncForNext(PyObject iterator) {
        PyObject next = iterator.type().lookup("__anext__").bindTo(iterator).call0();
        PyObject inner;
        if (next instanceof PyCoroutine || next instanceof AwaitIterator) {
            inner = awaitable(next, null);
        } else {
            PyObject method = next.type().lookup("__await__");
            if (method == null) {
                throw PyErrors.typeError("'async for' received an invalid object from __anext__: %s", next.type().name());
            }
            inner = awaitable(next, null);
        }
        return new ForStep(inner);
    }

    /** An {@code async for} step: the awaited {@code __anext__()}, with StopAsyncIteration as the end. */
    private static final class ForStep extends AwaitIterator {
        static final PyType TYPE = PyType.builtin("async_for_step", PyType.OBJECT, null);
        private final PyObject inner;

        ForStep(PyObject inner) {
            this.inner = inner;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        PyObject step(PyObject sent, PyBaseException thrown) {
            try {
                PyObject r = thrown == null ? Ops.delegate(inner, sent) : Ops.delegateThrow(inner, thrown);
                return r == null ? finish(Ops.delegateResult(inner)) : r;
            } catch (PyException e) {
                if (e.matches(PyExc.StopAsyncIteration)) {
                    return finish(END);
                }
                throw e;
            }
        }
    }

    // ---- async with ---------------------------------------------------------------------

    /** {@code async with m}: {@code type(m).__aexit__} bound to m, looked up before __aenter__ is called. */
    public static PyObject asyncWithExit(PyObject manager) {
        PyObject enter = manager.type().lookup("__aenter__");
        PyObject exit = manager.type().lookup("__aexit__");
        if (enter == null || exit == null) {
            throw PyErrors.typeError("'%s' object does not support the asynchronous context manager protocol",
                    manager.type().name());
        }
        return exit.bindTo(manager);
    }

    /** The awaitable of {@code __aenter__()}. */
    public static PyObject asyncWithEnter(PyObject manager) {
        PyObject r = manager.type().lookup("__aenter__").bindTo(manager).call0();
        return awaitable(r, "'async with' received an object from __aenter__");
    }

    /** Leaving an async with block normally: the awaitable of {@code __aexit__(None, None, None)}. */
    public static PyObject asyncWithExitNormally(PyObject exit) {
        PyObject r = exit.call3(PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
        return awaitable(r, "'async with' received an object from __aexit__");
    }

    /** Leaving an async with block by an exception: the awaitable of {@code __aexit__(type, value, tb)}. */
    public static PyObject asyncWithExitRaising(PyObject exit, PyException e) {
        PyBaseException v = e.value();
        PyObject r = exit.call3(v.type(), v, PyNone.INSTANCE);
        return awaitable(r, "'async with' received an object from __aexit__");
    }

    // ---- builtins -----------------------------------------------------------------------

    /** {@code aiter(o)}. */
    static PyObject aiter(PyObject[] a, String[] k) {
        ArgParser.noKeywords("aiter", k);
        ArgParser.arity("aiter", a, 1, 1);
        PyObject method = a[0].type().lookup("__aiter__");
        if (method == null) {
            throw PyErrors.typeError("'%s' object is not an async iterable", a[0].type().name());
        }
        PyObject it = method.bindTo(a[0]).call0();
        if (it.type().lookup("__anext__") == null) {
            throw PyErrors.typeError("aiter() returned not an async iterator of type '%s'", it.type().name());
        }
        return it;
    }

    /** {@code anext(iterator[, default])}. */
    static PyObject anext(PyObject[] a, String[] k) {
        ArgParser.noKeywords("anext", k);
        ArgParser.arity("anext", a, 1, 2);
        PyObject method = a[0].type().lookup("__anext__");
        if (method == null) {
            throw PyErrors.typeError("'%s' object is not an async iterator", a[0].type().name());
        }
        PyObject awaitable = method.bindTo(a[0]).call0();
        return a.length == 1 ? awaitable : new ANextWithDefault(awaitable, a[1]);
    }

    /** {@code anext(it, default)}: awaits {@code it.__anext__()}, finishing with default at StopAsyncIteration. */
    private static final class ANextWithDefault extends AwaitIterator {
        static final PyType TYPE = PyType.builtin("anext_awaitable", PyType.OBJECT, null);

        static {
            defineMethods(TYPE, true);
        }

        private final PyObject awaitable;
        private final PyObject defaultValue;
        private PyObject inner;

        ANextWithDefault(PyObject awaitable, PyObject defaultValue) {
            this.awaitable = awaitable;
            this.defaultValue = defaultValue;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        PyObject step(PyObject sent, PyBaseException thrown) {
            try {
                if (inner == null) {
                    inner = awaitable(awaitable, null);
                }
                PyObject r = thrown == null ? Ops.delegate(inner, sent) : Ops.delegateThrow(inner, thrown);
                return r == null ? finish(Ops.delegateResult(inner)) : r;
            } catch (PyException e) {
                if (e.matches(PyExc.StopAsyncIteration)) {
                    return finish(defaultValue);
                }
                throw e;
            }
        }
    }
}
