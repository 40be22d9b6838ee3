package dev.terrarium.interpreter.ast;

/** {@code ast.alias}: {@code name as asname} in an import; {@code asname} may be null. */
public record Alias(Span span, String name, String asname) implements Node, Parts {}
