package dev.terrarium.interpreter.ast;

import java.util.List;

/** {@code ast.comprehension}: one {@code for ... in ... if ...} clause; no position in CPython. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) implements Node, Parts {
    @Override
    public Span span() {
        return null;
    }
}
