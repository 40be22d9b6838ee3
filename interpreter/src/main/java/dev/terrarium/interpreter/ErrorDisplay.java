package dev.terrarium.interpreter;

import dev.terrarium.runtime.GuestIO;
import dev.terrarium.runtime.Ops;
import dev.terrarium.runtime.PyBaseException;
import dev.terrarium.runtime.PyBuiltinFunction;
import dev.terrarium.runtime.PyDict;
import dev.terrarium.runtime.PyException;
import dev.terrarium.runtime.PyExc;
import dev.terrarium.runtime.PyNone;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import dev.terrarium.runtime.SysModule;

/**
 * Where an uncaught exception is shown: through {@code sys.excepthook}, whose default writes
 * the traceback to the <em>current</em> {@code sys.stderr} object, as CPython's
 * {@code PyErr_Display} does ({@code Python/pythonrun.c}). A guest that replaced
 * {@code sys.stderr} gets the text through its object's {@code write}; {@code None} swallows
 * it; a deleted {@code sys.stderr} leaves CPython's "lost sys.stderr" on fd 2. A hook that
 * fails is reported as CPython reports it ("Error in sys.excepthook:", then the original).
 */
final class ErrorDisplay {
    private final CodeRegistry registry;

    private ErrorDisplay(CodeRegistry registry) {
        this.registry = registry;
    }

    /** Installs {@code sys.excepthook} and {@code sys.__excepthook__} (the default hook) for this run. */
    static void install(CodeRegistry registry) {
        ErrorDisplay display = new ErrorDisplay(registry);
        PyBuiltinFunction hook = new PyBuiltinFunction("excepthook", (a, k) -> {
            if (k != null && k.length > 0 || a.length != 3) {
                throw dev.terrarium.runtime.PyErrors.typeError("excepthook expected 3 arguments, got %d", a.length);
            }
            if (!(a[1] instanceof PyBaseException value)) {
                // CPython reports this on stderr rather than raising
                display.write("TypeError: print_exception(): Exception expected for value, " + a[1].type().name()
                        + " found\n");
                return PyNone.INSTANCE;
            }
            display.writeTraceback(value.carrier() != null ? value.carrier() : new PyException(value));
            return PyNone.INSTANCE;
        });
        SysModule.get().setAttr("excepthook", hook);
        SysModule.get().setAttr("__excepthook__", hook);
        defaultHook = hook;
    }

    /** The default hook of this run: called directly with the exception as it was caught. */
    private static PyObject defaultHook;

    /** Shows the uncaught exception {@code e} as CPython does: through {@code sys.excepthook}. */
    static void uncaught(PyException e, CodeRegistry registry) {
        PyObject hook = SysModule.get().dict().get(PyStr.of("excepthook"));
        ErrorDisplay display = new ErrorDisplay(registry);
        if (hook == null || hook == PyNone.INSTANCE) {
            // CPython: "sys.excepthook is missing", then the exception on the C stderr
            GuestIO.writeStderr("sys.excepthook is missing\n");
            GuestIO.writeStderr(Traceback.format(e, registry));
            return;
        }
        PyBaseException value = e.value();
        PyObject tb = value.getAttr("__traceback__");
        try {
            if (hook == defaultHook) {
                display.writeTraceback(e);
                return;
            }
            Ops.call(hook, new PyObject[] {value.type(), value, tb}, null);
        } catch (PyException failure) {
            if (failure.matches(PyExc.SystemExit)) {
                throw failure;
            }
            display.write("Error in sys.excepthook:\n");
            display.writeTraceback(failure);
            display.write("\nOriginal exception was:\n");
            display.writeTraceback(e);
        } finally {
            // what the hook or a replaced sys.stderr printed to stdout goes out before the run ends
            GuestIO.flushStdout();
        }
    }

    /** Writes {@code text} (an error report) to the current {@code sys.stderr}, as CPython's PyFile_WriteString. */
    static void writeStderr(String text) {
        PyDict sys = SysModule.get().dict();
        PyObject err = sys.get(PyStr.of("stderr"));
        if (err == null) {
            GuestIO.writeStderr("lost sys.stderr\n");
            return;
        }
        if (err == PyNone.INSTANCE) {
            return;
        }
        GuestIO.flushStdout();
        Ops.callMethod(Ops.loadMethod(err, "write"), err, new PyObject[] {PyStr.of(text)}, null);
    }

    private void writeTraceback(PyException e) {
        write(Traceback.format(e, registry));
    }

    private void write(String text) {
        try {
            writeStderr(text);
        } catch (PyException failure) {
            // a sys.stderr that cannot write: CPython gives up on the report too
        }
    }
}
