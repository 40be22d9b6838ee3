package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.PyFunction;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyType;
import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;

/**
 * {@code f(a, b)}: a call with at most three positional arguments and no keywords, as
 * {@code invokedynamic call(callee, args...)}. A site that calls plain Python functions
 * (only positional parameters, as many as the arguments) links each function's body
 * directly, guarded by the function's identity: no argument array, no virtual dispatch,
 * and a body the JIT can inline. Plain guest classes are linked too, by identity (see
 * {@link Instantiation}). Other callees go through {@link PyObject#call1} and friends.
 */
public final class CallFunctionSite {
    private static final MethodHandle FALLBACK;

    static {
        try {
            FALLBACK = MethodHandles.lookup().findVirtual(CallFunctionSite.class, "fallback",
                    MethodType.methodType(PyObject.class, PyObject[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int nargs;
    private final GuardChain chain;

    private CallFunctionSite(MutableCallSite site) throws ReflectiveOperationException {
        MethodType type = site.type();
        this.nargs = type.parameterCount() - 1;
        MethodHandle generic = MethodHandles.lookup().findVirtual(PyObject.class, "call" + nargs,
                MethodType.methodType(PyObject.class, java.util.Collections.nCopies(nargs, PyObject.class)));
        this.chain = new GuardChain(site,
                FALLBACK.bindTo(this).asCollector(PyObject[].class, nargs + 1).asType(type), generic.asType(type));
    }

    /** Bootstrap of {@code invokedynamic call (PyObject callee, PyObject... args) PyObject}, 0 to 3 args. */
    public static CallSite bootstrap(MethodHandles.Lookup lookup, String name, MethodType type)
            throws ReflectiveOperationException {
        MutableCallSite site = new MutableCallSite(type);
        new CallFunctionSite(site);
        return site;
    }

    private PyObject fallback(PyObject[] calleeAndArgs) {
        PyObject callee = calleeAndArgs[0];
        Instantiation instantiation;
        if (callee instanceof PyFunction f && f.simpleArity() == nargs && chain.canLink()) {
            chain.link(f, MethodHandles.dropArguments(FunctionInvokers.direct(f, nargs), 0, PyObject.class));
        } else if (callee instanceof PyType t && chain.canLink() && (instantiation = Instantiation.of(t, nargs)) != null) {
            try {
                chain.link(t, instantiation.handle(nargs));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        } else {
            chain.makeGeneric();
        }
        return switch (nargs) {
            case 0 -> callee.call0();
            case 1 -> callee.call1(calleeAndArgs[1]);
            case 2 -> callee.call2(calleeAndArgs[1], calleeAndArgs[2]);
            default -> callee.call3(calleeAndArgs[1], calleeAndArgs[2], calleeAndArgs[3]);
        };
    }
}
