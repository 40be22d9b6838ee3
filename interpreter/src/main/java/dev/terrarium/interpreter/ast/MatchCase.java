package dev.terrarium.interpreter.ast;

import java.util.List;

/** {@code ast.match_case}; it has no position in CPython, so {@link #span()} is null. */
public record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) implements Node, Parts {
    @Override
    public Span span() {
        return null;
    }
}
