package dev.terrarium.runtime;

import java.lang.invoke.MethodHandle;

/**
 * What calling an {@code async def} function with a yield returns (CPython's
 * {@code PyAsyncGen_Type}). The body is a generator whose {@code yield v} yields v wrapped
 * ({@link Wrapped}) and whose awaits yield what the awaited objects yield. {@code asend()},
 * {@code athrow()} and {@code aclose()} return awaitables that run the body until its next
 * wrapped value, which becomes the await's result, and pass every other value up to the
 * event loop.
 */
public final class PyAsyncGenerator extends PyGenerator {
    public static final PyType TYPE = PyType.builtin("async_generator", PyType.OBJECT, null);

    static {
        BuiltinNames.method(TYPE, "asend", (s, a, k) -> {
            ArgParser.noKeywords("asend", k);
            ArgParser.arity("asend", a, 1, 1);
            return new ASend((PyAsyncGenerator) s, a[0]);
        });
        BuiltinNames.method(TYPE, "__anext__", (s, a, k) -> {
            ArgParser.noArgs("__anext__", a, k);
            return new ASend((PyAsyncGenerator) s, PyNone.INSTANCE);
        });
        BuiltinNames.method(TYPE, "__aiter__", (s, a, k) -> {
            ArgParser.noArgs("__aiter__", a, k);
            return s;
        });
        BuiltinNames.method(TYPE, "athrow", (s, a, k) -> {
            ArgParser.noKeywords("athrow", k);
            ArgParser.arity("athrow", a, 1, 3);
            PyObject exc = a.length >= 2 && a[1] != PyNone.INSTANCE ? a[1] : a[0];
            PyBaseException value = exc instanceof PyBaseException b ? b : Ops.raise(exc).value();
            return new AThrow((PyAsyncGenerator) s, value);
        });
        BuiltinNames.method(TYPE, "aclose", (s, a, k) -> {
            ArgParser.noArgs("aclose", a, k);
            return new AThrow((PyAsyncGenerator) s, null);
        });
        for (String name : new String[] {"__name__", "__qualname__"}) {
            BuiltinNames.getset(TYPE, name, g -> g.getAttr(name));
        }
        BuiltinNames.getset(TYPE, "ag_running", g -> PyBool.of(((PyGenerator) g).running));
        BuiltinNames.getset(TYPE, "ag_await", g -> PyCoroutine.awaitingOf((PyGenerator) g));
        BuiltinNames.getset(TYPE, "ag_code", g -> ((PyGenerator) g).codeObject("ag_code"));
        BuiltinNames.getset(TYPE, "ag_frame", g -> ((PyGenerator) g).frameObject());
        PyGenericAlias.installOn(TYPE);
    }

    /** An asend() or athrow() awaitable is running the body (CPython's ag_running_async). */
    private boolean runningAsync;
    /** aclose() was called (CPython's ag_closed). */
    private boolean closed;

    public PyAsyncGenerator(String name, String qualname, MethodHandle resume, Object[] frame) {
        super(name, qualname, resume, frame);
    }

