package dev.terrarium.interpreter.ast;

import dev.terrarium.interpreter.ast.Operators.BinOp;
import java.util.List;

/**
 * Statements, node for node and field for field as CPython 3.11's {@code ast.stmt}.
 * Optional fields are {@code null} when absent, lists are never null. Type comments are
 * not kept (CPython only fills them with {@code type_comments=True}).
 */
public sealed interface Stmt extends Node {

    record FunctionDef(Span span, String name, Arguments args, List<Stmt> body,
            List<Expr> decoratorList, Expr returns) implements Stmt {}

    record AsyncFunctionDef(Span span, String name, Arguments args, List<Stmt> body,
            List<Expr> decoratorList, Expr returns) implements Stmt {}

    record ClassDef(Span span, String name, List<Expr> bases, List<Keyword> keywords,
            List<Stmt> body, List<Expr> decoratorList) implements Stmt {}

    record Return(Span span, Expr value) implements Stmt {}

    record Delete(Span span, List<Expr> targets) implements Stmt {}

    record Assign(Span span, List<Expr> targets, Expr value) implements Stmt {}

    record AugAssign(Span span, Expr target, BinOp op, Expr value) implements Stmt {}

    /** {@code simple} is true for a bare name target not in parentheses. */
    record AnnAssign(Span span, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}

    record For(Span span, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record AsyncFor(Span span, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record While(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record If(Span span, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}

    record With(Span span, List<WithItem> items, List<Stmt> body) implements Stmt {}

    record AsyncWith(Span span, List<WithItem> items, List<Stmt> body) implements Stmt {}

    record Match(Span span, Expr subject, List<MatchCase> cases) implements Stmt {}

    record Raise(Span span, Expr exc, Expr cause) implements Stmt {}

    record Try(Span span, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody) implements Stmt {}

    record TryStar(Span span, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody) implements Stmt {}

    record Assert(Span span, Expr test, Expr msg) implements Stmt {}

    record Import(Span span, List<Alias> names) implements Stmt {}

    /** {@code module} is null for {@code from . import x}. */
    record ImportFrom(Span span, String module, List<Alias> names, int level) implements Stmt {}

    record Global(Span span, List<String> names) implements Stmt {}

    record Nonlocal(Span span, List<String> names) implements Stmt {}

    /** An expression statement. */
    record ExprStmt(Span span, Expr value) implements Stmt {}

    record Pass(Span span) implements Stmt {}

    record Break(Span span) implements Stmt {}

    record Continue(Span span) implements Stmt {}
}
