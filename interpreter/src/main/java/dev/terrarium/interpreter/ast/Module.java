package dev.terrarium.interpreter.ast;

import java.util.List;

/** {@code ast.Module}: a whole file. (Interactive and Expression modes come with eval/exec.) */
public record Module(List<Stmt> body) implements Node {
    @Override
    public Span span() {
        return null;
    }
}
