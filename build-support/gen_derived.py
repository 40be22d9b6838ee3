#!/usr/bin/env python3
"""Writes runtime/src/main/java/dev/terrarium/runtime/Derived*.java: the Java classes of
instances of guest classes that derive from a built-in type (class C(dict), class S(str)...).

Each class extends the built-in's Java class, so the instance IS a dict/str/... for all runtime
code, and overrides every slot (add, getItem, len, repr, hash, ...) to call the special method
a guest class in its MRO defines, else the built-in's own (compare CPython's slot_* functions
that type_new installs for the dunders a class defines). The slots are the same for every base,
so they are generated from one table here rather than written eleven times.

Run: python3 build-support/gen_derived.py (after changing this table), then build.
"""
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "runtime", "src", "main", "java", "dev", "terrarium", "runtime")

BINARY = ["add", "radd", "sub", "rsub", "mul", "rmul", "matmul", "rmatmul", "truediv", "rtruediv",
          "floordiv", "rfloordiv", "mod", "rmod", "pow", "rpow", "lshift", "rlshift", "rshift", "rrshift",
          "and", "rand", "or", "ror", "xor", "rxor"]
UNARY = ["neg", "pos", "invert", "abs"]
COMPARE = {"__lt__": "LT", "__le__": "LE", "__eq__": "EQ", "__ne__": "NE", "__gt__": "GT", "__ge__": "GE"}

# CPython 3.11's special methods of each built-in type (from python3: name in B.__dict__),
# __init__/__new__ excepted; DerivedTypes installs these as descriptors on the built-in type so
# that super().__getitem__(k) and friends reach the built-in's own behaviour.
# Fields: Java base class, constructor parameters, super(...) arguments, mutable,
# has its own __str__, dunders, expression of an exact copy (immutable bases).
BASES = {
    "Dict": ("PyDict", "", "", True, False,
             "__or__ __ror__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __len__ __getitem__ __setitem__ "
             "__delitem__ __contains__ __iter__ __repr__", None),
    "List": ("PyList", "", "", True, False,
             "__add__ __mul__ __rmul__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __len__ __getitem__ "
             "__setitem__ __delitem__ __contains__ __iter__ __repr__", None),
    "Set": ("PySet", "", "", True, False,
            "__sub__ __rsub__ __and__ __rand__ __or__ __ror__ __xor__ __rxor__ __lt__ __le__ __eq__ __ne__ "
            "__gt__ __ge__ __len__ __contains__ __iter__ __repr__", None),
    "ByteArray": ("PyByteArray", "", "new byte[0]", True, True,
                  "__add__ __mul__ __rmul__ __mod__ __rmod__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __len__ "
                  "__getitem__ __setitem__ __delitem__ __contains__ __iter__ __repr__ __str__", None),
    "Tuple": ("PyTuple", "PyObject[] items", "items", False, False,
              "__add__ __mul__ __rmul__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __len__ __getitem__ "
              "__contains__ __iter__ __repr__ __hash__", "new PyTuple(toArray())"),
    "Str": ("PyStr", "String value", "value", False, True,
            "__add__ __mul__ __rmul__ __mod__ __rmod__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __len__ "
            "__getitem__ __contains__ __iter__ __repr__ __str__ __format__ __hash__", "PyStr.of(value())"),
    "Int": ("PyInt", "PyInt value", "value", False, False,
            "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __floordiv__ "
            "__rfloordiv__ __mod__ __rmod__ __pow__ __rpow__ __lshift__ __rlshift__ __rshift__ __rrshift__ "
            "__and__ __rand__ __or__ __ror__ __xor__ __rxor__ __neg__ __pos__ __invert__ __abs__ __lt__ __le__ "
            "__eq__ __ne__ __gt__ __ge__ __repr__ __format__ __bool__ __hash__",
            "big == null ? PyInt.of(this.value) : PyInt.of(big)"),
    "Float": ("PyFloat", "double value", "value", False, False,
              "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __floordiv__ "
              "__rfloordiv__ __mod__ __rmod__ __pow__ __rpow__ __neg__ __pos__ __abs__ __lt__ __le__ __eq__ "
              "__ne__ __gt__ __ge__ __repr__ __format__ __bool__ __hash__", "new PyFloat(value)"),
    "Complex": ("PyComplex", "double real, double imag", "real, imag", False, False,
                "__add__ __radd__ __sub__ __rsub__ __mul__ __rmul__ __truediv__ __rtruediv__ __pow__ __rpow__ "
                "__neg__ __pos__ __abs__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __repr__ __format__ __bool__ "
                "__hash__", "new PyComplex(real, imag)"),
    "FrozenSet": ("PyFrozenSet", "", "", False, False,
                  "__sub__ __rsub__ __and__ __rand__ __or__ __ror__ __xor__ __rxor__ __lt__ __le__ __eq__ __ne__ "
                  "__gt__ __ge__ __len__ __contains__ __iter__ __repr__ __hash__", "PyFrozenSet.copyOf(this)"),
    "Bytes": ("PyBytes", "byte[] bytes", "bytes", False, True,
              "__add__ __mul__ __rmul__ __mod__ __rmod__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __len__ "
              "__getitem__ __contains__ __iter__ __repr__ __str__ __hash__", "new PyBytes(array())"),
}


