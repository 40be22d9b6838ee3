package dev.terrarium.interpreter.parser;

import dev.terrarium.interpreter.ast.AstWalker;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Node;
import dev.terrarium.interpreter.ast.Stmt;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * CPython's compile-time nesting limit (Python/ast_opt.c, run by compile() before the symbol
 * table): every statement and expression node counts one level on the way down from the
 * module, and a path deeper than the recursion limit times COMPILER_STACK_FRAME_SCALE
 * (1000 x 3) is a {@code RecursionError}. {@code x = -(...)1} with 2,998 minus signs is the
 * deepest such assignment CPython 3.11 accepts (Assign, 2,998 UnaryOps and the Constant).
 *
 * <p>The walk keeps its own stack, so that checking never needs a deep Java stack itself.
 */
final class NestingLimit {
    /** The deepest nesting of statements and expressions CPython compiles. */
    static final int MAX_DEPTH = 3000;

    private NestingLimit() {}

    /** @throws SourceTooComplexError when the module nests deeper than {@link #MAX_DEPTH} */
    static void check(Module m) {
        check(new ArrayList<Node>(m.body()));
    }

    /** The same limit for the expression of {@code eval()}. */
    static void check(Expr e) {
        check(List.<Node>of(e));
    }

    private record Pending(Node node, int depth) {}

    private static void check(List<Node> top) {
        Deque<Pending> stack = new ArrayDeque<>();
        for (Node n : top) {
            stack.push(new Pending(n, 1));
        }
        Children children = new Children();
        while (!stack.isEmpty()) {
            Pending p = stack.pop();
            if (p.depth > MAX_DEPTH) {
                throw SourceTooComplexError.recursion();
            }
            for (Node child : children.of(p.node)) {
                stack.push(new Pending(child, p.depth + 1));
            }
        }
    }

    /** The statements and expressions directly below a node, found by a walker that does not descend. */
    private static final class Children extends AstWalker {
        private final List<Node> found = new ArrayList<>();
        private boolean atTop;

        List<Node> of(Node n) {
            found.clear();
            atTop = true;
            if (n instanceof Stmt s) {
                visit(s);
            } else {
                visit((Expr) n);
            }
            return found;
        }

        @Override
        protected void visit(Stmt s) {
            if (atTop) {
                atTop = false;
                super.visit(s);
            } else {
                found.add(s);
            }
        }

        @Override
        protected void visit(Expr e) {
            if (atTop) {
                atTop = false;
                super.visit(e);
            } else {
                found.add(e);
            }
        }
    }
}
