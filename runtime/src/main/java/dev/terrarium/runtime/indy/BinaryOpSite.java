package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.Ops;
import dev.terrarium.runtime.PyErrors;
import dev.terrarium.runtime.PyFunction;
import dev.terrarium.runtime.PyInstance;
import dev.terrarium.runtime.PyNotImplemented;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyType;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.BinaryOperator;

/**
 * A binary operator ({@code a + b}, ...) with an inline cache for a left operand that is an
 * instance of a guest class: the class's {@code __add__} (a plain Python function) is found
 * once per class and version and called directly; if it answers NotImplemented the right
 * operand's reflected method is tried, as CPython's binary_op1 does. When the right operand
 * is an instance of a subclass of the left's class (whose reflected method goes first), and
 * for every other left operand (ints, floats, strs... whose fast paths live in {@link Ops}),
 * the generic {@code Ops} operation runs.
 */
public final class BinaryOpSite {

    /** The operators, by the name of their {@code Ops} method (the invokedynamic name). */
    private enum Operator {
        ADD("add", "+", Ops::add, PyObject::radd),
        SUB("sub", "-", Ops::sub, PyObject::rsub),
        MUL("mul", "*", Ops::mul, PyObject::rmul),
        MATMUL("matmul", "@", Ops::matmul, PyObject::rmatmul),
        TRUEDIV("truediv", "/", Ops::truediv, PyObject::rtruediv),
        FLOORDIV("floordiv", "//", Ops::floordiv, PyObject::rfloordiv),
        MOD("mod", "%", Ops::mod, PyObject::rmod),
        POW("pow", "** or pow()", Ops::pow, PyObject::rpow),
        LSHIFT("lshift", "<<", Ops::lshift, PyObject::rlshift),
        RSHIFT("rshift", ">>", Ops::rshift, PyObject::rrshift),
        AND("and", "&", Ops::and, PyObject::rand),
        OR("or", "|", Ops::or, PyObject::ror),
        XOR("xor", "^", Ops::xor, PyObject::rxor);

        final String name;
        final String dunder;
        final String symbol;
        final BinaryOperator<PyObject> generic;
        /** {@code (b, a) -> b.__rop__(a)}. */
        final BinaryOperator<PyObject> reflected;

        Operator(String name, String symbol, BinaryOperator<PyObject> generic, BinaryOperator<PyObject> reflected) {
            this.name = name;
            this.dunder = "__" + name + "__";
            this.symbol = symbol;
            this.generic = generic;
            this.reflected = reflected;
        }

        static Operator named(String name) {
            for (Operator o : values()) {
                if (o.name.equals(name)) {
                    return o;
                }
            }
            throw new IllegalArgumentException("no binary operator " + name);
        }
    }

    private final Operator op;
    private final TypeCache cache = new TypeCache();

    private BinaryOpSite(Operator op) {
        this.op = op;
    }

    private static final MethodType BINARY = MethodType.methodType(PyObject.class, PyObject.class, PyObject.class);

    /**
     * Bootstrap of {@code invokedynamic <op> (PyObject, PyObject) PyObject}, named by the Ops
     * method: a left operand that is a guest instance goes to the cache, any other straight
     * to {@code Ops.<op>} (so the int and float fast paths stay one static call the JIT inlines).
     */
    public static CallSite bootstrap(MethodHandles.Lookup lookup, String opName, MethodType type)
            throws ReflectiveOperationException {
        MethodHandles.Lookup own = MethodHandles.lookup();
        BinaryOpSite site = new BinaryOpSite(Operator.named(opName));
        MethodHandle cached = own.findVirtual(BinaryOpSite.class, "apply", BINARY).bindTo(site);
        MethodHandle generic = own.findStatic(Ops.class, opName, BINARY);
        MethodHandle test = MethodHandles.dropArguments(
                own.findStatic(BinaryOpSite.class, "isGuestInstance", MethodType.methodType(boolean.class, PyObject.class)),
                1, PyObject.class);
        return new ConstantCallSite(MethodHandles.guardWithTest(test, cached, generic).asType(type));
    }

    private static boolean isGuestInstance(PyObject a) {
        return a.getClass() == PyInstance.class;
    }

    public PyObject apply(PyObject a, PyObject b) {
        PyType ta = a.type();
        TypeCache.Entry e = cache.find(a, ta);
        if (e == null) {
            e = miss(ta);
        }
        if (e == null || e.value == null || (b instanceof PyInstance && b.type() != ta && b.type().isSubtypeOf(ta))) {
            return op.generic.apply(a, b);
        }
        PyObject r = ((PyFunction) e.value).call2(a, b);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        // (the reflected method of an operand of the same class is never tried, as in CPython)
        r = b.type() == ta ? PyNotImplemented.INSTANCE : op.reflected.apply(b, a);
        if (r != PyNotImplemented.INSTANCE) {
            return r;
        }
        throw PyErrors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", op.symbol, ta.name(),
                b.type().name());
    }

    private TypeCache.Entry miss(PyType t) {
        if (!cache.caching()) {
            return null;
        }
        PyObject method = t.lookup(op.dunder);
        // Only a plain function is called directly; anything else (a descriptor, a callable
        // instance, None) keeps the generic path, which knows every case.
        TypeCache.Entry fresh = new TypeCache.Entry(t, PyInstance.class, method instanceof PyFunction ? method : null, 0);
        cache.install(fresh);
        return fresh;
    }
}
