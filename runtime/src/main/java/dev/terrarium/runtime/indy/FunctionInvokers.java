package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.CallDepth;
import dev.terrarium.runtime.PyFunction;
import dev.terrarium.runtime.PyObject;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Method handles that call a Python function's body directly, for call sites that link
 * it once they have seen which function they call: the same recursion-depth bookkeeping
 * as {@link PyFunction#call1} and friends, but with the body a constant the JIT can inline.
 */
final class FunctionInvokers {
    private FunctionInvokers() {}

    private static final MethodHandle ENTER;
    private static final MethodHandle EXIT;
    private static final MethodHandle IS_SAME;

    static {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        try {
            ENTER = lookup.findStatic(CallDepth.class, "enter", MethodType.methodType(void.class));
            EXIT = lookup.findStatic(FunctionInvokers.class, "exit",
                    MethodType.methodType(PyObject.class, Throwable.class, PyObject.class));
            IS_SAME = lookup.findStatic(FunctionInvokers.class, "isSame",
                    MethodType.methodType(boolean.class, Object.class, PyObject.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static PyObject exit(Throwable thrown, PyObject result) {
        CallDepth.exit();
        return result;
    }

    private static boolean isSame(Object expected, PyObject actual) {
        return expected == actual;
    }

    /**
     * {@code f}'s body taking exactly {@code arity} PyObjects ({@code f.simpleArity() == arity}),
     * entering and leaving the recursion depth around it.
     */
    static MethodHandle direct(PyFunction f, int arity) {
        MethodHandle body = f.target();
        if (body.type().parameterCount() != arity) {
            throw new IllegalArgumentException("arity " + arity + " for " + body.type());
        }
        MethodHandle cleanup = MethodHandles.dropArguments(EXIT, 2, body.type().parameterList());
        return MethodHandles.foldArguments(MethodHandles.tryFinally(body, cleanup), ENTER);
    }

    /** {@code (PyObject)boolean}: whether the argument is {@code expected}. */
    static MethodHandle isSame(Object expected) {
        return MethodHandles.insertArguments(IS_SAME, 0, expected);
    }
}
