package dev.terrarium.runtime;

import java.lang.invoke.MethodHandle;

/**
 * A generator: a suspended Python function. Its body is compiled to a resumable method
 * {@code (PyGenerator, sent, thrown) -> yielded value or null when finished}: at each
 * yield it saves its JVM locals in {@link #frame}, records which yield it stopped at in
 * {@link #state}, and returns; resuming jumps back there (compare CPython's
 * {@code gen_send_ex}). Coroutines and asynchronous generators ({@link PyCoroutine},
 * {@link PyAsyncGenerator}) are generators too: the same resumable body, another type.
 */
public class PyGenerator extends PyObject {
    public static final PyType TYPE = PyType.builtin("generator", PyType.OBJECT, null);

    static {
        TYPE.define("send", new PyMethodDescriptor(TYPE, "send", (s, a, k) -> {
            ArgParser.noKeywords("send", k);
            ArgParser.arity("send", a, 1, 1);
            return ((PyGenerator) s).send(a[0]);
        }));
        TYPE.define("throw", new PyMethodDescriptor(TYPE, "throw", (s, a, k) -> {
            ArgParser.noKeywords("throw", k);
            ArgParser.arity("throw", a, 1, 3);
            return ((PyGenerator) s).throwIn(a);
        }));
        TYPE.define("close", new PyMethodDescriptor(TYPE, "close", (s, a, k) -> {
            ((PyGenerator) s).close();
            return PyNone.INSTANCE;
        }));
    }

    private final String name;
    private final String qualname;
    private final MethodHandle resume;
    /** The body's JVM locals while suspended, by slot. */
    public final Object[] frame;
    /** 0 before the first run, else the number of the yield it is suspended at. */
    public int state;
    boolean running;
    boolean finished;
    private PyObject returnValue = PyNone.INSTANCE;
    /**
     * What a coroutine or async generator suspended in an {@code await} is awaiting (its
     * {@code cr_await}/{@code ag_await}); the compiled await sets and clears it.
     */
    public PyObject awaiting;
    /** The code object of the generator function, or null when made without one. */
    private final PyCode code;

    public PyGenerator(String name, String qualname, MethodHandle resume, Object[] frame) {
        this(name, qualname, resume, frame, null);
    }

