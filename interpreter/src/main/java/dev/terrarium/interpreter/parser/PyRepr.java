package dev.terrarium.interpreter.parser;

import dev.terrarium.interpreter.ast.ConstantValue;
import dev.terrarium.runtime.text.FloatRepr;
import dev.terrarium.runtime.text.StrRepr;

/**
 * Python's repr() of the constant kinds the parser produces, as {@code ast.dump} prints them;
 * the runtime's CPython-exact conversions do the work.
 */
final class PyRepr {
    private PyRepr() {}

    static String constant(ConstantValue v) {
        if (v instanceof ConstantValue.None) {
            return "None";
        } else if (v instanceof ConstantValue.Bool b) {
            return b.value() ? "True" : "False";
        } else if (v instanceof ConstantValue.Ellipsis) {
            return "Ellipsis";
        } else if (v instanceof ConstantValue.Int i) {
            return i.value().toString();
        } else if (v instanceof ConstantValue.Float f) {
            return FloatRepr.repr(f.value());
        } else if (v instanceof ConstantValue.Imaginary c) {
            // complex_repr formats a part with 'r' but without float's added ".0"
            String part = FloatRepr.repr(c.imag());
            return (part.endsWith(".0") ? part.substring(0, part.length() - 2) : part) + "j";
        } else if (v instanceof ConstantValue.Str s) {
            return s.codePoints() != null ? StrRepr.repr(s.codePoints()) : str(s.value());
        }
        return StrRepr.bytesRepr(((ConstantValue.Bytes) v).value());
    }

    /** repr(str) (CPython: unicode_repr). */
    static String str(String s) {
        return StrRepr.repr(s);
    }
}