def dunder(java):
    return "__" + java + "__"


def call_of(target, d):
    """The Java expression of special method d on target ('super' or 'self'), as a PyObject."""
    for j in BINARY:
        if d == dunder(j):
            return "%s.%s(a[0])" % (target, j)
    for j in UNARY:
        if d == dunder(j):
            return "%s.%s()" % (target, j)
    if d in COMPARE:
        return "%s.richCompare(a[0], CompareOp.%s)" % (target, COMPARE[d])
    return {
        "__len__": "PyInt.of(%s.len())",
        "__getitem__": "%s.getItem(a[0])",
        "__setitem__": "DerivedTypes.none(() -> %s.setItem(a[0], a[1]))",
        "__delitem__": "DerivedTypes.none(() -> %s.delItem(a[0]))",
        "__contains__": "PyBool.of(%s.contains(a[0]))",
        "__iter__": "%s.iter()",
        "__repr__": "PyStr.of(%s.repr())",
        "__str__": "PyStr.of(%s.str())",
        "__format__": "PyStr.of(%s.format(DerivedTypes.spec(a[0])))",
        "__bool__": "PyBool.of(%s.isTrue())",
        "__hash__": "PyInt.of(%s.hash())",
    }[d] % target


def arity(d):
    if d in ("__setitem__",):
        return 2
    if any(d == dunder(j) for j in UNARY) or d in ("__len__", "__iter__", "__repr__", "__str__", "__bool__", "__hash__"):
        return 0
    return 1


