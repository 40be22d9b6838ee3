package dev.terrarium.interpreter.parser;

import dev.terrarium.interpreter.ast.ConstantValue;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Operators.ExprContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an expression parsed in Load context into an assignment or deletion target, as
 * CPython's star_targets / del_targets rules accept them, with the messages of its
 * invalid_assignment / invalid_del_stmt rules (_PyPegen_get_expr_name) otherwise.
 */
final class Targets {
    private Targets() {}

    /** The target form of {@code e}, or CPython's "cannot assign to ..." error. */
    static Expr toStore(AstBuilder b, Expr e) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.span(), n.id(), ExprContext.Store);
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.span(), a.value(), a.attr(), ExprContext.Store);
        } else if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.span(), s.value(), s.slice(), ExprContext.Store);
        } else if (e instanceof Expr.Starred s) {
            return new Expr.Starred(s.span(), toStore(b, s.value()), ExprContext.Store);
        } else if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(t.span(), storeAll(b, t.elts()), ExprContext.Store);
        } else if (e instanceof Expr.ListExpr l) {
            return new Expr.ListExpr(l.span(), storeAll(b, l.elts()), ExprContext.Store);
        }
        throw b.errors().at("SyntaxError", "cannot assign to " + describe(e), e.span());
    }

    private static List<Expr> storeAll(AstBuilder b, List<Expr> elts) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(toStore(b, x));
        }
        return out;
    }

    static Expr toDel(AstBuilder b, Expr e) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.span(), n.id(), ExprContext.Del);
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.span(), a.value(), a.attr(), ExprContext.Del);
        } else if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.span(), s.value(), s.slice(), ExprContext.Del);
        } else if (e instanceof Expr.Tuple t) {
            List<Expr> out = new ArrayList<>();
            for (Expr x : t.elts()) {
                out.add(toDel(b, x));
            }
            return new Expr.Tuple(t.span(), out, ExprContext.Del);
        } else if (e instanceof Expr.ListExpr l) {
            List<Expr> out = new ArrayList<>();
            for (Expr x : l.elts()) {
                out.add(toDel(b, x));
            }
            return new Expr.ListExpr(l.span(), out, ExprContext.Del);
        }
        throw b.errors().at("SyntaxError", "cannot delete " + describe(e), e.span());
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String describe(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.ListExpr) {
            return "list";
        } else if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOpExpr || e instanceof Expr.BinOpExpr || e instanceof Expr.UnaryOpExpr) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.Dict) {
            return "dict literal";
        } else if (e instanceof Expr.SetExpr) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Constant c) {
            ConstantValue v = c.value();
            if (v instanceof ConstantValue.None) {
                return "None";
            } else if (v instanceof ConstantValue.Bool bool) {
                return bool.value() ? "True" : "False";
            } else if (v instanceof ConstantValue.Ellipsis) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }
}
