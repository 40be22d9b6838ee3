package dev.terrarium.runtime;

import java.lang.invoke.MethodHandle;


/**
 * A Python function defined by guest code. Its body is a static method of the module's
 * generated class taking one {@code PyObject} per parameter; {@link #target} is a direct
 * handle to it (an {@code ldc} constant of the generated class, no reflection). Calls
 * whose arguments already match the parameters positionally go straight to the body;
 * anything else goes through {@link ArgumentBinder}, which applies defaults and keywords
 * and raises CPython's TypeErrors.
 */
public final class PyFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("function", PyType.OBJECT, null);

    private final String name;
    private final String qualname;
    private final MethodHandle target;
    /** {@code target} taking all parameters as one array. */
    private final MethodHandle spread;
    final String[] parameterNames;
    final PyObject[] defaults;
    private final PyDict globals;

    public PyFunction(String name, String qualname, MethodHandle target, String[] parameterNames,
            PyObject[] defaults, PyDict globals) {
        this(name, qualname, target, parameterNames, defaults, globals, null);
    }

    /**
     * A function with free variables: its body takes the closure's cells as a first
     * argument, which is bound here so that every call site sees the same shape.
     */
    public PyFunction(String name, String qualname, MethodHandle target, String[] parameterNames,
            PyObject[] defaults, PyDict globals, PyCell[] closure) {
        this.name = name;
        this.qualname = qualname;
        if (closure != null) {
            target = java.lang.invoke.MethodHandles.insertArguments(target, 0, (Object) closure);
        }
        this.target = target;
        this.spread = target.asSpreader(PyObject[].class, parameterNames.length);
        this.parameterNames = parameterNames;
        this.defaults = defaults;
        this.globals = globals;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    private UnboundMethodCall methodCall;

    /** This function as {@link Ops#loadMethod}'s "call me with self" answer; made once. */
    UnboundMethodCall methodCall() {
        UnboundMethodCall m = methodCall;
        if (m == null) {
            m = new UnboundMethodCall(this);
            methodCall = m;
        }
        return m;
    }

    /** A function found on a class binds to the instance: a method. */
    @Override
    public PyObject bindTo(PyObject instance) {
        return new PyMethod(instance, this);
    }

    public PyDict globals() {
        return globals;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<function " + qualname + ">";
    }

    @Override
    public PyObject getAttr(String attr) {
        return switch (attr) {
            case "__name__" -> PyStr.of(name);
            case "__qualname__" -> PyStr.of(qualname);
            case "__defaults__" -> defaults.length == 0 ? PyNone.INSTANCE : PyTuple.of(defaults);
            default -> super.getAttr(attr);
        };
    }

    private PyObject invokeSpread(PyObject[] fullArgs) {
        CallDepth.enter();
        try {
            return (PyObject) spread.invokeExact(fullArgs);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        } finally {
            CallDepth.exit();
        }
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (kwnames == null && args.length == parameterNames.length) {
            return invokeSpread(args);
        }
        return invokeSpread(ArgumentBinder.bind(this, args, kwnames));
    }

    @Override
    public PyObject call0() {
        if (parameterNames.length == 0) {
            CallDepth.enter();
            try {
                return (PyObject) target.invokeExact();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            } finally {
                CallDepth.exit();
            }
        }
        return call(NO_ARGS, null);
    }

    @Override
    public PyObject call1(PyObject a) {
        if (parameterNames.length == 1) {
            CallDepth.enter();
            try {
                return (PyObject) target.invokeExact(a);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            } finally {
                CallDepth.exit();
            }
        }
        return call(new PyObject[] {a}, null);
    }

    @Override
    public PyObject call2(PyObject a, PyObject b) {
        if (parameterNames.length == 2) {
            CallDepth.enter();
            try {
                return (PyObject) target.invokeExact(a, b);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            } finally {
                CallDepth.exit();
            }
        }
        return call(new PyObject[] {a, b}, null);
    }

    @Override
    public PyObject call3(PyObject a, PyObject b, PyObject c) {
        if (parameterNames.length == 3) {
            CallDepth.enter();
            try {
                return (PyObject) target.invokeExact(a, b, c);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            } finally {
                CallDepth.exit();
            }
        }
        return call(new PyObject[] {a, b, c}, null);
    }

}
