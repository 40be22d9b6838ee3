package dev.terrarium.runtime;

import java.util.ArrayList;

/**
 * The operations generated code calls: one static method per Python operation, holding
 * the fast paths (small ints first) and CPython's dispatch rules (compare
 * {@code Objects/abstract.c}: binary_op1, PyObject_RichCompare, PyObject_GetItem...).
 */
public final class Ops {
    private Ops() {}

    private static final PyObject NI = PyNotImplemented.INSTANCE;

    // ---- binary operators -------------------------------------------------------------

    /**
     * CPython's binary_op1 rule: when the right operand's class is a subclass of the left's,
     * its reflected method is tried first, so a subclass can override its parent's operator.
     */
    private static boolean subclassFirst(PyObject a, PyObject b) {
        return b.type().isUserDefined() && b.type() != a.type() && b.type().isSubtypeOf(a.type());
    }

    private static PyObject unsupported(String symbol, PyObject a, PyObject b) {
        throw PyErrors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", symbol, a.type().name(), b.type().name());
    }

    public static PyObject add(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b)) {
            return PyInt.add(x, y);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return new PyFloat(x.value + y.value);
        }
        return addSlow(a, b);
    }

    /** Everything but the int and float fast paths, kept out of line so the fast method stays inlinable. */
    private static PyObject addSlow(PyObject a, PyObject b) {
        if (subclassFirst(a, b)) {
            PyObject first = b.radd(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.add(b);
        if (r == NI && (r = a.type() == b.type() ? NI : b.radd(a)) == NI) {
            if (a instanceof PyStr && !(b instanceof PyStr)) {
                throw PyErrors.typeError("can only concatenate str (not \"%s\") to str", b.type().name());
            }
            if (a instanceof PyList && !(b instanceof PyList)) {
                throw PyErrors.typeError("can only concatenate list (not \"%s\") to list", b.type().name());
            }
            if (a instanceof PyTuple && !(b instanceof PyTuple)) {
                throw PyErrors.typeError("can only concatenate tuple (not \"%s\") to tuple", b.type().name());
            }
            return unsupported("+", a, b);
        }
        return r;
    }

    public static PyObject sub(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b)) {
            return PyInt.sub(x, y);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return new PyFloat(x.value - y.value);
        }
        return subSlow(a, b);
    }

    /** Everything but the int and float fast paths, kept out of line so the fast method stays inlinable. */
    private static PyObject subSlow(PyObject a, PyObject b) {
        if (subclassFirst(a, b)) {
            PyObject first = b.rsub(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.sub(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rsub(a)) != NI ? r : unsupported("-", a, b);
    }

    public static PyObject mul(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b)) {
            return PyInt.mul(x, y);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return new PyFloat(x.value * y.value);
        }
        return mulSlow(a, b);
    }

    /** Everything but the int and float fast paths, kept out of line so the fast method stays inlinable. */
    private static PyObject mulSlow(PyObject a, PyObject b) {
        if (subclassFirst(a, b)) {
            PyObject first = b.rmul(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.mul(b);
        if (r == NI && (r = a.type() == b.type() ? NI : b.rmul(a)) == NI) {
            PyObject repeated = repeatByIndex(a, b);
            if (repeated != null) {
                return repeated;
            }
            if ((a instanceof PyStr || a instanceof PyList || a instanceof PyTuple) && !(b instanceof PyInt)
                    || (b instanceof PyStr || b instanceof PyList || b instanceof PyTuple) && !(a instanceof PyInt)) {
                PyObject nonInt = a instanceof PyStr || a instanceof PyList || a instanceof PyTuple ? b : a;
                throw PyErrors.typeError("can't multiply sequence by non-int of type '%s'", nonInt.type().name());
            }
            return unsupported("*", a, b);
        }
        return r;
    }

    /**
     * A sequence times an object whose class defines {@code __index__} (CPython's sq_repeat
     * after both operands' multiplication declined), or null.
     */
    private static PyObject repeatByIndex(PyObject a, PyObject b) {
        PyObject seq = b instanceof PyInstance ? a : a instanceof PyInstance ? b : null;
        if (!(seq instanceof PyStr || seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyBytesLike)) {
            return null;
        }
        PyInt n = ArgParser.indexOrNull(seq == a ? b : a);
        return n == null ? null : seq.mul(n);
    }

    public static PyObject matmul(PyObject a, PyObject b) {
        if (subclassFirst(a, b)) {
            PyObject first = b.rmatmul(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.matmul(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rmatmul(a)) != NI ? r : unsupported("@", a, b);
    }

    public static PyObject truediv(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b)) {
            return PyInt.trueDiv(x, y);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return PyFloat.divide(x.value, y.value);
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rtruediv(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.truediv(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rtruediv(a)) != NI ? r : unsupported("/", a, b);
    }

    public static PyObject floordiv(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b)) {
            return PyInt.floorDiv(x, y);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return PyFloat.floorDiv(x.value, y.value);
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rfloordiv(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.floordiv(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rfloordiv(a)) != NI ? r : unsupported("//", a, b);
    }

    public static PyObject mod(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b)) {
            return PyInt.mod(x, y);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return new PyFloat(PyFloat.mod(x.value, y.value));
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rmod(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.mod(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rmod(a)) != NI ? r : unsupported("%", a, b);
    }

    public static PyObject pow(PyObject a, PyObject b) {
        if (subclassFirst(a, b)) {
            PyObject first = b.rpow(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.pow(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rpow(a)) != NI ? r : unsupported("** or pow()", a, b);
    }

    public static PyObject lshift(PyObject a, PyObject b) {
        if (subclassFirst(a, b)) {
            PyObject first = b.rlshift(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.lshift(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rlshift(a)) != NI ? r : unsupported("<<", a, b);
    }

    public static PyObject rshift(PyObject a, PyObject b) {
        if (subclassFirst(a, b)) {
            PyObject first = b.rrshift(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.rshift(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rrshift(a)) != NI ? r : unsupported(">>", a, b);
    }

    public static PyObject and(PyObject a, PyObject b) {
        if (subclassFirst(a, b)) {
            PyObject first = b.rand(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.and(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rand(a)) != NI ? r : unsupported("&", a, b);
    }

    public static PyObject or(PyObject a, PyObject b) {
        if (subclassFirst(a, b)) {
            PyObject first = b.ror(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.or(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.ror(a)) != NI ? r : unsupported("|", a, b);
    }

    public static PyObject xor(PyObject a, PyObject b) {
        if (subclassFirst(a, b)) {
            PyObject first = b.rxor(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.xor(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rxor(a)) != NI ? r : unsupported("^", a, b);
    }

    // ---- augmented assignment: in-place where the type has it, else as the binary operator,
    // but reporting the augmented symbol (compare CPython binary_iop1) ----------------------

    /** {@code a += b}: in place for lists, as {@code list.__iadd__}; otherwise as {@code a + b}. */
    public static PyObject iadd(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b)) {
            return PyInt.add(x, y);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return new PyFloat(x.value + y.value);
        }
        return iaddSlow(a, b);
    }

    /** Everything but the int and float fast paths, kept out of line so the fast method stays inlinable. */
    private static PyObject iaddSlow(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__iadd__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (a instanceof PyList l) {
            l.extend(toArray(b));
            return l;
        }
        if (a instanceof PyByteArray) {
            return SequenceExtras.concatInPlace(a, b); // bytearray_iconcat
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.radd(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.add(b);
        if (r == NI && (r = a.type() == b.type() ? NI : b.radd(a)) == NI) {
            if (a instanceof PyStr && !(b instanceof PyStr)) {
                throw PyErrors.typeError("can only concatenate str (not \"%s\") to str", b.type().name());
            }
            if (a instanceof PyTuple && !(b instanceof PyTuple)) {
                throw PyErrors.typeError("can only concatenate tuple (not \"%s\") to tuple", b.type().name());
            }
            return unsupported("+=", a, b);
        }
        return r;
    }

    public static PyObject isub(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b)) {
            return PyInt.sub(x, y);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return new PyFloat(x.value - y.value);
        }
        return isubSlow(a, b);
    }

    /** Everything but the int and float fast paths, kept out of line so the fast method stays inlinable. */
    private static PyObject isubSlow(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__isub__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (a instanceof PySet set) {
            PyObject r = set.inplaceSub(b); // set_isub
            if (r != NI) {
                return r;
            }
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rsub(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.sub(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rsub(a)) != NI ? r : unsupported("-=", a, b);
    }

    public static PyObject imul(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b)) {
            return PyInt.mul(x, y);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return new PyFloat(x.value * y.value);
        }
        return imulSlow(a, b);
    }

    /** Everything but the int and float fast paths, kept out of line so the fast method stays inlinable. */
    private static PyObject imulSlow(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__imul__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if ((a instanceof PyList || a instanceof PyByteArray) && SequenceExtras.isIndex(b)) {
            return SequenceExtras.repeatInPlace(a, b); // list_inplace_repeat, bytearray_irepeat
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rmul(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.mul(b);
        if (r != NI || (r = a.type() == b.type() ? NI : b.rmul(a)) != NI) {
            return r;
        }
        if (a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytesLike) {
            throw PyErrors.typeError("can't multiply sequence by non-int of type '%s'", b.type().name());
        }
        return unsupported("*=", a, b);
    }

    public static PyObject imatmul(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__imatmul__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rmatmul(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.matmul(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rmatmul(a)) != NI ? r : unsupported("@=", a, b);
    }

    public static PyObject itruediv(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__itruediv__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rtruediv(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.truediv(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rtruediv(a)) != NI ? r : unsupported("/=", a, b);
    }

    public static PyObject ifloordiv(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__ifloordiv__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rfloordiv(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.floordiv(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rfloordiv(a)) != NI ? r : unsupported("//=", a, b);
    }

    public static PyObject imod(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__imod__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rmod(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.mod(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rmod(a)) != NI ? r : unsupported("%=", a, b);
    }

    public static PyObject ipow(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__ipow__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rpow(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.pow(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rpow(a)) != NI ? r : unsupported("**=", a, b);
    }

    public static PyObject ilshift(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__ilshift__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rlshift(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.lshift(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rlshift(a)) != NI ? r : unsupported("<<=", a, b);
    }

    public static PyObject irshift(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__irshift__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rrshift(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.rshift(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rrshift(a)) != NI ? r : unsupported(">>=", a, b);
    }

    public static PyObject iand(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__iand__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (a instanceof PySet set) {
            PyObject r = set.inplaceAnd(b); // set_iand
            if (r != NI) {
                return r;
            }
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rand(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.and(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rand(a)) != NI ? r : unsupported("&=", a, b);
    }

    public static PyObject ior(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__ior__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (a instanceof PySet set) {
            PyObject r = set.inplaceOr(b); // set_ior
            if (r != NI) {
                return r;
            }
        }
        if (a instanceof PyDict d) {
            DictMethods.update(d, b); // dict_ior
            return d;
        }
        if (a instanceof PyMappingProxy) {
            throw PyErrors.typeError("'|=' is not supported by mappingproxy; use '|' instead"); // mappingproxy_ior
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.ror(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.or(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.ror(a)) != NI ? r : unsupported("|=", a, b);
    }

    public static PyObject ixor(PyObject a, PyObject b) {
        if (a.type().isUserDefined()) {
            PyObject r = Special.call1(a, "__ixor__", b);
            if (r != null && r != NI) {
                return r;
            }
        }
        if (a instanceof PySet set) {
            PyObject r = set.inplaceXor(b); // set_ixor
            if (r != NI) {
                return r;
            }
        }
        if (subclassFirst(a, b)) {
            PyObject first = b.rxor(a);
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.xor(b);
        return r != NI || (r = a.type() == b.type() ? NI : b.rxor(a)) != NI ? r : unsupported("^=", a, b);
    }

    // ---- unary operators --------------------------------------------------------------

    public static PyObject neg(PyObject a) {
        return a.neg();
    }

    public static PyObject pos(PyObject a) {
        return a.pos();
    }

    public static PyObject invert(PyObject a) {
        return a.invert();
    }

    public static PyObject not(PyObject a) {
        return PyBool.of(!isTrue(a));
    }

    // ---- truth and comparison ---------------------------------------------------------

    public static boolean isTrue(PyObject a) {
        if (a instanceof PyBool) {
            return a == PyBool.TRUE;
        }
        return a.isTrue();
    }

    /** Compare CPython {@code PyObject_RichCompare}. */
    public static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        if (subclassFirst(a, b)) {
            PyObject first = b.richCompare(a, op.swapped());
            if (first != NI) {
                return first;
            }
        }
        PyObject r = a.richCompare(b, op);
        if (r != NI) {
            return r;
        }
        r = b.richCompare(a, op.swapped());
        if (r != NI) {
            return r;
        }
        return switch (op) {
            case EQ -> PyBool.of(a == b);
            case NE -> PyBool.of(a != b);
            default -> throw PyErrors.typeError("'%s' not supported between instances of '%s' and '%s'",
                    op.symbol, a.type().name(), b.type().name());
        };
    }

    public static PyObject lt(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b) && x.big == null && y.big == null) {
            return PyBool.of(x.value < y.value);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return PyBool.of(x.value < y.value);
        }
        return compare(a, b, CompareOp.LT);
    }

    public static PyObject le(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b) && x.big == null && y.big == null) {
            return PyBool.of(x.value <= y.value);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return PyBool.of(x.value <= y.value);
        }
        return compare(a, b, CompareOp.LE);
    }

    public static PyObject gt(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b) && x.big == null && y.big == null) {
            return PyBool.of(x.value > y.value);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return PyBool.of(x.value > y.value);
        }
        return compare(a, b, CompareOp.GT);
    }

    public static PyObject ge(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b) && x.big == null && y.big == null) {
            return PyBool.of(x.value >= y.value);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return PyBool.of(x.value >= y.value);
        }
        return compare(a, b, CompareOp.GE);
    }

    public static PyObject eqObj(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b) && x.big == null && y.big == null) {
            return PyBool.of(x.value == y.value);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return PyBool.of(x.value == y.value);
        }
        return compare(a, b, CompareOp.EQ);
    }

    public static PyObject neObj(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y && DerivedSlots.neither(a, b) && x.big == null && y.big == null) {
            return PyBool.of(x.value != y.value);
        }
        if (a instanceof PyFloat x && b instanceof PyFloat y && DerivedSlots.neither(a, b)) {
            return PyBool.of(x.value != y.value);
        }
        return compare(a, b, CompareOp.NE);
    }

    /** {@code a == b} as a Java boolean (identity first, as CPython's containers do). */
    public static boolean eq(PyObject a, PyObject b) {
        return a == b || isTrue(eqObj(a, b));
    }

    public static boolean lessThan(PyObject a, PyObject b) {
        return isTrue(lt(a, b));
    }

    public static PyObject is(PyObject a, PyObject b) {
        return PyBool.of(a == b);
    }

    public static PyObject isNot(PyObject a, PyObject b) {
        return PyBool.of(a != b);
    }

    /** {@code item in container}. */
    public static PyObject in(PyObject item, PyObject container) {
        return PyBool.of(container.contains(item));
    }

    public static PyObject notIn(PyObject item, PyObject container) {
        return PyBool.of(!container.contains(item));
    }

    // ---- conversions ------------------------------------------------------------------

    public static String repr(PyObject o) {
        return o.repr();
    }

    public static String str(PyObject o) {
        return o.str();
    }

    /** {@code format(value, spec)}; f-string replacement fields compile to this. */
    public static PyObject format(PyObject value, PyObject spec) {
        return Formatter.format(value, spec);
    }

    /**
     * One replacement field of an f-string (compare CPython's FORMAT_VALUE): the
     * conversion ('s', 'r', 'a', or -1 for none), then {@code format(value, spec)}.
     */
    public static PyObject formatValue(PyObject value, int conversion, PyObject spec) {
        PyObject v = switch (conversion) {
            case 's' -> PyStr.of(value.str());
            case 'r' -> PyStr.of(value.repr());
            case 'a' -> PyStr.of(dev.terrarium.runtime.text.StrRepr.escapeNonAscii(value.repr()));
            default -> value;
        };
        if (spec == null && v instanceof PyStr && !DerivedSlots.isDerived(v)) {
            return v;
        }
        return format(v, spec == null ? PyStr.of("") : spec);
    }

    /** An f-string: the concatenation of its parts, each already a str. */
    public static PyObject joinStrings(PyObject[] parts) {
        StringBuilder b = new StringBuilder();
        for (PyObject p : parts) {
            b.append(((PyStr) p).value());
        }
        Budget.checkBytes(2L * b.length());
        return PyStr.of(b.toString());
    }

    public static long hash(PyObject o) {
        return o.hash();
    }

    // ---- items, attributes, iteration -------------------------------------------------

    public static PyObject getItem(PyObject o, PyObject key) {
        return o.getItem(key);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        o.setItem(key, value);
    }

    public static void delItem(PyObject o, PyObject key) {
        o.delItem(key);
    }

    public static PyObject getAttr(PyObject o, String name) {
        return o.getAttr(name);
    }

    public static void setAttr(PyObject o, String name, PyObject value) {
        o.setAttr(name, value);
    }

    public static PyObject slice(PyObject start, PyObject stop, PyObject step) {
        return new PySlice(start, stop, step);
    }

    public static PyObject iter(PyObject o) {
        return o.iter();
    }

    /** The next item, or Java null when the iterator is exhausted. */
    public static PyObject next(PyObject iterator) {
        return iterator.next();
    }

    /** All items of an iterable, as a fresh array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && !DerivedSlots.isDerived(iterable)) {
            return t.toArray();
        }
        if (iterable instanceof PyList l && !DerivedSlots.isDerived(iterable)) {
            return l.toArray();
        }
        ArrayList<PyObject> out = new ArrayList<>();
        PyObject it = iterable.iter();
        DerivedSlots.lengthHint(iterable);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            out.add(x);
            if ((out.size() & 0xffff) == 0) {
                Budget.checkElements(out.size());
            }
        }
        return out.toArray(new PyObject[0]);
    }

    // ---- calls ------------------------------------------------------------------------

    public static PyObject call(PyObject f, PyObject[] args, String[] kwnames) {
        return f.call(args, kwnames);
    }

    /** {@code f(*positional, **keywords)} (compare CPython's CALL_FUNCTION_EX). */
    public static PyObject callEx(PyObject f, PyObject positional, PyObject keywords) {
        PyObject[] pos = ((PyList) positional).toArray();
        PyDict kw = (PyDict) keywords;
        if (kw.size() == 0) {
            return f.call(pos, null);
        }
        PyObject[] all = new PyObject[pos.length + kw.size()];
        String[] names = new String[kw.size()];
        System.arraycopy(pos, 0, all, 0, pos.length);
        int i = 0;
        for (var e : kw.entries().entrySet()) {
            names[i] = ((PyStr) e.getKey()).value();
            all[pos.length + i++] = e.getValue();
        }
        return f.call(all, names);
    }

    /** {@code *iterable} in a call's arguments. */
    public static void extendArgs(PyObject list, PyObject iterable, PyObject function) {
        try {
            ((PyList) list).extend(toArray(iterable));
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && iterable.type().lookup("__iter__") == null
                    && !(iterable instanceof PyStr || iterable instanceof PyList || iterable instanceof PyTuple
                    || iterable instanceof PyDict || iterable instanceof PyRange || iterable instanceof PyInstance)) {
                throw PyErrors.typeError("%s argument after * must be an iterable, not %s", callableName(function),
                        iterable.type().name());
            }
            throw e;
        }
    }

    /** One {@code name=value} of a call that also unpacks {@code **}. */
    public static void addKeyword(PyObject dict, String name, PyObject value, PyObject function) {
        PyDict d = (PyDict) dict;
        PyStr key = PyStr.of(name);
        if (d.get(key) != null) {
            throw PyErrors.typeError("%s got multiple values for keyword argument '%s'", callableName(function), name);
        }
        d.put(key, value);
    }

    /** {@code **mapping} in a call's arguments. */
    public static void mergeKeywords(PyObject dict, PyObject mapping, PyObject function) {
        PyDict d = (PyDict) dict;
        if (!(mapping instanceof PyDict m) || DerivedSlots.overridesIter(mapping)) {
            if (mapping.type().lookup("keys") == null) {
                throw PyErrors.typeError("%s argument after ** must be a mapping, not %s", callableName(function),
                        mapping.type().name());
            }
            PyObject keys = callMethod(loadMethod(mapping, "keys"), mapping, PyObject.NO_ARGS, null);
            PyObject it = keys.iter();
            for (PyObject k = it.next(); k != null; k = it.next()) {
                mergeOne(d, k, mapping.getItem(k), function);
            }
            return;
        }
        for (var e : m.entries().entrySet()) {
            mergeOne(d, e.getKey(), e.getValue(), function);
        }
    }

    private static void mergeOne(PyDict d, PyObject key, PyObject value, PyObject function) {
        if (!(key instanceof PyStr s)) {
            throw PyErrors.typeError("keywords must be strings");
        }
        if (d.get(s) != null) {
            throw PyErrors.typeError("%s got multiple values for keyword argument '%s'", callableName(function), s.value());
        }
        d.put(s, value);
    }

    /** Compare CPython {@code _PyObject_FunctionStr}: {@code module.qualname()} unless the module is builtins. */
    private static String callableName(PyObject f) {
        if (f instanceof PyFunction fn) {
            PyObject module = fn.globals().get(PyStr.of("__name__"));
            String m = module instanceof PyStr s ? s.value() : null;
            return (m == null || m.equals("builtins") ? "" : m + ".") + fn.qualname() + "()";
        }
        if (f instanceof PyBuiltinFunction b) {
            return b.name() + "()";
        }
        if (f instanceof PyType t) {
            return t.name() + "()";
        }
        return f.type().name() + " object";
    }

    /**
     * First half of {@code o.name(args...)} (compare CPython's LOAD_METHOD): a method of
     * o's type is returned unbound, so {@link #callMethod} can pass o as self without
     * building a bound method; anything else is the attribute's value.
     */
    public static PyObject loadMethod(PyObject o, String name) {
        if (o.hasGenericAttributes()) {
            PyObject m = o.type().lookup(name);
            if (m instanceof PyMethodDescriptor) {
                return m;
            }
        } else if (o instanceof PyInstance i) {
            PyObject m = o.type().lookup(name);
            if (m instanceof PyFunction f && i.dict.findEntry(InternedNames.of(name)) < 0
                    && o.type().lookup("__getattribute__") instanceof PyMethodDescriptor) {
                return f.methodCall();
            }
            if (m instanceof PyMethodDescriptor && i.dict.findEntry(InternedNames.of(name)) < 0
                    && o.type().lookup("__getattribute__") instanceof PyMethodDescriptor) {
                return m;
            }
        }
        PyObject v = o.getAttr(name);
        // A method descriptor that is a plain value (list.append read from the type) must not get o as self.
        return v instanceof PyMethodDescriptor d ? new PyBuiltinFunction(d.name(), d::call) : v;
    }

    /** Second half of {@code o.name(args...)}: calls what {@link #loadMethod} found. */
    public static PyObject callMethod(PyObject method, PyObject self, PyObject[] args, String[] kwnames) {
        if (method instanceof PyMethodDescriptor d) {
            return d.invoke(self, args, kwnames);
        }
        if (method instanceof UnboundMethodCall u) {
            return Special.callWithSelf(u.function, self, args, kwnames);
        }
        return method.call(args, kwnames);
    }

    // ---- classes ----------------------------------------------------------------------

    /** The namespace a class body fills: {@code __module__} and {@code __qualname__} first. */
    public static PyDict classNamespace(PyDict globals, String qualname) {
        PyDict ns = new PyDict();
        PyObject module = globals.get(PyStr.of("__name__"));
        ns.put(PyStr.of("__module__"), module == null ? PyStr.of("builtins") : module);
        ns.put(PyStr.of("__qualname__"), PyStr.of(qualname));
        return ns;
    }

    /** A name read in a class body: the class namespace, then globals, then builtins. */
    public static PyObject loadClassName(PyDict ns, PyDict globals, PyStr name) {
        PyObject v = ns.tableGet(name);
        return v != null ? v : loadGlobal(globals, name);
    }

    public static void storeClassName(PyDict ns, PyStr name, PyObject value) {
        ns.put(name, value);
    }

    /** {@code name: annotation} in a class body or module: {@code __annotations__[name] = annotation}, creating the dict first. */
    public static void annotateName(PyDict ns, PyStr name, PyObject annotation) {
        PyStr key = PyStr.of("__annotations__");
        PyObject annotations = ns.get(key);
        if (annotations == null) {
            annotations = new PyDict();
            ns.put(key, annotations);
        }
        annotations.setItem(name, annotation);
    }

    public static void deleteClassName(PyDict ns, PyStr name) {
        if (ns.remove(name) == null) {
            throw PyErrors.nameError(name.value());
        }
    }

    /**
     * The bases of a class statement after each non-class base's {@code __mro_entries__(bases)}
     * has replaced it (compare CPython's update_bases: {@code class C(Generic[T])}); when any
     * did, the original bases are kept in the namespace as {@code __orig_bases__}.
     */
    private static PyType[] resolveMroEntries(PyObject[] bases, PyDict ns) {
        java.util.List<PyType> types = new ArrayList<>();
        boolean changed = false;
        PyTuple original = null;
        for (PyObject base : bases) {
            if (base instanceof PyType t) {
                types.add(t);
                continue;
            }
            PyObject entries = base.type().lookup("__mro_entries__");
            if (entries == null) {
                throw PyErrors.typeError("bases must be types");
            }
            if (original == null) {
                original = PyTuple.of(bases);
            }
            PyObject r = entries.bindTo(base).call1(original);
            if (!(r instanceof PyTuple tuple)) {
                throw PyErrors.typeError("__mro_entries__ must return a tuple");
            }
            changed = true;
            for (PyObject entry : tuple.toArray()) {
                if (!(entry instanceof PyType t)) {
                    throw PyErrors.typeError("bases must be types");
                }
                types.add(t);
            }
        }
        if (changed) {
            ns.put(PyStr.of("__orig_bases__"), original);
        }
        return types.toArray(new PyType[0]);
    }

    /**
     * Creates the class of a {@code class} statement once its body has run (compare
     * CPython {@code __build_class__}): picks the metaclass, creates the class, fills its
     * {@code __class__} cell, and runs the bases' {@code __init_subclass__}.
     */
    public static PyObject makeClass(String name, PyObject[] bases, String[] kwnames, PyDict ns) {
        int npos = kwnames == null ? bases.length : bases.length - kwnames.length;
        PyObject metaclass = null;
        PyDict extra = new PyDict();
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            if (kwnames[i].equals("metaclass")) {
                metaclass = bases[npos + i];
            } else {
                extra.put(PyStr.of(kwnames[i]), bases[npos + i]);
            }
        }
        PyType[] types = resolveMroEntries(java.util.Arrays.copyOf(bases, npos), ns);
        PyObject cell = ns.remove(PyStr.of("__classcell__"));
        PyObject cls;
        PyObject qualname = ns.get(PyStr.of("__qualname__"));
        String qn = qualname instanceof PyStr q ? q.value() : name;
        if (metaclass == null || metaclass instanceof PyType) {
            metaclass = mostDerivedMetaclass((PyType) metaclass, types);
        }
        if (metaclass != PyType.TYPE) {
            if (cell != null) {
                ns.put(PyStr.of("__classcell__"), cell);
            }
            // The metaclass gets the class keywords (other than metaclass=) too.
            PyObject[] args = new PyObject[3 + extra.size()];
            String[] names = extra.size() == 0 ? null : new String[extra.size()];
            args[0] = PyStr.of(name);
            args[1] = PyTuple.of(types);
            args[2] = ns;
            int k = 0;
            for (var entry : extra.entries().entrySet()) {
                names[k] = ((PyStr) entry.getKey()).value();
                args[3 + k++] = entry.getValue();
            }
            PyObject made = metaclass.call(args, names);
            if (cell instanceof PyCell c && c.value == null) {
                // a metaclass that did not go through type.__new__ (compare CPython's check)
                c.value = made;
            }
            return made;
        } else {
            cls = PyType.newClass(PyType.TYPE, name, qn, types, ns);
        }
        if (cell instanceof PyCell c) {
            c.value = cls;
        }
        initSubclass((PyType) cls, extra);
        return cls;
    }

    /**
     * The metaclass of a new class: the explicit one or {@code type}, replaced by any base's
     * metaclass that is more derived; unrelated ones conflict (CPython
     * _PyType_CalculateMetaclass).
     */
    private static PyType mostDerivedMetaclass(PyType explicit, PyType[] bases) {
        PyType winner = explicit == null ? PyType.TYPE : explicit;
        for (PyType base : bases) {
            PyType meta = base.type();
            if (winner.isSubtypeOf(meta)) {
                continue;
            }
            if (meta.isSubtypeOf(winner)) {
                winner = meta;
                continue;
            }
            throw PyErrors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    static void initSubclass(PyType cls, PyDict kwargs) {
        PySuper sup = PySuper.of(cls, cls);
        PyObject hook = sup.getAttr("__init_subclass__");
        String[] names = new String[kwargs.size()];
        PyObject[] values = new PyObject[kwargs.size()];
        int i = 0;
        for (var e : kwargs.entries().entrySet()) {
            names[i] = ((PyStr) e.getKey()).value();
            values[i++] = e.getValue();
        }
        hook.call(values, names.length == 0 ? null : names);
    }

    /** Zero-argument {@code super()} inside a method: the class from its {@code __class__} cell, and its first argument. */
    public static PyObject superOf(PyCell classCell, PyObject first) {
        if (classCell.value == null) {
            throw PyErrors.runtimeError("super(): empty __class__ cell");
        }
        if (!(classCell.value instanceof PyType t)) {
            throw PyErrors.runtimeError("super(): __class__ is not a type (%s)", classCell.value.type().name());
        }
        return PySuper.of(t, first);
    }

    public static void delAttr(PyObject o, String name) {
        o.delAttr(name);
    }

    // ---- imports ----------------------------------------------------------------------

    /**
     * {@code import a.b.c} ({@code asName} false: returns {@code a}, the name bound) or
     * {@code import a.b.c as x} (returns {@code a.b.c}).
     */
    public static PyObject importName(PyDict globals, String name, boolean asName) {
        PyModule m = Imports.importAbsolute(name);
        if (asName || name.indexOf('.') < 0) {
            return m;
        }
        return Imports.importAbsolute(name.substring(0, name.indexOf('.')));
    }

    /** The module of {@code from module import ...} ({@code level} leading dots). */
    public static PyObject importFrom(PyDict globals, String module, int level) {
        return Imports.importAbsolute(Imports.resolve(module, level, globals));
    }

    /** One name of {@code from module import name}: an attribute, or a submodule. */
    public static PyObject importAttr(PyObject module, String name) {
        PyModule m = (PyModule) module;
        PyObject v = m.dict().get(PyStr.of(name));
        if (v != null) {
            return v;
        }
        try {
            return Imports.importAbsolute(m.name() + "." + name);
        } catch (PyException e) {
            if (!e.matches(PyExc.ModuleNotFoundError)) {
                throw e;
            }
        }
        String where = m.origin() == null ? "unknown location" : m.origin();
        PyBaseException error = PyExc.create(PyExc.ImportError,
                PyStr.of("cannot import name '" + name + "' from '" + m.name() + "' (" + where + ")"));
        error.setAttr("name", PyStr.of(m.name()));
        if (m.origin() != null) {
            error.setAttr("path", PyStr.of(m.origin()));
        }
        throw new PyException(error);
    }

    /** {@code from module import *}: {@code __all__}, else every name not starting with an underscore. */
    public static void importStar(PyObject module, PyDict globals) {
        PyModule m = (PyModule) module;
        PyObject all = m.dict().get(PyStr.of("__all__"));
        if (all != null) {
            PyObject it = all.iter();
            for (PyObject n = it.next(); n != null; n = it.next()) {
                String name = ((PyStr) n).value();
                globals.put(PyStr.of(name), importAttr(m, name));
            }
            return;
        }
        for (var e : m.dict().entries().entrySet()) {
            if (e.getKey() instanceof PyStr s && !s.value().startsWith("_")) {
                globals.put(s, e.getValue());
            }
        }
    }

    // ---- exceptions -------------------------------------------------------------------

    /** The exception to throw for {@code raise exc} (compare CPython {@code do_raise}). */
    public static PyException raise(PyObject exc) {
        PyBaseException value = exceptionInstance(exc, "exceptions must derive from BaseException");
        chainToHandled(value);
        return new PyException(value);
    }

    /**
     * What a raise statement does to {@code __context__} (compare CPython's
     * {@code _PyErr_SetObject}): the exception being handled becomes the context even of an
     * instance raised before, and a chain that would loop back to {@code value} is cut.
     */
    private static void chainToHandled(PyBaseException value) {
        PyBaseException handling = ExcState.current();
        if (handling == null || handling == value) {
            return;
        }
        for (PyBaseException o = handling; o.context != null; o = o.context) {
            if (o.context == value) {
                o.context = null;
                break;
            }
        }
        value.context = handling;
    }

    /**
     * {@code raise exc} where nothing in the function can catch it (no try, with or finally
     * around it, not a generator): a StopIteration that the caller's iteration machinery
     * will swallow (a for loop over a class's {@code __next__}) is raised without taking a
     * Java stack trace, which is most of the cost of ending a loop (compare CPython, where
     * raising is cheap and the traceback is built frame by frame).
     */
    public static PyException raiseLeaving(PyObject exc) {
        PyBaseException value = exceptionInstance(exc, "exceptions must derive from BaseException");
        chainToHandled(value);
        if (value.type() == PyExc.StopIteration && CallDepth.stopIterationIsSwallowedHere()) {
            return PyException.untraced(value);
        }
        return new PyException(value);
    }

    /** {@code raise exc from cause}; a None cause suppresses the context. */
    public static PyException raiseFrom(PyObject exc, PyObject cause) {
        PyBaseException value = exceptionInstance(exc, "exceptions must derive from BaseException");
        if (cause == PyNone.INSTANCE) {
            value.cause = null;
        } else {
            value.cause = exceptionInstance(cause, "exception causes must derive from BaseException");
        }
        value.suppressContext = true;
        chainToHandled(value);
        return new PyException(value);
    }

    private static PyBaseException exceptionInstance(PyObject exc, String message) {
        if (exc instanceof PyBaseException b) {
            return b;
        }
        if (exc instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject made = t.call0();
            if (made instanceof PyBaseException b) {
                return b;
            }
            throw PyErrors.typeError("calling %s should have returned an instance of BaseException, not %s",
                    t.repr(), made.type().name());
        }
        throw PyErrors.typeError(message);
    }

    /** A bare {@code raise}: the exception being handled, as it was raised. */
    public static PyException reraise() {
        PyBaseException current = ExcState.current();
        if (current == null) {
            throw PyErrors.runtimeError("No active exception to reraise");
        }
        return current.carrier != null ? current.carrier : new PyException(current);
    }

    /**
     * Whether an {@code except T:} clause catches {@code e} (compare CPython
     * {@code PyErr_GivenExceptionMatches}); T is a class or a tuple of classes.
     */
    public static boolean exceptionMatches(PyException e, PyObject t) {
        // CPython's check_except_type_valid: every class of a tuple is checked before any matching.
        if (t instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                checkCatchable(tuple.get(i));
            }
            for (int i = 0; i < tuple.size(); i++) {
                if (e.value().isInstance((PyType) tuple.get(i))) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(t);
        return e.value().isInstance((PyType) t);
    }

    private static void checkCatchable(PyObject t) {
        if (!(t instanceof PyType type && type.isSubtypeOf(PyExc.BaseException))) {
            throw PyErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** Entering an {@code except} block for {@code e}; returns the exception instance (for {@code as}). */
    public static PyObject enterHandler(PyException e) {
        e.value().handledAtDepth = CallDepth.depth();
        ExcState.push(e.value());
        return e.value();
    }

    /** Leaving an {@code except} block, normally or not. */
    public static void exitHandler() {
        ExcState.pop();
    }

    /**
     * Entering a finally body because {@code pending} is propagating: while the body runs,
     * that exception is the one being handled (so one raised there chains to it). The end of
     * the run's CPU time or heap is not an exception the guest handles: it leaves at once,
     * without running the finally body (which could swallow it with a return or loop on).
     */
    public static void enterFinally(Throwable pending) {
        if (pending instanceof CpuLimitExceeded || pending instanceof OutOfMemoryError) {
            throw (Error) pending;
        }
        ExcState.push(pending instanceof PyException p ? p.value() : null);
    }

    /**
     * The {@code __exit__} of a with statement's context manager, bound, checked before
     * {@code __enter__} runs (compare CPython's BEFORE_WITH).
     */
    public static PyObject withExit(PyObject manager) {
        PyObject enter = manager.type().lookup("__enter__");
        PyObject exit = manager.type().lookup("__exit__");
        if (enter == null) {
            throw PyErrors.typeError("'%s' object does not support the context manager protocol", manager.type().name());
        }
        if (exit == null) {
            throw PyErrors.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)",
                    manager.type().name());
        }
        return exit.bindTo(manager);
    }

    /** {@code __enter__()} of a context manager whose {@code __exit__} was checked. */
    public static PyObject withEnter(PyObject manager) {
        return manager.type().lookup("__enter__").bindTo(manager).call0();
    }

    /** Leaving a with block normally (or by break, continue, return): {@code __exit__(None, None, None)}. */
    public static void withExitNormally(PyObject exit) {
        exit.call3(PyNone.INSTANCE, PyNone.INSTANCE, PyNone.INSTANCE);
    }

    /** Leaving a with block by an exception: whether {@code __exit__(type, value, tb)} suppresses it. */
    public static boolean withExitSuppresses(PyObject exit, PyException e) {
        PyBaseException v = e.value();
        return isTrue(exit.call3(v.type(), v, PyNone.INSTANCE));
    }

    /** Raising, at a generator's resume point, what {@code throw()} sent into it. */
    public static PyException thrownInto(PyObject thrown) {
        return new PyException((PyBaseException) thrown);
    }

    /** {@code yield from} one step: the sub-iterator's next value (sending {@code sent} to a generator), or null at its end. */
    public static PyObject delegate(PyObject iterator, PyObject sent) {
        if (iterator instanceof PyGenerator g) {
            return g.resume(sent, null); // a coroutine too, which has no next()
        }
        if (iterator instanceof AwaitIterator a) {
            return a.step(sent, null);
        }
        return iterator.next();
    }

    /**
     * {@code throw()} or {@code close()} reaching a generator suspended in {@code yield from}
     * (PEP 380): GeneratorExit closes the sub-iterator and is raised here; another exception
     * is thrown into the sub-iterator, whose next value is returned (null when it finished),
     * or raised here if it has no {@code throw} method.
     */
    public static PyObject delegateThrow(PyObject iterator, PyObject thrown) {
        PyBaseException exc = (PyBaseException) thrown;
        if (exc.isInstance(PyExc.GeneratorExit)) {
            if (iterator instanceof PyGenerator g) {
                g.close();
            } else {
                PyObject close = iterator.type().lookup("close");
                if (close != null) {
                    close.bindTo(iterator).call0();
                }
            }
            throw new PyException(exc);
        }
        if (iterator instanceof PyGenerator g) {
            return g.resume(PyNone.INSTANCE, exc);
        }
        if (iterator instanceof AwaitIterator a) {
            return a.step(PyNone.INSTANCE, exc);
        }
        PyObject throwMethod = iterator.type().lookup("throw");
        if (throwMethod == null) {
            throw new PyException(exc);
        }
        try {
            return throwMethod.bindTo(iterator).call1(exc);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** The value of a finished {@code yield from}: the sub-generator's return value, else None. */
    public static PyObject delegateResult(PyObject iterator) {
        return iterator instanceof PyGenerator g ? g.returnValue()
                : iterator instanceof AwaitIterator a ? a.result() : PyNone.INSTANCE;
    }

    /** A function's docstring, set when its def runs. */
    public static void setDoc(PyObject function, PyObject doc) {
        function.setAttr("__doc__", doc);
    }

    /** {@code assert test, msg} failed. */
    public static PyException assertionFailed(PyObject message) {
        return message == null ? new PyException(PyExc.create(PyExc.AssertionError))
                : new PyException(PyExc.create(PyExc.AssertionError, message));
    }

    // ---- names ------------------------------------------------------------------------

    /** A global name: the module's globals, then builtins, else NameError. */
    public static PyObject loadGlobal(PyDict globals, PyStr name) {
        PyObject v = globals.tableGet(name);
        if (v == null) {
            v = Builtins.DICT.tableGet(name);
            if (v == null) {
                throw PyErrors.nameError(name.value(), globals);
            }
        }
        return v;
    }

    public static void storeGlobal(PyDict globals, PyStr name, PyObject value) {
        globals.put(name, value);
    }

    /** Removes a global if present, silently (cleanup of {@code except ... as name}). */
    public static void unbindGlobal(PyDict globals, PyStr name) {
        globals.remove(name);
    }

    public static void deleteGlobal(PyDict globals, PyStr name) {
        if (globals.remove(name) == null) {
            throw PyErrors.nameError(name.value(), globals);
        }
    }

    /** A variable of an enclosing function read before it was assigned there. */
    public static PyException unboundFree(String name) {
        return PyErrors.of(PyExc.NameError,
                "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
    }

    /** A local read before assignment. */
    public static PyException unboundLocal(String name) {
        return PyErrors.unboundLocal(name);
    }

    /** One item of a list comprehension. */
    public static void listAppend(PyObject list, PyObject item) {
        ((PyList) list).append(item);
    }

    /** An empty set, filled by a set comprehension or display. */
    public static PyObject newSet() {
        return new PySet();
    }

    /** One item of a set comprehension or display. */
    public static void setAdd(PyObject set, PyObject item) {
        ((PySet) set).addKey(item);
    }

    /** A list display {@code [a, b]}: takes ownership of {@code items}. */
    public static PyObject newList(PyObject[] items) {
        return new PyList(items);
    }

    // ---- constants the compiler builds ------------------------------------------------

    public static PyObject intConstant(String decimal) {
        return PyInt.of(new java.math.BigInteger(decimal));
    }

    public static PyObject floatConstant(double d) {
        return new PyFloat(d);
    }
}
