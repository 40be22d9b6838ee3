package dev.terrarium.interpreter.ast;

import dev.terrarium.interpreter.ast.Operators.BinOp;
import dev.terrarium.interpreter.ast.Operators.BoolOp;
import dev.terrarium.interpreter.ast.Operators.CmpOp;
import dev.terrarium.interpreter.ast.Operators.ExprContext;
import dev.terrarium.interpreter.ast.Operators.UnaryOp;
import java.util.List;

/**
 * Expressions, node for node and field for field as CPython 3.11's {@code ast.expr}.
 * Optional fields are {@code null} when absent, lists are never null.
 */
public sealed interface Expr extends Node {

    record BoolOpExpr(Span span, BoolOp op, List<Expr> values) implements Expr {}

    /** The walrus {@code target := value}. */
    record NamedExpr(Span span, Expr target, Expr value) implements Expr {}

    record BinOpExpr(Span span, Expr left, BinOp op, Expr right) implements Expr {}

    record UnaryOpExpr(Span span, UnaryOp op, Expr operand) implements Expr {}

    record Lambda(Span span, Arguments args, Expr body) implements Expr {}

    record IfExp(Span span, Expr test, Expr body, Expr orelse) implements Expr {}

    /** A dict display; a {@code null} key marks a {@code **mapping} entry. */
    record Dict(Span span, List<Expr> keys, List<Expr> values) implements Expr {}

    record SetExpr(Span span, List<Expr> elts) implements Expr {}

    record ListComp(Span span, Expr elt, List<Comprehension> generators) implements Expr {}

    record SetComp(Span span, Expr elt, List<Comprehension> generators) implements Expr {}

    record DictComp(Span span, Expr key, Expr value, List<Comprehension> generators) implements Expr {}

    record GeneratorExp(Span span, Expr elt, List<Comprehension> generators) implements Expr {}

    record Await(Span span, Expr value) implements Expr {}

    record Yield(Span span, Expr value) implements Expr {}

    record YieldFrom(Span span, Expr value) implements Expr {}

    record Compare(Span span, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}

    record Call(Span span, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}

    /** One replacement field of an f-string; {@code conversion} is -1, 's', 'r' or 'a'. */
    record FormattedValue(Span span, Expr value, int conversion, Expr formatSpec) implements Expr {}

    record JoinedStr(Span span, List<Expr> values) implements Expr {}

    /** A literal; {@code kind} is "u" for a u-prefixed string, otherwise null. */
    record Constant(Span span, ConstantValue value, String kind) implements Expr {}

    record Attribute(Span span, Expr value, String attr, ExprContext ctx) implements Expr {}

    record Subscript(Span span, Expr value, Expr slice, ExprContext ctx) implements Expr {}

    record Starred(Span span, Expr value, ExprContext ctx) implements Expr {}

    record Name(Span span, String id, ExprContext ctx) implements Expr {}

    record ListExpr(Span span, List<Expr> elts, ExprContext ctx) implements Expr {}

    record Tuple(Span span, List<Expr> elts, ExprContext ctx) implements Expr {}

    record Slice(Span span, Expr lower, Expr upper, Expr step) implements Expr {}
}
