package dev.terrarium.interpreter.ast;

import java.util.List;

/** {@code ast.ExceptHandler}: {@code except type as name:}; type and name may be null. */
public record ExceptHandler(Span span, Expr type, String name, List<Stmt> body) implements Node, Parts {}
