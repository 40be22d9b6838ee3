package dev.terrarium.interpreter.compiler;

import static dev.terrarium.interpreter.compiler.Emitter.OBJ;
import static dev.terrarium.interpreter.compiler.TryCodeGen.PYEXCEPTION_DESC;

import dev.terrarium.interpreter.ast.AstWalker;
import dev.terrarium.interpreter.ast.ExceptHandler;
import dev.terrarium.interpreter.ast.Stmt;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * {@code try}/{@code except*}/{@code else} (the finally part is TryCodeGen's), as CPython
 * 3.11 compiles it ({@code compiler_try_star_except}): the body's exception goes to
 * {@code ExceptStar.begin}; each clause asks {@code ExceptStar.match} for its part of what
 * is left and runs its body with it; a body that raises does not stop the other clauses,
 * its exception is kept; {@code ExceptStar.finish} then gives what must be raised (the
 * unhandled rest and the kept exceptions, as a group), or null. A clause body cannot be
 * left by break, continue or return (a SyntaxError).
 */
final class ExceptStarCodeGen {
    private ExceptStarCodeGen() {}

    private static final String EXCEPT_STAR = "dev/terrarium/runtime/ExceptStar";
    private static final String EXCEPT_STAR_DESC = "L" + EXCEPT_STAR + ";";
    private static final String THROWABLE_DESC = "Ljava/lang/Throwable;";

    static void tryExceptStar(CodeGen gen, Stmt.TryStar t) {
        Emitter e = gen.emitter();
        Label end = new Label();
        TryCodeGen.guardedBodyAndElse(gen, t.body(), t.orelse(), end);
        int state = gen.newTemp(EXCEPT_STAR_DESC);
        int matched = gen.newTemp();
        e.invokeStatic(EXCEPT_STAR, "begin", "(" + PYEXCEPTION_DESC + ")" + EXCEPT_STAR_DESC);
        e.storeLocal(state);
        Region matching = new Region(e);
        matching.start();
        for (ExceptHandler h : t.handlers()) {
            checkNoJumpOut(gen, h.body());
            Label next = new Label();
            e.loadLocal(state);
            gen.expr(h.type());
            gen.position(h);
            e.invokeStatic(EXCEPT_STAR, "match", "(" + EXCEPT_STAR_DESC + OBJ + ")" + OBJ);
            e.storeLocal(matched);
            e.loadLocal(matched);
            e.mv.visitJumpInsn(Opcodes.IFNULL, next);
            matching.pause();
            if (h.name() != null) {
                e.loadLocal(matched);
                gen.storeName(h.name());
            }
            clauseBody(gen, h, state);
            e.label(next);
            matching.resume();
        }
        matching.end();
        e.loadLocal(state);
        e.invokeStatic(EXCEPT_STAR, "finish", "(" + EXCEPT_STAR_DESC + ")" + PYEXCEPTION_DESC);
        e.dup();
        Label handled = new Label();
        e.mv.visitJumpInsn(Opcodes.IFNULL, handled);
        e.athrow();
        e.label(handled);
        e.pop();
        e.jump(end);
        Label matchFailed = new Label();
        matching.handleWith(matchFailed, null);
        e.label(matchFailed);
        e.invokeStatic(EXCEPT_STAR, "abandon", "()V");
        e.athrow();
        e.label(end);
    }

    /**
     * A clause's body; whether it ends normally or by an exception (which is handed to
     * {@code ExceptStar.handlerRaised}), the {@code as} name is unbound and the next
     * clause follows.
     */
    private static void clauseBody(CodeGen gen, ExceptHandler h, int state) {
        Emitter e = gen.emitter();
        Region region = new Region(e);
        // Nothing jumps out of the body (checkNoJumpOut), but the block marks it as a
        // clause for the generator code, which does not support yield inside one.
        gen.blocks.push(new Block.Handling(region, h.name()));
        region.start();
        gen.block(h.body());
        region.end();
        gen.blocks.pop();
        unbind(gen, h);
        Label done = new Label();
        e.jump(done);
        Label raised = new Label();
        region.handleWith(raised, null);
        e.label(raised);
        int thrown = gen.newTemp(THROWABLE_DESC);
        e.storeLocal(thrown);
        unbind(gen, h);
        e.loadLocal(state);
        e.loadLocal(thrown);
        e.invokeStatic(EXCEPT_STAR, "handlerRaised", "(" + EXCEPT_STAR_DESC + THROWABLE_DESC + ")V");
        e.label(done);
    }

    private static void unbind(CodeGen gen, ExceptHandler h) {
        if (h.name() != null) {
            gen.unbindName(h.name());
        }
    }

    /**
     * CPython's compiler rejects a break, continue or return that would leave an except*
     * clause (one inside a loop of the clause, or inside a nested function or class, is
     * fine). A return outside any function is left to CodeGen's own error, as CPython
     * reports that one first.
     */
    private static void checkNoJumpOut(CodeGen gen, List<Stmt> body) {
        boolean inFunction = gen.scope().kind == Scope.Kind.FUNCTION;
        new AstWalker() {
            private int loops;

            @Override
            protected void visit(Stmt s) {
                if (s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef || s instanceof Stmt.ClassDef) {
                    return;
                }
                if ((s instanceof Stmt.Break || s instanceof Stmt.Continue) && loops == 0
                        || s instanceof Stmt.Return && inFunction) {
                    throw new CompileError("'break', 'continue' and 'return' cannot appear in an except* block",
                            s.span());
                }
                if (s instanceof Stmt.For f) {
                    loopBody(f.body());
                    walk(f.orelse());
                } else if (s instanceof Stmt.AsyncFor f) {
                    loopBody(f.body());
                    walk(f.orelse());
                } else if (s instanceof Stmt.While w) {
                    loopBody(w.body());
                    walk(w.orelse());
                } else {
                    super.visit(s);
                }
            }

            private void loopBody(List<Stmt> body) {
                loops++;
                walk(body);
                loops--;
            }
        }.walk(body);
    }
}
