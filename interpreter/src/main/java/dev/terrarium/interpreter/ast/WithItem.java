package dev.terrarium.interpreter.ast;

/** {@code ast.withitem}; it has no position in CPython, so {@link #span()} is null. */
public record WithItem(Expr contextExpr, Expr optionalVars) implements Node, Parts {
    @Override
    public Span span() {
        return null;
    }
}
