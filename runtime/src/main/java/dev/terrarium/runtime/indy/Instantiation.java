package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.PyErrors;
import dev.terrarium.runtime.PyExc;
import dev.terrarium.runtime.PyFunction;
import dev.terrarium.runtime.PyInstance;
import dev.terrarium.runtime.PyNone;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStaticMethod;
import dev.terrarium.runtime.PyType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collections;

/**
 * {@code C(a, b)} for a plain guest class, as {@link CallFunctionSite} links it: the class
 * has no metaclass, no {@code __new__} of its own and is no exception class, and its
 * {@code __init__} is a plain Python function taking self and the arguments. Then the call
 * is "new instance, then {@code __init__}" (CPython's {@code type_call} with
 * {@code object.__new__}), without looking {@code __new__} and {@code __init__} up again
 * or building argument arrays. Valid while the class's version is the one seen at link time;
 * otherwise the generic {@link PyType#call} answers.
 */
final class Instantiation {
    private final PyType type;
    private final long version;
    private final PyFunction init;

    private Instantiation(PyType type, PyFunction init) {
        this.type = type;
        this.version = type.version();
        this.init = init;
    }

    /** The linkable instantiation of {@code type} with {@code nargs} positional arguments, or null. */
    static Instantiation of(PyType type, int nargs) {
        if (!type.isUserDefined() || type.type() != PyType.TYPE || !type.hasPlainInstances()
                || type.lookup("__new__") instanceof PyStaticMethod) {
            return null;
        }
        if (type.lookup("__init__") instanceof PyFunction f && f.simpleArity() == nargs + 1 && nargs < 3) {
            return new Instantiation(type, f);
        }
        return null;
    }

    /** {@code (PyObject callee, PyObject... args) PyObject} calling this; the callee is the class. */
    MethodHandle handle(int nargs) throws ReflectiveOperationException {
        return MethodHandles.lookup().findVirtual(Instantiation.class, "call" + nargs,
                MethodType.methodType(PyObject.class, Collections.nCopies(nargs + 1, PyObject.class))).bindTo(this);
    }

    private static PyObject initialised(PyObject self, PyObject initResult) {
        if (initResult != PyNone.INSTANCE) {
            throw PyErrors.typeError("__init__() should return None, not '%s'", initResult.type().name());
        }
        return self;
    }

    PyObject call0(PyObject callee) {
        if (type.version() != version) {
            return callee.call0();
        }
        PyInstance self = new PyInstance(type);
        return initialised(self, init.call1(self));
    }

    PyObject call1(PyObject callee, PyObject a) {
        if (type.version() != version) {
            return callee.call1(a);
        }
        PyInstance self = new PyInstance(type);
        return initialised(self, init.call2(self, a));
    }

    PyObject call2(PyObject callee, PyObject a, PyObject b) {
        if (type.version() != version) {
            return callee.call2(a, b);
        }
        PyInstance self = new PyInstance(type);
        return initialised(self, init.call3(self, a, b));
    }
}
