package dev.terrarium.interpreter.ast;

/** {@code ast.keyword}: {@code arg=value} in a call or class header; {@code arg} is null for {@code **value}. */
public record Keyword(Span span, String arg, Expr value) implements Node, Parts {}
