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
    final Signature signature;
    /** Positional parameter count when every parameter is plain positional, else -1 (no fast path). */
    private final int simpleArity;
    final PyObject[] defaults;
    /** Defaults of the keyword-only parameters, parallel to them; null entries are required. */
    final PyObject[] kwDefaults;
    private final PyDict globals;
    /** The cells of the free variables, or null ({@code __closure__}). */
    private final PyCell[] closure;
    /** The compiler's description of the body ({@code __code__}); null for a function made without one. */
    private final PyCode code;
    /** {@code __annotations__}: set at def time when the def has annotations, else made empty on first use. */
    private PyObject annotations;

    public PyFunction(String name, String qualname, MethodHandle target, String[] parameterNames,
            PyObject[] defaults, PyDict globals) {
        this(name, qualname, target, Signature.positional(parameterNames), defaults, null, globals, null);
    }

    /**
     * A function with free variables: its body takes the closure's cells as a first
     * argument, which is bound here so that every call site sees the same shape.
     */
    public PyFunction(String name, String qualname, MethodHandle target, String[] parameterNames,
            PyObject[] defaults, PyDict globals, PyCell[] closure) {
        this(name, qualname, target, Signature.positional(parameterNames), defaults, null, globals, closure);
    }

    /** The general form, for any parameter list. */
    public PyFunction(String name, String qualname, MethodHandle target, Signature signature,
            PyObject[] defaults, PyObject[] kwDefaults, PyDict globals, PyCell[] closure) {
        this(name, qualname, target, signature, defaults, kwDefaults, globals, closure, null);
    }

    /** The general form with the code object the compiler made for the body ({@code __code__}). */
    public PyFunction(String name, String qualname, MethodHandle target, Signature signature,
            PyObject[] defaults, PyObject[] kwDefaults, PyDict globals, PyCell[] closure, PyCode code) {
        this.code = code;
        this.name = name;
        this.qualname = qualname;
        this.closure = closure;
        if (closure != null) {
            target = java.lang.invoke.MethodHandles.insertArguments(target, 0, (Object) closure);
        }
        this.target = target;
        this.spread = target.asSpreader(PyObject[].class, signature.size());
        this.signature = signature;
        this.simpleArity = signature.isSimple() ? signature.size() : -1;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.globals = globals;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    /**
     * The body as a handle taking one PyObject per parameter (closure already bound), for
     * call sites that link it directly (runtime.indy); only valid for {@link #simpleArity()}
     * arguments, and without the recursion-depth bookkeeping of {@link #call1} and friends.
     */
    public MethodHandle target() {
        return target;
    }

    /** The number of positional arguments {@link #target()} takes when every parameter is plain positional, else -1. */
    public int simpleArity() {
        return simpleArity;
    }

    private UnboundMethodCall methodCall;

    /** This function as {@link Ops#loadMethod}'s "call me with self" answer; made once. */
    public UnboundMethodCall methodCall() {
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

    /** Attributes set on the function ({@code f.calls = 0}); created on first use. */
    private PyDict dict;
    private String assignedName;
    private PyObject doc = PyNone.INSTANCE;
    private String assignedQualname;

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "__name__":
                return PyStr.of(assignedName != null ? assignedName : name);
            case "__qualname__":
                return PyStr.of(assignedQualname != null ? assignedQualname : qualname);
            case "__defaults__":
                return defaults.length == 0 ? PyNone.INSTANCE : PyTuple.of(defaults);
            case "__kwdefaults__":
                return keywordDefaults();
            case "__closure__":
                return closure == null || closure.length == 0 ? PyNone.INSTANCE : PyTuple.of(closure);
            case "__module__": {
                PyObject m = globals.get(PyStr.of("__name__"));
                return m == null ? PyNone.INSTANCE : m;
            }
            case "__globals__":
                return globals;
            case "__code__":
                if (code == null) {
                    throw PyErrors.noAttribute(this, attr);
                }
                return code;
            case "__annotations__":
                if (annotations == null) {
                    annotations = new PyDict();
                }
                return annotations;
            case "__doc__":
                return doc;
            case "__dict__":
                if (dict == null) {
                    dict = new PyDict();
                }
                return dict;
            default:
                break;
        }
        PyObject v = dict == null ? null : dict.get(PyStr.of(attr));
        return v != null ? v : super.getAttr(attr);
    }

    /**
     * Gives a new function the annotations of its def ({@code __annotations__}): parameter names
     * and values alternating, {@code return} last, in CPython's order. Called once per def
     * execution, only for defs that have annotations.
     */
    public static void setAnnotations(PyObject function, PyObject[] namesAndValues) {
        PyDict d = new PyDict();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            d.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        ((PyFunction) function).annotations = d;
    }

    /** The keyword-only parameters that have defaults, by name; None if there are none. */
    private PyObject keywordDefaults() {
        PyDict d = new PyDict();
        for (int i = 0; kwDefaults != null && i < kwDefaults.length; i++) {
            if (kwDefaults[i] != null) {
                d.put(PyStr.of(signature.names[signature.positional + i]), kwDefaults[i]);
            }
        }
        return d.len() == 0 ? PyNone.INSTANCE : d;
    }

    @Override
    public void setAttr(String attr, PyObject value) {
        if (attr.equals("__doc__")) {
            // a slot of its own in CPython, not an entry of __dict__
            doc = value;
            return;
        }
        if (attr.equals("__annotations__")) {
            if (!(value instanceof PyDict) && value != PyNone.INSTANCE) {
                throw PyErrors.typeError("__annotations__ must be set to a dict object");
            }
            annotations = value == PyNone.INSTANCE ? null : value;
            return;
        }
        if (attr.equals("__code__")) {
            // The body is JVM code compiled for this function; a code object does not carry one.
            if (!(value instanceof PyCode)) {
                throw PyErrors.typeError("__code__ must be set to a code object");
            }
            throw PyErrors.typeError("Terrarium cannot replace the code of a function ('%s'): __code__ is read-only", name);
        }
        if (attr.equals("__name__") || attr.equals("__qualname__")) {
            if (!(value instanceof PyStr s)) {
                throw PyErrors.typeError("%s must be set to a string object", attr);
            }
            if (attr.equals("__name__")) {
                assignedName = s.value();
            } else {
                assignedQualname = s.value();
            }
            return;
        }
        if (dict == null) {
            dict = new PyDict();
        }
        dict.put(PyStr.of(attr), value);
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
        if (kwnames == null && args.length == simpleArity) {
            return invokeSpread(args);
        }
        return invokeSpread(ArgumentBinder.bind(this, args, kwnames));
    }

    @Override
    public PyObject call0() {
        if (simpleArity == 0) {
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
        if (simpleArity == 1) {
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
        if (simpleArity == 2) {
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
        if (simpleArity == 3) {
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
