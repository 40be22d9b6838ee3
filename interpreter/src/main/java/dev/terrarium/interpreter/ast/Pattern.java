package dev.terrarium.interpreter.ast;

import java.util.List;

/** Patterns of {@code match} statements, as CPython 3.11's {@code ast.pattern}. */
public sealed interface Pattern extends Node {

    record MatchValue(Span span, Expr value) implements Pattern {}

    record MatchSingleton(Span span, ConstantValue value) implements Pattern {}

    record MatchSequence(Span span, List<Pattern> patterns) implements Pattern {}

    record MatchMapping(Span span, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}

    record MatchClass(Span span, Expr cls, List<Pattern> patterns, List<String> kwdAttrs,
            List<Pattern> kwdPatterns) implements Pattern {}

    record MatchStar(Span span, String name) implements Pattern {}

    record MatchAs(Span span, Pattern pattern, String name) implements Pattern {}

    record MatchOr(Span span, List<Pattern> patterns) implements Pattern {}
}