def slot_methods(base_name, own_str):
    out = []
    for j in BINARY:
        out.append('    @Override public PyObject %s(PyObject o) { PyObject m = state.slot("%s"); '
                   'return m == null ? super.%s(o) : DerivedSlots.call(m, this, o); }' % (j, dunder(j), j))
    for j in UNARY:
        out.append('    @Override public PyObject %s() { PyObject m = state.slot("%s"); '
                   'return m == null ? super.%s() : DerivedSlots.call(m, this); }' % (j, dunder(j), j))
    out.append('''    @Override
    public PyObject richCompare(PyObject o, CompareOp op) {
        PyObject m = state.slot(DerivedSlots.compareName(op));
        return m == null ? super.richCompare(o, op) : DerivedSlots.call(m, this, o);
    }''')
    out.append('    @Override public long len() { PyObject m = state.slot("__len__"); '
               'return m == null ? super.len() : DerivedSlots.len(m, this); }')
    if base_name == "Dict":
        out.append('''    /** dict's own subscript: the storage, then the class's {@code __missing__} (CPython dict_subscript). */
    private PyObject subscript(PyObject key) {
        PyObject v = get(key);
        if (v != null) {
            return v;
        }
        PyObject missing = state.type.lookup("__missing__");
        return missing == null ? super.getItem(key) : DerivedSlots.call(missing, this, key);
    }

    @Override public PyObject getItem(PyObject k) { PyObject m = state.slot("__getitem__"); return m == null ? subscript(k) : DerivedSlots.call(m, this, k); }''')
    else:
        out.append('    @Override public PyObject getItem(PyObject k) { PyObject m = state.slot("__getitem__"); '
                   'return m == null ? super.getItem(k) : DerivedSlots.call(m, this, k); }')
    out.append('''    @Override
    public void setItem(PyObject k, PyObject v) {
        PyObject m = state.slot("__setitem__");
        if (m == null) {
            super.setItem(k, v);
        } else {
            DerivedSlots.call(m, this, k, v);
        }
    }

    @Override
    public void delItem(PyObject k) {
        PyObject m = state.slot("__delitem__");
        if (m == null) {
            super.delItem(k);
        } else {
            DerivedSlots.call(m, this, k);
        }
    }''')
    out.append('    @Override public boolean contains(PyObject x) { PyObject m = state.slot("__contains__"); '
               'return m == null ? super.contains(x) : Ops.isTrue(DerivedSlots.call(m, this, x)); }')
    out.append('    @Override public PyObject iter() { PyObject m = state.slot("__iter__"); '
               'return m == null ? super.iter() : DerivedSlots.iter(m, this); }')
    out.append('    @Override public String repr() { PyObject m = state.slot("__repr__"); '
               'return m == null ? super.repr() : DerivedSlots.string(m, this, "__repr__"); }')
    out.append('''    @Override
    public String str() {
        PyObject m = state.slot("__str__");
        return m != null ? DerivedSlots.string(m, this, "__str__") : %s;
    }''' % ("super.str()" if own_str else "repr()"))
    # an empty spec formats as str(self), which the class may override (CPython format_obj)
    out.append('''    @Override
    public String format(String spec) {
        PyObject m = state.slot("__format__");
        if (m != null) {
            return DerivedSlots.format(m, this, spec);
        }
        return spec.isEmpty() ? str() : super.format(spec);
    }''')
    out.append('''    @Override
    public boolean isTrue() {
        PyObject m = state.slot("__bool__");
        if (m != null) {
            return DerivedSlots.bool(m, this);
        }
        return state.slot("__len__") != null ? len() != 0 : super.isTrue();
    }

    @Override
    public long hash() {
        PyObject m = state.slot("__hash__");
        if (m == PyNone.INSTANCE) {
            throw PyErrors.typeError("unhashable type: '%%s'", state.type.name());
        }
        return m == null ? super.hash() : DerivedSlots.hash(m, this);
    }

    @Override public boolean equals(Object o) { return o == this || (o instanceof PyObject p && Ops.eq(this, p)); }
    @Override public int hashCode() { return %s; }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject m = state.slot("__call__");
        return m == null ? super.call(args, kwnames) : Special.callWithSelf(m, this, args, kwnames);
    }''' % ("(int) hash()" if base_name == "Str" else "Long.hashCode(hash())"))
    return "\n".join(out)


