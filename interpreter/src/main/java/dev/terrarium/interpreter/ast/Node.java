package dev.terrarium.interpreter.ast;

/**
 * Every AST node: immutable, positioned. Nodes are created only by the front end
 * ({@code AstBuilder}); later stages read them and never mutate them.
 */
public interface Node {
    Span span();
}
