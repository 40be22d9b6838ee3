package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.ConstantValue;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Keyword;
import dev.terrarium.runtime.PyFloat;
import dev.terrarium.runtime.PyStr;
import java.util.List;

/**
 * The text an annotation is kept as under {@code from __future__ import annotations}: what
 * CPython's {@code ast.unparse} prints for the expression kinds annotations are made of
 * (names, attributes, subscripts, constants, {@code |}, lists, tuples, calls). Returns null
 * for any other kind, which the caller then evaluates as if the future import were absent.
 */
final class AnnotationText {
    private AnnotationText() {}

    static String of(Expr e) {
        StringBuilder b = new StringBuilder();
        return write(e, b) ? b.toString() : null;
    }

    private static boolean write(Expr e, StringBuilder b) {
        if (e instanceof Expr.Name n) {
            b.append(n.id());
            return true;
        }
        if (e instanceof Expr.Attribute a) {
            if (!write(a.value(), b)) {
                return false;
            }
            b.append('.').append(a.attr());
            return true;
        }
        if (e instanceof Expr.Subscript s) {
            if (!write(s.value(), b)) {
                return false;
            }
            b.append('[');
            boolean ok = s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()
                    ? list(t.elts(), b) : write(s.slice(), b);
            b.append(']');
            return ok;
        }
        if (e instanceof Expr.Constant c) {
            return constant(c.value(), b);
        }
        if (e instanceof Expr.BinOpExpr op && op.op().symbol.equals("|")) {
            if (!write(op.left(), b)) {
                return false;
            }
            b.append(" | ");
            return write(op.right(), b);
        }
        if (e instanceof Expr.UnaryOpExpr u && (u.operand() instanceof Expr.Constant || u.operand() instanceof Expr.Name)) {
            b.append(switch (u.op()) {
                case USub -> "-";
                case UAdd -> "+";
                case Invert -> "~";
                case Not -> "not ";
            });
            return write(u.operand(), b);
        }
        if (e instanceof Expr.ListExpr l) {
            b.append('[');
            boolean ok = list(l.elts(), b);
            b.append(']');
            return ok;
        }
        if (e instanceof Expr.Tuple t) {
            b.append('(');
            boolean ok = list(t.elts(), b);
            if (t.elts().size() == 1) {
                b.append(',');
            }
            b.append(')');
            return ok;
        }
        if (e instanceof Expr.Call call) {
            if (!write(call.func(), b)) {
                return false;
            }
            b.append('(');
            boolean ok = list(call.args(), b);
            for (int i = 0; ok && i < call.keywords().size(); i++) {
                Keyword k = call.keywords().get(i);
                if (k.arg() == null) {
                    return false;
                }
                if (i > 0 || !call.args().isEmpty()) {
                    b.append(", ");
                }
                b.append(k.arg()).append('=');
                ok = write(k.value(), b);
            }
            b.append(')');
            return ok;
        }
        return false;
    }

    private static boolean list(List<Expr> items, StringBuilder b) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            if (!write(items.get(i), b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean constant(ConstantValue v, StringBuilder b) {
        if (v instanceof ConstantValue.None) {
            b.append("None");
        } else if (v instanceof ConstantValue.Bool x) {
            b.append(x.value() ? "True" : "False");
        } else if (v instanceof ConstantValue.Ellipsis) {
            b.append("...");
        } else if (v instanceof ConstantValue.Int i) {
            b.append(i.value());
        } else if (v instanceof ConstantValue.Float f) {
            b.append(new PyFloat(f.value()).repr());
        } else if (v instanceof ConstantValue.Str s && s.codePoints() == null) {
            b.append(PyStr.of(s.value()).repr());
        } else {
            return false;
        }
        return true;
    }
}