    /** A generator whose function's code object is {@code code} ({@code gi_code}). */
    public PyGenerator(String name, String qualname, MethodHandle resume, Object[] frame, PyCode code) {
        this.code = code;
        this.name = name;
        this.qualname = qualname;
        this.resume = resume;
        this.frame = frame;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<" + type().name() + " object " + qualname + " at 0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(this) * 16L) + ">";
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "__name__": return PyStr.of(name);
            case "__qualname__": return PyStr.of(qualname);
            default: break;
        }
        if (getClass() != PyGenerator.class) {
            // Coroutines and async generators name these cr_* / ag_* (their types' getsets).
            return super.getAttr(attr);
        }
        return switch (attr) {
            case "gi_running" -> PyBool.of(running);
            case "gi_code" -> codeObject(attr);
            case "gi_suspended" -> PyBool.of(!finished && !running && state != 0);
            case "gi_yieldfrom" -> yieldFrom();
            case "gi_frame" -> frameObject();
            default -> super.getAttr(attr);
        };
    }

    /** The function's code object ({@code gi_code}, {@code cr_code}, {@code ag_code}). */
    PyObject codeObject(String attr) {
        if (code == null) {
            throw PyErrors.noAttribute(this, attr);
        }
        return code;
    }

    /** The suspended body's frame ({@code gi_frame}, {@code cr_frame}, {@code ag_frame}); None once finished. */
    PyObject frameObject() {
        return finished || code == null ? PyNone.INSTANCE : new PyFrame(this, code);
    }

    /** Whether the body has returned or raised. */
    boolean isFinished() {
        return finished;
    }

    /** The line the generator is suspended at, or the code's first line before it started. */
    int currentLine() {
        return state == 0 || code == null ? (code == null ? 0 : code.firstLine()) : code.yieldLine(state);
    }

    /** The iterator a suspended {@code yield from} delegates to ({@code gi_yieldfrom}), else None. */
    private PyObject yieldFrom() {
        int slot = finished || running || code == null ? -1 : code.delegateSlot(state);
        Object o = slot >= 0 && slot < frame.length ? frame[slot] : null;
        return o instanceof PyObject p ? p : PyNone.INSTANCE;
    }

    /** What {@code return value} in the body left: the StopIteration value. */
    public PyObject returnValue() {
        return returnValue;
    }

    /** Called by the body's {@code return}: finishes the generator. */
    public static PyObject finish(PyGenerator g, PyObject value) {
        g.returnValue = value;
        return null;
    }

    /** {@code send(value)}: the next value yielded, or StopIteration with the return value. */
    PyObject send(PyObject value) {
        if (state == 0 && value != PyNone.INSTANCE && !finished) {
            throw PyErrors.typeError("can't send non-None value to a just-started %s", kindName());
        }
        return stopIfDone(resume(value, null));
    }

    /** {@code throw(type[, value[, tb]])} with the arguments already counted. */
    PyObject throwIn(PyObject[] a) {
        PyObject exc = a.length >= 2 && a[1] != PyNone.INSTANCE ? a[1] : a[0];
        PyBaseException value = exc instanceof PyBaseException b ? b : Ops.raise(exc).value();
        return stopIfDone(resumeThrowing(value));
    }

    /**
     * Resumes with {@code thrown} raised where the body is suspended; a body that has not
     * started yet does not run: the exception is raised at its start, which finishes it.
     */
    PyObject resumeThrowing(PyBaseException thrown) {
        if (state == 0 && !finished && !running) {
            finished = true;
            throw new PyException(thrown);
        }
        return resume(PyNone.INSTANCE, thrown);
    }

    /** The word CPython's messages use for this kind of generator. */
    String kindName() {
        return "generator";
    }

    /** Raises StopIteration(returnValue) for send/throw on a finished generator. */
    private PyObject stopIfDone(PyObject yielded) {
        if (yielded == null) {
            PyObject[] args = returnValue == PyNone.INSTANCE ? NO_ARGS : new PyObject[] {returnValue};
            throw new PyException(PyExc.create(PyExc.StopIteration, args));
        }
        return yielded;
    }

    /** Runs the body until its next yield; null when it finished. */
    PyObject resume(PyObject sent, PyBaseException thrown) {
        if (finished) {
            if (thrown != null) {
                throw new PyException(thrown);
            }
            if (this instanceof PyCoroutine) {
                throw PyErrors.runtimeError("cannot reuse already awaited coroutine");
            }
            return null;
        }
        if (running) {
            throw PyErrors.valueError("%s already executing", kindName());
        }
        if (state == 0 && thrown != null) {
            // thrown into a just-started generator: raised at its first line, before any try
            finished = true;
            throw new PyException(thrown);
        }
        running = true;
        CallDepth.enter();
        try {
            PyObject r = (PyObject) resume.invokeExact(this, sent, (PyObject) thrown);
            if (r == null) {
                finished = true;
            }
            return r;
        } catch (PyException e) {
            finished = true;
            boolean stopAsync = this instanceof PyAsyncGenerator && e.matches(PyExc.StopAsyncIteration);
            if (e.matches(PyExc.StopIteration) || stopAsync) {
                // PEP 479: a StopIteration escaping the body becomes a RuntimeError.
                PyBaseException err = PyExc.create(PyExc.RuntimeError, PyStr.of(kindName() + " raised "
                        + (stopAsync ? "StopAsyncIteration" : "StopIteration")));
                err.cause = e.value();
                err.context = e.value();
                throw new PyException(err);
            }
            throw e;
        } catch (RuntimeException | Error e) {
            finished = true;
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        } finally {
            running = false;
            CallDepth.exit();
        }
    }

    void close() {
        if (finished || state == 0) {
            finished = true;
            return;
        }
        try {
            PyObject r = resume(PyNone.INSTANCE, PyExc.create(PyExc.GeneratorExit));
            if (r != null) {
                throw PyErrors.runtimeError("%s ignored GeneratorExit", kindName());
            }
        } catch (PyException e) {
            if (!e.matches(PyExc.GeneratorExit) && !e.matches(PyExc.StopIteration)) {
                throw e;
            }
        }
    }

    /**
     * CPython's {@code _PyGen_Finalize} ({@code __del__}, and {@code frame.clear()} of the
     * body's frame): closes a started or unstarted generator that has not finished. A
     * coroutine never started is left as it is: CPython only warns that it was never awaited
     * (no warnings here, see docs/DIFFERENCES.md). No async generator finalizer hook is
     * installed here, so an async generator is closed like a generator.
     */
    void finalizeBody() {
        if (finished || (this instanceof PyCoroutine && state == 0)) {
            return;
        }
        close();
    }

    @Override
    public PyObject iter() {
        return this;
    }

    @Override
    public PyObject next() {
        return resume(PyNone.INSTANCE, null);
    }
}