def generate(short, spec):
    java_base, params, super_args, mutable, own_str, dunders, exact = spec
    cls = "Derived" + short
    ctor_params = "PyType type" + (", " + params if params else "")
    if short == "Int":
        super_call = "super(value)"
    else:
        super_call = "super(%s)" % super_args
    lines = []
    lines.append("package dev.terrarium.runtime;")
    lines.append("")
    lines.append("/**")
    lines.append(" * GENERATED by build-support/gen_derived.py; do not edit. An instance of a guest class")
    lines.append(" * deriving from {@code %s}: a real %s whose slots call the special methods its class" % (
        java_base[2:].lower(), java_base))
    lines.append(" * defines (see {@link DerivedInstance}).")
    lines.append(" */")
    lines.append("final class %s extends %s implements DerivedInstance {" % (cls, java_base))
    lines.append("    private final DerivedState state;")
    lines.append("")
    lines.append("    %s(%s) {" % (cls, ctor_params))
    lines.append("        %s;" % super_call)
    lines.append("        this.state = new DerivedState(type);")
    lines.append("    }")
    lines.append("")
    lines.append("    @Override public PyType type() { return state.type; }")
    lines.append("    @Override public DerivedState derivedState() { return state; }")
    if exact is None:
        lines.append("    @Override public PyObject exactValue() { return null; }")
    else:
        lines.append("    @Override public PyObject exactValue() { return %s; }" % exact)
    lines.append("")
    lines.append("    // ---- attributes: an instance dict (or __slots__), as PyInstance ----------------------")
    lines.append("")
    lines.append("    @Override public boolean hasGenericAttributes() { return false; }")
    lines.append("    @Override public PyObject getAttr(String name) { return DerivedSlots.getAttr(this, name, super::getAttr); }")
    lines.append("    @Override public void setAttr(String name, PyObject value) { DerivedSlots.setAttr(this, name, value); }")
    lines.append("    @Override public void delAttr(String name) { DerivedSlots.delAttr(this, name); }")
    lines.append("    @Override public java.util.List<String> attributeNames() { return DerivedSlots.attributeNames(this); }")
    lines.append("")
    lines.append("    // ---- slots: the class's special method if a guest class defines it, else the built-in's ----")
    lines.append("")
    lines.append(slot_methods(short, own_str))
    lines.append("")
    lines.append("    /** The built-in's own special method {@code dunder}, skipping the class's overrides. */")
    lines.append("    @Override")
    lines.append("    public PyObject base(String dunder, PyObject[] a) {")
    if mutable:
        lines.append("        return switch (dunder) {")
        for d in dunders.split():
            expr = call_of("super", d)
            if short == "Dict" and d == "__getitem__":
                expr = "subscript(a[0])"
            lines.append('            case "%s" -> %s;' % (d, expr))
        lines.append("            default -> throw new IllegalArgumentException(dunder);")
        lines.append("        };")
    else:
        lines.append("        return DerivedDunders.call(exactValue(), dunder, a);")
    lines.append("    }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def exact_switch():
    names = []
    for spec in BASES.values():
        for d in spec[5].split():
            if d not in names:
                names.append(d)
    lines = ["        return switch (dunder) {"]
    for d in names:
        lines.append('            case "%s" -> %s;' % (d, call_of("self", d)))
    lines.append("            default -> throw new IllegalArgumentException(dunder);")
    lines.append("        };")
    return names, "\n".join(lines)


def main():
    for short, spec in BASES.items():
        path = os.path.join(OUT, "Derived%s.java" % short)
        with open(path, "w") as f:
            f.write(generate(short, spec))
    names, switch = exact_switch()
    table = []
    for short, spec in BASES.items():
        table.append('        {"%s", "%s"},' % (spec[0], spec[5]))
    arities = ", ".join('"%s"' % d for d in names if arity(d) == 0)
    with open(os.path.join(OUT, "DerivedDunders.java"), "w") as f:
        f.write("""package dev.terrarium.runtime;

/**
 * GENERATED by build-support/gen_derived.py; do not edit. The special methods CPython 3.11's
 * built-in types have in their own dicts, and calling one on an exact value.
 */
final class DerivedDunders {
    private DerivedDunders() {}

    /** Java class name of the built-in, then its special methods (CPython: name in B.__dict__). */
    static final String[][] TABLE = {
%s
    };

    /** The special methods above that take no argument besides self (the rest take one, __setitem__ two). */
    static final java.util.Set<String> NO_ARGUMENT = java.util.Set.of(%s);

    /** {@code self.dunder(*a)} for a value of an exact built-in type: its Java slot. */
    static PyObject call(PyObject self, String dunder, PyObject[] a) {
%s
    }
}
""" % ("\n".join(table), arities, switch))


if __name__ == "__main__":
    main()
