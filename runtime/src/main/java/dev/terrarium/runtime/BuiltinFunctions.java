package dev.terrarium.runtime;

import java.math.BigInteger;

/** Bodies of the built-in functions that need more than a line (see {@link Builtins}). */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    /** {@code print(*objects, sep=' ', end='\n', file=None, flush=False)}. */
    static PyObject print(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        String sep = textOption(ArgParser.keyword("print", args, kwnames, "sep", "end", "file", "flush"), " ", "sep");
        String end = textOption(ArgParser.keyword("print", args, kwnames, "end", "sep", "file", "flush"), "\n", "end");
        PyObject file = ArgParser.keyword("print", args, kwnames, "file", "sep", "end", "flush");
        PyObject flush = ArgParser.keyword("print", args, kwnames, "flush", "sep", "end", "file");
        if (file == null || file == PyNone.INSTANCE) {
            file = SysModule.currentStdout();
            if (file == PyNone.INSTANCE) {
                return PyNone.INSTANCE; // sys.stdout = None discards output, as in CPython
            }
        }
        if (file != null && file != PyNone.INSTANCE && !(file instanceof PyTextStream)) {
            // A guest file object gets one write() per argument, separator and end, as in CPython.
            PyObject write = Ops.getAttr(file, "write");
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    write.call1(PyStr.of(sep));
                }
                write.call1(PyStr.of(Ops.str(args[i])));
            }
            write.call1(PyStr.of(end));
            if (flush != null && Ops.isTrue(flush)) {
                Ops.getAttr(file, "flush").call0();
            }
            return PyNone.INSTANCE;
        }
        StringBuilder b = new StringBuilder();
        try {
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    b.append(sep);
                }
                b.append(Ops.str(args[i]));
            }
            b.append(end);
        } finally {
            // When str() of an argument fails, what came before it has been printed (CPython writes piecewise).
            if (file instanceof PyTextStream stream) {
                stream.write(b.toString());
            } else {
                GuestIO.writeStdout(b.toString());
            }
        }
        if (flush != null && Ops.isTrue(flush)) {
            if (!(file instanceof PyTextStream stream) || stream.fd == 1) {
                GuestIO.flushStdout();
            }
        }
        return PyNone.INSTANCE;
    }

    /**
     * {@code input(prompt=None)} as CPython's when stdin and stdout are not a terminal (they
     * never are in the sandbox): the prompt written to {@code sys.stdout} and flushed, then one
     * line of {@code sys.stdin} without its newline; EOFError at end of input.
     */
    static PyObject input(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("input", kwnames);
        ArgParser.arity("input", args, 0, 1);
        PyModule sys = SysModule.module();
        PyObject in = sys.getAttr("stdin");
        PyObject out = sys.getAttr("stdout");
        if (in == PyNone.INSTANCE) {
            throw PyErrors.of(PyExc.RuntimeError, "input(): lost sys.stdin");
        }
        if (out == PyNone.INSTANCE) {
            throw PyErrors.of(PyExc.RuntimeError, "input(): lost sys.stdout");
        }
        if (args.length == 1) {
            Ops.callMethod(Ops.loadMethod(out, "write"), out, new PyObject[] {PyStr.of(Ops.str(args[0]))}, null);
        }
        Ops.callMethod(Ops.loadMethod(out, "flush"), out, new PyObject[0], null);
        PyObject line = Ops.callMethod(Ops.loadMethod(in, "readline"), in, new PyObject[0], null);
        if (!(line instanceof PyStr s)) {
            throw PyErrors.typeError("object.readline() returned non-string");
        }
        String text = s.value();
        if (text.isEmpty()) {
            throw PyErrors.of(PyExc.EOFError, "EOF when reading a line");
        }
        return PyStr.of(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    }

    private static String textOption(PyObject value, String dflt, String name) {
        if (value == null || value == PyNone.INSTANCE) {
            return dflt;
        }
        if (value instanceof PyStr s) {
            return s.value();
        }
        throw PyErrors.typeError("%s must be None or a string, not %s", name, value.type().name());
    }

    static PyObject ord(PyObject o) {
        if (o instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyErrors.typeError("ord() expected a character, but string of length %d found", s.length());
            }
            return PyInt.of(s.codePointAt(0));
        }
        if (o instanceof PyBytesLike b) {
            // bytes and bytearray of length 1 give their byte (compare CPython builtin_ord)
            if (b.length() != 1) {
                throw PyErrors.typeError("ord() expected a character, but string of length %d found", b.length());
            }
            return PyInt.of(b.byteAt(0));
        }
        throw PyErrors.typeError("ord() expected string of length 1, but %s found", o.type().name());
    }

    static PyObject chr(PyObject o) {
        PyInt i = ArgParser.index(o);
        if (!i.isSmall() || i.value < 0 || i.value > 0x10ffff) {
            if (!i.isSmall() || i.value != (int) i.value) {
                throw PyErrors.overflowError("Python int too large to convert to C int");
            }
            throw PyErrors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) i.value);
    }

    static PyObject radix(PyObject o, int radix, String prefix) {
        BigInteger v = ArgParser.index(o).asBig();
        String digits = v.abs().toString(radix);
        return PyStr.of((v.signum() < 0 ? "-" : "") + prefix + digits);
    }

    /** {@code min}/{@code max} (compare CPython {@code min_max}); {@code sign} 1 for max. */
    static PyObject minMax(String name, PyObject[] args, String[] kwnames, int sign) {
        int npos = ArgParser.positionalCount(args, kwnames);
        PyObject key = ArgParser.keyword(name, args, kwnames, "key", "default");
        PyObject dflt = ArgParser.keyword(name, args, kwnames, "default", "key");
        if (key == PyNone.INSTANCE) {
            key = null;
        }
        PyObject it;
        if (npos == 0) {
            throw PyErrors.typeError("%s expected at least 1 argument, got 0", name);
        } else if (npos == 1) {
            it = Ops.iter(args[0]);
        } else {
            if (dflt != null) {
                throw PyErrors.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
            }
            PyObject[] items = new PyObject[npos];
            System.arraycopy(args, 0, items, 0, npos);
            it = new PyTuple(items).iter();
        }
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x = it.next(); x != null; x = it.next()) {
            PyObject k = key == null ? x : key.call1(x);
            if (best == null || (sign > 0 ? Ops.isTrue(Ops.gt(k, bestKey)) : Ops.isTrue(Ops.lt(k, bestKey)))) {
                best = x;
                bestKey = k;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyErrors.valueError("%s() arg is an empty sequence", name);
        }
        return best;
    }

    static PyObject sorted(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        if (npos != 1) {
            throw PyErrors.typeError("sorted expected 1 argument, got %d", npos);
        }
        // As CPython: build the list first, then call its sort() with the keywords (so their errors name sort()).
        PyList list = new PyList(Ops.toArray(args[0]));
        PyObject key = ArgParser.keyword("sort", args, kwnames, "key", "reverse");
        PyObject reverse = ArgParser.keyword("sort", args, kwnames, "reverse", "key");
        ListMethods.sort(list, key, reverse != null && StrArgs.cInt(reverse) != 0);
        return list;
    }

    static PyObject next(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("next", kwnames);
        ArgParser.arity("next", args, 1, 2);
        PyObject it = args[0];
        boolean iterator;
        try {
            iterator = it.iter() == it;
        } catch (PyException e) {
            iterator = false;
        }
        if (!iterator) {
            throw PyErrors.typeError("'%s' object is not an iterator", it.type().name());
        }
        if (it instanceof PyInstance instance) {
            // the class's own StopIteration, with its traceback, unless there is a default
            try {
                return instance.callNext();
            } catch (PyException e) {
                if (args.length == 2 && e.matches(PyExc.StopIteration)) {
                    return args[1];
                }
                throw e;
            }
        }
        PyObject x = it.next();
        if (x != null) {
            return x;
        }
        if (args.length == 2) {
            return args[1];
        }
        if (it instanceof PyGenerator g && g.returnValue() != PyNone.INSTANCE) {
            throw new PyException(PyExc.create(PyExc.StopIteration, g.returnValue()));
        }
        throw new PyException(PyExc.create(PyExc.StopIteration));
    }

    static PyObject isinstance(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("isinstance", kwnames);
        ArgParser.arity("isinstance", args, 2, 2);
        return PyBool.of(isInstance(args[0], args[1]));
    }

    static PyObject issubclass(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("issubclass", kwnames);
        ArgParser.arity("issubclass", args, 2, 2);
        if (!(args[0] instanceof PyType t)) {
            throw PyErrors.typeError("issubclass() arg 1 must be a class");
        }
        return PyBool.of(isSubclass(t, args[1]));
    }

    /** PyObject_IsSubclass: a metaclass's {@code __subclasscheck__} decides, else the MRO. */
    private static boolean isSubclass(PyType t, PyObject cls) {
        if (cls instanceof PyGenericAlias) {
            throw PyErrors.typeError("issubclass() argument 2 cannot be a parameterized generic");
        }
        PyObject check = cls instanceof PyTuple ? null : cls.type().lookup("__subclasscheck__");
        if (check != null && !(cls instanceof PyType c0 && c0.type() == PyType.TYPE)) {
            return Ops.isTrue(check.bindTo(cls).call1(t));
        }
        if (cls instanceof PyType c) {
            return t.isSubtypeOf(c);
        }
        if (cls instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (isSubclass(t, tuple.get(i))) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** PyObject_IsInstance: an exact type match, else a metaclass's {@code __instancecheck__}, else the MRO. */
    private static boolean isInstance(PyObject o, PyObject cls) {
        if (o.type() == cls) {
            return true;
        }
        if (cls instanceof PyGenericAlias) {
            throw PyErrors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        }
        PyObject check = cls instanceof PyTuple ? null : cls.type().lookup("__instancecheck__");
        if (check != null && !(cls instanceof PyType c0 && c0.type() == PyType.TYPE)) {
            return Ops.isTrue(check.bindTo(cls).call1(o));
        }
        if (cls instanceof PyType t) {
            return o.type().isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (isInstance(o, tuple.get(i))) {
                    return true;
                }
            }
            return false;
        }
        throw PyErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static PyObject divmod(PyObject[] args, String[] kwnames) {
        ArgParser.noKeywords("divmod", kwnames);
        ArgParser.arity("divmod", args, 2, 2);
        PyObject a = args[0];
        PyObject b = args[1];
        if (a instanceof PyInstance || b instanceof PyInstance || DerivedSlots.isDerived(a) || DerivedSlots.isDerived(b)) {
            PyObject r = divmodSpecial(a, b);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof PyInt x && b instanceof PyInt y) {
            return PyTuple.of(PyInt.floorDiv(x, y), PyInt.mod(x, y));
        }
        if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat)) {
            double x = a instanceof PyFloat f ? f.value : ((PyInt) a).asDouble();
            double y = b instanceof PyFloat f ? f.value : ((PyInt) b).asDouble();
            if (y == 0.0) {
                throw PyErrors.zeroDivision("float divmod()");
            }
            double[] qr = PyFloat.divmod(x, y);
            return PyTuple.of(new PyFloat(qr[0]), new PyFloat(qr[1]));
        }
        throw PyErrors.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", a.type().name(), b.type().name());
    }

    /**
     * divmod's binary protocol for guest classes (CPython's binary_op1 on nb_divmod): a
     * subclass's {@code __rdivmod__} first, then {@code a.__divmod__(b)}, then
     * {@code b.__rdivmod__(a)}. Null when the built-in int/float arithmetic answers instead.
     */
    private static PyObject divmodSpecial(PyObject a, PyObject b) {
        PyObject am = ownMethod(a, "__divmod__");
        PyObject bm = a.type() == b.type() ? null : ownMethod(b, "__rdivmod__");
        if (am == null && bm == null) {
            return null;
        }
        PyObject ni = PyNotImplemented.INSTANCE;
        if (bm != null && b.type().isSubtypeOf(a.type())) {
            PyObject r = DerivedSlots.call(bm, b, a);
            if (r != ni) {
                return r;
            }
            bm = null;
        }
        if (am != null) {
            PyObject r = DerivedSlots.call(am, a, b);
            if (r != ni) {
                return r;
            }
        } else if (builtinDivmodTakes(a, b)) {
            return null;
        }
        if (bm != null) {
            PyObject r = DerivedSlots.call(bm, b, a);
            if (r != ni) {
                return r;
            }
        }
        if (builtinDivmodTakes(b, a) && bm == null && ownMethod(b, "__rdivmod__") == null) {
            return null;
        }
        throw PyErrors.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", a.type().name(), b.type().name());
    }

    /** Whether int's or float's own __divmod__ on {@code self} takes {@code other}. */
    private static boolean builtinDivmodTakes(PyObject self, PyObject other) {
        return (self instanceof PyInt || self instanceof PyFloat) && (other instanceof PyInt || self instanceof PyFloat && other instanceof PyFloat);
    }

    /** A guest class's own special method: looked up on a plain class, or overriding a built-in base. */
    private static PyObject ownMethod(PyObject x, String name) {
        return x instanceof PyInstance ? x.type().lookup(name) : DerivedSlots.isDerived(x) ? x.type().guestOverride(name) : null;
    }

    /** {@code pow(base, exp, mod=None)}; the three-argument form is {@link TernaryPow}. */
    static PyObject pow(PyObject[] args, String[] kwnames) {
        PyObject[] p = StrSearch.bindKeywords("pow", args, kwnames, "base", "exp", "mod");
        if (p[0] == null) {
            throw PyErrors.typeError("pow() missing required argument 'base' (pos 1)");
        }
        if (p[1] == null) {
            throw PyErrors.typeError("pow() missing required argument 'exp' (pos 2)");
        }
        if (p[2] == null || p[2] == PyNone.INSTANCE) {
            return Ops.pow(p[0], p[1]);
        }
        return TernaryPow.pow(p[0], p[1], p[2]);
    }

    /** {@code round(number, ndigits=None)}: half to even, as CPython. */
    static PyObject round(PyObject[] args, String[] kwnames) {
        if (args.length > 2) {
            throw PyErrors.typeError("round() takes at most 2 arguments (%d given)", args.length);
        }
        int npos = ArgParser.positionalCount(args, kwnames);
        PyObject nd = npos > 1 ? args[1] : ArgParser.keyword("round", args, kwnames, "ndigits", "number");
        PyObject x = npos > 0 ? args[0] : ArgParser.keyword("round", args, kwnames, "number", "ndigits");
        if (x == null) {
            throw PyErrors.typeError("round() missing required argument 'number' (pos 1)");
        }
        // the class's own __round__ (CPython looks it up on the type; a subclass's override wins)
        PyObject own = x instanceof PyInstance ? x.type().lookup("__round__")
                : DerivedSlots.isDerived(x) ? x.type().guestOverride("__round__") : null;
        if (own != null) {
            return nd == null || nd == PyNone.INSTANCE ? DerivedSlots.call(own, x) : DerivedSlots.call(own, x, nd);
        }
        if (x instanceof PyInt i) {
            if (nd == null || nd == PyNone.INSTANCE) {
                return PyInt.of(i.asBig());
            }
            long n = ArgParser.index(nd).asLong();
            if (n >= 0) {
                return PyInt.of(i.asBig());
            }
            java.math.BigDecimal d = new java.math.BigDecimal(i.asBig()).setScale((int) n, java.math.RoundingMode.HALF_EVEN);
            return PyInt.of(d.toBigInteger());
        }
        if (x instanceof PyFloat f) {
            double v = f.value;
            if (nd == null || nd == PyNone.INSTANCE) {
                double r = Math.rint(v);
                return IntConstructor.fromDouble(r);
            }
            long n = ArgParser.index(nd).asLong();
            if (Double.isNaN(v) || Double.isInfinite(v) || v == 0.0) {
                return f;
            }
            if (n > 330) {
                return f;
            }
            if (n < -330) {
                return new PyFloat(0.0 * v);
            }
            java.math.BigDecimal d = new java.math.BigDecimal(v).setScale((int) n, java.math.RoundingMode.HALF_EVEN);
            return new PyFloat(Math.copySign(d.doubleValue(), v));
        }
        throw PyErrors.typeError("type %s doesn't define __round__ method", x.type().name());
    }

    static PyObject anyAll(String name, PyObject[] args, String[] kwnames, boolean lookFor) {
        ArgParser.noKeywords(name, kwnames);
        ArgParser.arity(name, args, 1, 1);
        PyObject it = Ops.iter(args[0]);
        for (PyObject x = it.next(); x != null; x = it.next()) {
            if (Ops.isTrue(x) == lookFor) {
                return PyBool.of(lookFor);
            }
        }
        return PyBool.of(!lookFor);
    }
}
