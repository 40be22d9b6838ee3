package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.Ops;
import dev.terrarium.runtime.PyFunction;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.UnboundMethodCall;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * Second half of {@code o.name(a, b)} (at most three positional arguments, no keywords):
 * {@code invokedynamic callMethod(method, self, args...)} where {@code method} is what
 * {@link LoadMethodSite} answered. A Python function found on the class (an
 * {@link UnboundMethodCall}) is linked directly, guarded by its identity, so the call
 * costs neither a bound method nor an argument array; anything else goes through
 * {@link Ops#callMethod}.
 */
public final class CallMethodSite {
    private static final MethodHandle FALLBACK;

    static {
        try {
            FALLBACK = MethodHandles.lookup().findVirtual(CallMethodSite.class, "fallback",
                    MethodType.methodType(PyObject.class, PyObject[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int nargs;
    private final GuardChain chain;

    private CallMethodSite(MutableCallSite site) throws ReflectiveOperationException {
        MethodType type = site.type();
        this.nargs = type.parameterCount() - 2;
        MethodHandle generic = MethodHandles.lookup().findStatic(CallMethodSite.class, "call" + nargs,
                MethodType.methodType(PyObject.class, java.util.Collections.nCopies(nargs + 2, PyObject.class)));
        this.chain = new GuardChain(site,
                FALLBACK.bindTo(this).asCollector(PyObject[].class, nargs + 2).asType(type), generic.asType(type));
    }

    /** Bootstrap of {@code invokedynamic callMethod (PyObject method, PyObject self, PyObject... args) PyObject}. */
    public static CallSite bootstrap(MethodHandles.Lookup lookup, String name, MethodType type)
            throws ReflectiveOperationException {
        MutableCallSite site = new MutableCallSite(type);
        new CallMethodSite(site);
        return site;
    }

    private PyObject fallback(PyObject[] all) {
        PyObject method = all[0];
        if (method instanceof UnboundMethodCall u && u.function() instanceof PyFunction f
                && f.simpleArity() == nargs + 1 && chain.canLink()) {
            chain.link(u, MethodHandles.dropArguments(FunctionInvokers.direct(f, nargs + 1), 0, PyObject.class));
        } else {
            chain.makeGeneric();
        }
        return switch (nargs) {
            case 0 -> call0(method, all[1]);
            case 1 -> call1(method, all[1], all[2]);
            case 2 -> call2(method, all[1], all[2], all[3]);
            default -> call3(method, all[1], all[2], all[3], all[4]);
        };
    }

    private static PyObject call0(PyObject method, PyObject self) {
        if (method instanceof UnboundMethodCall u) {
            return u.function().call1(self);
        }
        return Ops.callMethod(method, self, new PyObject[0], null);
    }

    private static PyObject call1(PyObject method, PyObject self, PyObject a) {
        if (method instanceof UnboundMethodCall u) {
            return u.function().call2(self, a);
        }
        return Ops.callMethod(method, self, new PyObject[] {a}, null);
    }

    private static PyObject call2(PyObject method, PyObject self, PyObject a, PyObject b) {
        if (method instanceof UnboundMethodCall u) {
            return u.function().call3(self, a, b);
        }
        return Ops.callMethod(method, self, new PyObject[] {a, b}, null);
    }

    private static PyObject call3(PyObject method, PyObject self, PyObject a, PyObject b, PyObject c) {
        if (method instanceof UnboundMethodCall u) {
            return u.function().call(new PyObject[] {self, a, b, c}, null);
        }
        return Ops.callMethod(method, self, new PyObject[] {a, b, c}, null);
    }
}