    /** One whose function's code object is {@code code} ({@code ag_code}). */
    public PyAsyncGenerator(String name, String qualname, MethodHandle resume, Object[] frame, PyCode code) {
        super(name, qualname, resume, frame, code);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String kindName() {
        return "async generator";
    }

    @Override
    public PyObject iter() {
        throw PyErrors.typeError("'async_generator' object is not iterable");
    }

    @Override
    public PyObject next() {
        throw PyErrors.typeError("'async_generator' object is not an iterator");
    }

    /** What the body's {@code yield v} yields: v, marked as the result of an asend(). */
    public static PyObject wrap(PyObject value) {
        return new Wrapped(value);
    }

    /** Runs the body; an exception raised at its start (a throw into a fresh generator) finishes it there. */
    private PyObject run(PyObject sent, PyBaseException thrown) {
        return thrown != null ? resumeThrowing(thrown) : resume(sent, thrown);
    }

    /** The body's yielded value, seen from an asend() or athrow() (CPython's async_gen_unwrap_value). */
    private PyObject unwrap(AwaitIterator awaitable, PyObject r) {
        if (r == null) {
            runningAsync = false;
            throw new PyException(PyExc.create(PyExc.StopAsyncIteration));
        }
        if (r instanceof Wrapped w) {
            runningAsync = false;
            return awaitable.finish(w.value);
        }
        return r;
    }

    /** A value the body yielded (not one an await passes up); never seen by Python code. */
    static final class Wrapped extends PyObject {
        static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", PyType.OBJECT, null);
        final PyObject value;

        Wrapped(PyObject value) {
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** {@code asend(value)} and {@code __anext__()} (CPython's async_generator_asend). */
    static final class ASend extends AwaitIterator {
        static final PyType TYPE = PyType.builtin("async_generator_asend", PyType.OBJECT, null);

        static {
            defineMethods(TYPE, true);
        }

        private final PyAsyncGenerator gen;
        private final PyObject value;
        private boolean started;
        private boolean done;

        ASend(PyAsyncGenerator gen, PyObject value) {
            this.gen = gen;
            this.value = value;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        PyObject step(PyObject sent, PyBaseException thrown) {
            if (done) {
                throw PyErrors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (!started) {
                if (gen.runningAsync) {
                    done = true;
                    throw PyErrors.runtimeError("anext(): asynchronous generator is already running");
                }
                if (sent == PyNone.INSTANCE) {
                    sent = value;
                }
                started = true;
                gen.runningAsync = true;
            }
            try {
                PyObject r = gen.unwrap(this, gen.run(sent, thrown));
                done = r == null;
                return r;
            } catch (PyException e) {
                done = true;
                gen.runningAsync = false;
                throw e;
            }
        }

        @Override
        void close() {
            done = true;
        }
    }

    /** {@code athrow(...)} and, with no exception, {@code aclose()} (CPython's async_generator_athrow). */
    static final class AThrow extends AwaitIterator {
        static final PyType TYPE = PyType.builtin("async_generator_athrow", PyType.OBJECT, null);

        static {
            defineMethods(TYPE, true);
        }

        private final PyAsyncGenerator gen;
        /** The exception to throw in; null for aclose(), which throws GeneratorExit. */
        private final PyBaseException exc;
        private boolean started;
        private boolean done;

        AThrow(PyAsyncGenerator gen, PyBaseException exc) {
            this.gen = gen;
            this.exc = exc;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        PyObject step(PyObject sent, PyBaseException thrown) {
            if (done) {
                throw PyErrors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.finished) {
                done = true;
                return finish(PyNone.INSTANCE);
            }
            PyObject r;
            try {
                if (!started) {
                    if (gen.runningAsync) {
                        done = true;
                        throw PyErrors.runtimeError(exc == null ? "aclose(): asynchronous generator is already running"
                                : "athrow(): asynchronous generator is already running");
                    }
                    if (gen.closed) {
                        done = true;
                        throw new PyException(PyExc.create(PyExc.StopAsyncIteration));
                    }
                    if (sent != PyNone.INSTANCE) {
                        throw PyErrors.runtimeError("can't send non-None value to a just-started coroutine");
                    }
                    started = true;
                    gen.runningAsync = true;
                    if (exc == null) {
                        gen.closed = true;
                        r = gen.run(PyNone.INSTANCE, PyExc.create(PyExc.GeneratorExit));
                    } else {
                        r = gen.run(PyNone.INSTANCE, exc);
                    }
                } else {
                    r = gen.run(sent, thrown);
                }
            } catch (PyException e) {
                done = true;
                gen.runningAsync = false;
                if (exc == null && (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit))) {
                    return finish(PyNone.INSTANCE);
                }
                throw e;
            }
            if (exc == null) {
                if (r instanceof Wrapped) {
                    done = true;
                    gen.runningAsync = false;
                    throw PyErrors.runtimeError("async generator ignored GeneratorExit");
                }
                if (r == null) {
                    done = true;
                    gen.runningAsync = false;
                    return finish(PyNone.INSTANCE);
                }
                return r;
            }
            try {
                PyObject out = gen.unwrap(this, r);
                done = out == null;
                return out;
            } catch (PyException e) {
                done = true;
                throw e;
            }
        }

        @Override
        void close() {
            done = true;
        }
    }
}
