package dev.terrarium.runtime;

/**
 * A special method of a built-in type that calls the type's Java slot ({@code wrapper_descriptor},
 * e.g. {@code list.__len__}); bound to an instance it is a {@code method-wrapper}
 * ({@code [].__len__}). Compare CPython's {@code slotdefs} and {@code wrapperobject}: the argument
 * count is checked with CPython's messages, and keywords are refused.
 */
public final class PySlotWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("wrapper_descriptor", PyType.OBJECT, null);
    public static final PyType BOUND_TYPE = PyType.builtin("method-wrapper", PyType.OBJECT, null);

    /** The slot call itself, on an instance of the owner type, with checked arguments. */
    @FunctionalInterface
    public interface Body {
        PyObject call(PyObject self, PyObject[] args, String[] kwnames);
    }

    private final PyType owner;
    private final String name;
    private final int min;
    private final int max;
    /**
     * Whether the count is checked as CPython's check_num_args ("expected 1 argument, got 2") or
     * as PyArg_UnpackTuple with an empty name (" expected at most 2 arguments, got 3").
     */
    private final boolean unpackStyle;
    private final Body body;

    private PySlotWrapper(PyType owner, String name, int min, int max, boolean unpackStyle, Body body) {
        this.owner = owner;
        this.name = name;
        this.min = min;
        this.max = max;
        this.unpackStyle = unpackStyle;
        this.body = body;
    }

    /** A slot taking exactly {@code n} arguments after self (CPython's wrap_unaryfunc, wrap_binaryfunc...). */
    static PySlotWrapper exact(PyType owner, String name, int n, Body body) {
        return new PySlotWrapper(owner, name, n, n, n > 1, body);
    }

    /** A slot taking {@code min} to {@code max} arguments after self (wrap_ternaryfunc, wrap_descr_get...). */
    static PySlotWrapper range(PyType owner, String name, int min, int max, Body body) {
        return new PySlotWrapper(owner, name, min, max, true, body);
    }

    /** A slot that takes any arguments and keywords ({@code __call__}, {@code __init__}): no checks here. */
    static PySlotWrapper varargs(PyType owner, String name, Body body) {
        return new PySlotWrapper(owner, name, -1, -1, false, body);
    }

    public String name() {
        return name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr() {
        return "<slot wrapper '" + name + "' of '" + owner.name() + "' objects>";
    }

    @Override
    public PyObject bindTo(PyObject instance) {
        return new Bound(instance, this);
    }

    /** {@code list.__len__(xs)}: the first argument is the instance. */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (ArgParser.positionalCount(args, kwnames) < 1) {
            throw PyErrors.typeError("descriptor '%s' of '%s' object needs an argument", name, owner.name());
        }
        PyObject self = args[0];
        check(self);
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return invoke(self, rest, kwnames);
    }

    private void check(PyObject self) {
        if (!self.type().isSubtypeOf(owner)) {
            throw PyErrors.typeError("descriptor '%s' requires a '%s' object but received a '%s'",
                    name, owner.name(), self.type().name());
        }
    }

    PyObject invoke(PyObject self, PyObject[] args, String[] kwnames) {
        if (min < 0) {
            return body.call(self, args, kwnames);
        }
        if (kwnames != null && kwnames.length > 0) {
            throw PyErrors.typeError("wrapper %s() takes no keyword arguments", name);
        }
        int n = args.length;
        if (n < min || n > max) {
            String prefix = unpackStyle ? " " : "";
            String bound = min == max ? "" : n < min ? "at least " : "at most ";
            int expected = n < min ? min : max;
            throw PyErrors.typeError("%sexpected %s%d argument%s, got %d", prefix, bound, expected,
                    expected == 1 ? "" : "s", n);
        }
        if (DerivedSlots.isDerived(self) && DerivedTypes.answersForDerived(owner, name, n)) {
            // B.__x__(derived, ...): B's own behaviour, never the subclass's override (super().__x__())
            return ((DerivedInstance) self).base(name, args);
        }
        return body.call(self, args, null);
    }

    /** {@code [].__len__}: a slot wrapper bound to its instance ({@code method-wrapper}). */
    static final class Bound extends PyObject {
        private final PyObject self;
        private final PySlotWrapper wrapper;

        Bound(PyObject self, PySlotWrapper wrapper) {
            this.self = self;
            this.wrapper = wrapper;
        }

        @Override
        public PyType type() {
            return BOUND_TYPE;
        }

        @Override
        public String repr() {
            return "<method-wrapper '" + wrapper.name + "' of " + self.type().name() + " object at 0x"
                    + Long.toHexString(0x7f0000000000L + System.identityHashCode(self) * 16L) + ">";
        }

        @Override
        public PyObject getAttr(String attr) {
            return switch (attr) {
                case "__self__" -> self;
                case "__name__", "__qualname__" -> PyStr.of(attr.equals("__name__") ? wrapper.name
                        : wrapper.owner.name() + "." + wrapper.name);
                case "__objclass__" -> wrapper.owner;
                default -> super.getAttr(attr);
            };
        }

        @Override
        public boolean hasGenericAttributes() {
            return false;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            return wrapper.invoke(self, args, kwnames);
        }
    }
}
