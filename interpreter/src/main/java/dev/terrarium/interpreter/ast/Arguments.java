package dev.terrarium.interpreter.ast;

import java.util.List;

/**
 * {@code ast.arguments}: a parameter list. {@code defaults} belong to the last
 * positional parameters; {@code kwDefaults} is parallel to {@code kwonlyargs}, with null
 * where a keyword-only parameter has no default. It has no position in CPython, so
 * {@link #span()} is null.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node, Parts {

    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    @Override
    public Span span() {
        return null;
    }
}
