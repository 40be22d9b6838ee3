package dev.terrarium.interpreter.ast;

/** {@code ast.arg}: one parameter. */
public record Arg(Span span, String arg, Expr annotation) implements Node, Parts {}
