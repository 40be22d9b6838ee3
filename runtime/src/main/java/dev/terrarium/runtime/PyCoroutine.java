package dev.terrarium.runtime;

import java.lang.invoke.MethodHandle;

/**
 * What calling an {@code async def} function (without yield) returns: a generator whose
 * body's yields are those of the awaitables it awaits, typed {@code coroutine} (compare
 * CPython's {@code PyCoro_Type} in genobject.c). It is not iterable; {@code __await__()}
 * gives the {@code coroutine_wrapper} iterator, and an {@code await} drives it directly.
 * CPython's "coroutine ... was never awaited" RuntimeWarning is not given (see DIFFERENCES.md).
 */
public final class PyCoroutine extends PyGenerator {
    public static final PyType TYPE = PyType.builtin("coroutine", PyType.OBJECT, null);

    static {
        BuiltinNames.method(TYPE, "send", (s, a, k) -> {
            ArgParser.noKeywords("send", k);
            ArgParser.arity("send", a, 1, 1);
            return ((PyCoroutine) s).send(a[0]);
        });
        BuiltinNames.method(TYPE, "throw", (s, a, k) -> {
            ArgParser.noKeywords("throw", k);
            ArgParser.arity("throw", a, 1, 3);
            return ((PyCoroutine) s).throwIn(a);
        });
        BuiltinNames.method(TYPE, "close", (s, a, k) -> {
            ArgParser.noArgs("close", a, k);
            ((PyCoroutine) s).close();
            return PyNone.INSTANCE;
        });
        BuiltinNames.method(TYPE, "__await__", (s, a, k) -> {
            ArgParser.noArgs("__await__", a, k);
            return new Wrapper((PyCoroutine) s);
        });
        for (String name : new String[] {"__name__", "__qualname__"}) {
            BuiltinNames.getset(TYPE, name, g -> g.getAttr(name));
        }
        BuiltinNames.getset(TYPE, "cr_running", g -> PyBool.of(((PyGenerator) g).running));
        BuiltinNames.getset(TYPE, "cr_await", g -> awaitingOf((PyGenerator) g));
        BuiltinNames.getset(TYPE, "cr_code", g -> ((PyGenerator) g).codeObject("cr_code"));
        BuiltinNames.getset(TYPE, "cr_frame", g -> ((PyGenerator) g).frameObject());
        BuiltinNames.getset(TYPE, "cr_suspended", g -> PyBool.of(suspended((PyGenerator) g)));
        BuiltinNames.getset(TYPE, "cr_origin", g -> PyNone.INSTANCE);
    }

    public PyCoroutine(String name, String qualname, MethodHandle resume, Object[] frame) {
        super(name, qualname, resume, frame);
    }

    /** One whose function's code object is {@code code} ({@code cr_code}). */
    public PyCoroutine(String name, String qualname, MethodHandle resume, Object[] frame, PyCode code) {
        super(name, qualname, resume, frame, code);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String kindName() {
        return "coroutine";
    }

    @Override
    public PyObject iter() {
        throw PyErrors.typeError("'coroutine' object is not iterable");
    }

    @Override
    public PyObject next() {
        throw PyErrors.typeError("'coroutine' object is not an iterator");
    }

    static PyObject awaitingOf(PyGenerator g) {
        return g.awaiting == null || g.finished ? PyNone.INSTANCE : g.awaiting;
    }

    static boolean suspended(PyGenerator g) {
        return g.state != 0 && !g.finished && !g.running;
    }

    /** {@code coroutine.__await__()}: CPython's coroutine_wrapper, an iterator over the coroutine. */
    static final class Wrapper extends AwaitIterator {
        static final PyType TYPE = PyType.builtin("coroutine_wrapper", PyType.OBJECT, null);

        static {
            defineMethods(TYPE, false);
        }

        private final PyCoroutine coroutine;

        Wrapper(PyCoroutine coroutine) {
            this.coroutine = coroutine;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        PyObject step(PyObject sent, PyBaseException thrown) {
            if (coroutine.state == 0 && sent != PyNone.INSTANCE && !coroutine.finished) {
                throw PyErrors.typeError("can't send non-None value to a just-started coroutine");
            }
            PyObject r = thrown != null ? coroutine.resumeThrowing(thrown) : coroutine.resume(sent, null);
            return r == null ? finish(coroutine.returnValue()) : r;
        }

        @Override
        void close() {
            coroutine.close();
        }
    }
}
