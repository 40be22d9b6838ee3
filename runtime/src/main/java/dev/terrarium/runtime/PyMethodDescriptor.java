package dev.terrarium.runtime;

/**
 * A method of a built-in type ({@code method_descriptor}), e.g. {@code list.append}.
 * Looking it up on an instance binds it ({@link PyBoundBuiltin}); {@link Ops#callMethod}
 * calls it without building the bound object, as CPython's LOAD_METHOD does.
 */
public final class PyMethodDescriptor extends PyObject {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyType.OBJECT, null);

    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    /**
     * A body that runs on an instance of a derived class as it is, not on an exact copy: for
     * methods whose result depends on the instance's class and attributes ({@code __reduce__}).
     */
    @FunctionalInterface
    public interface DerivedAwareBody extends Body {}

    private final PyType owner;
    private final String name;
    private final Body body;

    public PyMethodDescriptor(PyType owner, String name, Body body) {
        this.owner = owner;
        this.name = name;
        this.body = body;
    }

    public String name() {
        return name;
    }

    /** The descriptor's own attributes, as CPython's method_getset and descr_members; run by BuiltinNames. */
    static void install() {
        BuiltinNames.getset(TYPE, "__name__", d -> PyStr.of(((PyMethodDescriptor) d).name));
        BuiltinNames.getset(TYPE, "__qualname__",
                d -> PyStr.of(((PyMethodDescriptor) d).owner.name() + "." + ((PyMethodDescriptor) d).name));
        BuiltinNames.getset(TYPE, "__objclass__", d -> ((PyMethodDescriptor) d).owner);
        BuiltinNames.getset(TYPE, "__text_signature__",
                d -> BuiltinSignatures.ofMethod(((PyMethodDescriptor) d).owner, ((PyMethodDescriptor) d).name));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<method '" + name + "' of '" + owner.name() + "' objects>";
    }

    /** Calls the method on {@code self}, checking that self has the owner type. */
    public PyObject invoke(PyObject self, PyObject[] args, String[] kwnames) {
        return body.call(receiver(self), args, kwnames);
    }

    /**
     * The self a method of an immutable built-in runs on: for an instance of a class deriving
     * from it, an exact copy (so {@code MyStr('a').upper()} is a str and never reaches the class's
     * overrides, as CPython's methods build base-type results).
     */
    private PyObject receiver(PyObject self) {
        if (owner != PyType.OBJECT && DerivedSlots.isDerived(self) && !(body instanceof DerivedAwareBody)) {
            DerivedInstance d = (DerivedInstance) self;
            PyObject exact = d.exactValue();
            return exact == null ? self : exact;
        }
        return self;
    }

    @Override
    public PyObject bindTo(PyObject instance) {
        return new PyBoundBuiltin(instance, this);
    }

    /** Unbound call from the type: {@code list.append(xs, 1)}. */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (ArgParser.positionalCount(args, kwnames) < 1) {
            throw PyErrors.typeError("unbound method %s.%s() needs an argument", owner.name(), name);
        }
        PyObject self = args[0];
        if (!self.type().isSubtypeOf(owner)) {
            throw PyErrors.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name(), self.type().name());
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return body.call(receiver(self), rest, kwnames);
    }

    /** A method descriptor bound to its instance: {@code xs.append}. */
    static final class PyBoundBuiltin extends PyObject {
        private final PyObject self;
        private final PyMethodDescriptor method;

        PyBoundBuiltin(PyObject self, PyMethodDescriptor method) {
            this.self = self;
            this.method = method;
        }

        @Override
        public PyType type() {
            return PyBuiltinFunction.TYPE;
        }

        /** The instance the method is bound to ({@code __self__}). */
        PyObject self() {
            return self;
        }

        /** {@code __qualname__}: {@code list.append}. */
        String qualname() {
            return method.owner.name() + "." + method.name;
        }

        String name() {
            return method.name;
        }

        /** CPython's recorded {@code __text_signature__} of the method, or None. */
        PyObject textSignature() {
            return BuiltinSignatures.ofMethod(method.owner, method.name);
        }

        @Override
        public String repr() {
            return "<built-in method " + method.name + " of " + self.type().name() + " object>";
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            return method.body.call(method.receiver(self), args, kwnames);
        }
    }
}
