package dev.terrarium.interpreter.compiler;

import static dev.terrarium.interpreter.compiler.Emitter.OBJ;
import static dev.terrarium.interpreter.compiler.Emitter.OPS;

import dev.terrarium.interpreter.ast.ExceptHandler;
import dev.terrarium.interpreter.ast.Stmt;
import org.objectweb.asm.Label;

/**
 * {@code try}/{@code except}/{@code else}/{@code finally}, {@code raise} and
 * {@code assert}, as JVM exception handlers. A raised Python exception travels as a
 * {@code PyException}; except clauses test it with {@code Ops.exceptionMatches} and
 * rethrow it unchanged when none matches, so its traceback is the one of its raise.
 * Finally bodies are inlined at every exit (normal, exceptional, and each jump out).
 */
final class TryCodeGen {
    private TryCodeGen() {}

    private static final String PYEXCEPTION = "dev/terrarium/runtime/PyException";
    static final String PYEXCEPTION_DESC = "L" + PYEXCEPTION + ";";

    static void tryStatement(CodeGen gen, Stmt.Try t) {
        if (t.finalbody().isEmpty()) {
            tryExcept(gen, t);
            return;
        }
        withFinally(gen, t.finalbody(), () -> {
            if (t.handlers().isEmpty()) {
                gen.block(t.body());
            } else {
                tryExcept(gen, t);
            }
        });
    }

    /** {@code try}/{@code except*}/{@code else}/{@code finally}: see {@link ExceptStarCodeGen}. */
    static void tryStarStatement(CodeGen gen, Stmt.TryStar t) {
        if (t.finalbody().isEmpty()) {
            ExceptStarCodeGen.tryExceptStar(gen, t);
            return;
        }
        withFinally(gen, t.finalbody(), () -> ExceptStarCodeGen.tryExceptStar(gen, t));
    }

    /** {@code inner} protected by the finally body {@code finalbody}. */
    private static void withFinally(CodeGen gen, java.util.List<Stmt> finalbody, Runnable inner) {
        Emitter e = gen.emitter();
        Region region = new Region(e);
        Block.Finally block = new Block.Finally(region, finalbody);
        gen.blocks.push(block);
        region.start();
        inner.run();
        region.end();
        gen.blocks.pop();
        // Normal exit: run the finally body, go on.
        Label after = new Label();
        gen.block(finalbody);
        e.jump(after);
        // Exceptional exit: run the finally body with the exception as the one being handled
        // (so an exception raised there gets it as __context__), then rethrow it.
        Label handler = new Label();
        region.handleWith(handler, null);
        e.label(handler);
        int pending = gen.newTemp("Ljava/lang/Throwable;");
        e.storeLocal(pending);
        e.loadLocal(pending);
        e.invokeStatic(OPS, "enterFinally", "(Ljava/lang/Throwable;)V");
        handlingBody(gen, finalbody, null);
        e.loadLocal(pending);
        e.athrow();
        e.label(after);
    }

    /**
     * The body of a try with except clauses, guarded by a region (a jump out of it pauses
     * the region), then the else body and a jump to {@code end}; then the dispatch label
     * where the body's PyException arrives on the stack.
     */
    static void guardedBodyAndElse(CodeGen gen, java.util.List<Stmt> body, java.util.List<Stmt> orelse, Label end) {
        Emitter e = gen.emitter();
        Region region = new Region(e);
        gen.blocks.push(new Block.Guarded(region));
        region.start();
        gen.block(body);
        region.end();
        gen.blocks.pop();
        gen.block(orelse);
        e.jump(end);
        Label dispatch = new Label();
        region.handleWith(dispatch, PYEXCEPTION);
        e.label(dispatch);
    }

    /** try/except/else, without finally. */
    private static void tryExcept(CodeGen gen, Stmt.Try t) {
        Emitter e = gen.emitter();
        Label end = new Label();
        guardedBodyAndElse(gen, t.body(), t.orelse(), end);
        int caught = gen.newTemp(PYEXCEPTION_DESC);
        int value = gen.newTemp();
        e.storeLocal(caught);
        // As CPython, the exception counts as handled while the except clauses are matched,
        // so an error in a clause's type expression chains to it.
        e.loadLocal(caught);
        e.invokeStatic(OPS, "enterHandler", "(" + PYEXCEPTION_DESC + ")" + OBJ);
        e.storeLocal(value);
        Region matching = new Region(e);
        matching.start();
        for (ExceptHandler h : t.handlers()) {
            Label next = new Label();
            if (h.type() != null) {
                gen.position(h);
                e.loadLocal(caught);
                gen.expr(h.type());
                e.invokeStatic(OPS, "exceptionMatches", "(" + PYEXCEPTION_DESC + OBJ + ")Z");
                e.mv.visitJumpInsn(org.objectweb.asm.Opcodes.IFEQ, next);
            }
            matching.pause();
            if (h.name() != null) {
                e.loadLocal(value);
                gen.storeName(h.name());
            }
            handlingBody(gen, h.body(), h.name());
            e.jump(end);
            e.label(next);
            matching.resume();
        }
        matching.end();
        e.invokeStatic(OPS, "exitHandler", "()V");
        e.loadLocal(caught);
        e.athrow();
        Label matchFailed = new Label();
        matching.handleWith(matchFailed, null);
        e.label(matchFailed);
        e.invokeStatic(OPS, "exitHandler", "()V");
        e.athrow();
        e.label(end);
    }

    /**
     * Generates {@code body} as code that handles an exception already pushed on the
     * runtime's exception state: however the body is left, the exception is popped and
     * {@code boundName} (if any) unbound.
     */
    private static void handlingBody(CodeGen gen, java.util.List<Stmt> body, String boundName) {
        Emitter e = gen.emitter();
        Region region = new Region(e);
        gen.blocks.push(new Block.Handling(region, boundName));
        region.start();
        gen.block(body);
        region.end();
        gen.blocks.pop();
        leaveHandler(gen, boundName);
        Label done = new Label();
        e.jump(done);
        Label cleanup = new Label();
        region.handleWith(cleanup, null);
        e.label(cleanup);
        int thrown = gen.newTemp("Ljava/lang/Throwable;");
        e.storeLocal(thrown);
        leaveHandler(gen, boundName);
        e.loadLocal(thrown);
        e.athrow();
        e.label(done);
    }

    /**
     * {@code with a as x, b: body} from item {@code index} on (compare CPython's
     * BEFORE_WITH / WITH_EXCEPT_START): the body is protected; leaving it normally or by a
     * jump calls {@code __exit__(None, None, None)}; an exception calls
     * {@code __exit__(type, value, tb)} while counting as handled, and is re-raised unless
     * that returns true.
     */
    static void withStatement(CodeGen gen, Stmt.With w, int index) {
        Emitter e = gen.emitter();
        var item = w.items().get(index);
        int manager = gen.newTemp();
        int exit = gen.newTemp();
        gen.expr(item.contextExpr());
        e.storeLocal(manager);
        gen.position(w);
        e.loadLocal(manager);
        e.invokeStatic(OPS, "withExit", "(" + OBJ + ")" + OBJ);
        e.storeLocal(exit);
        e.loadLocal(manager);
        e.invokeStatic(OPS, "withEnter", "(" + OBJ + ")" + OBJ);
        Region region = new Region(e);
        gen.blocks.push(new Block.With(region, exit));
        region.start();
        if (item.optionalVars() != null) {
            gen.store(item.optionalVars());
        } else {
            e.pop();
        }
        if (index + 1 < w.items().size()) {
            withStatement(gen, w, index + 1);
        } else {
            gen.block(w.body());
        }
        region.end();
        gen.blocks.pop();
        Label after = new Label();
        gen.position(w);
        e.loadLocal(exit);
        e.invokeStatic(OPS, "withExitNormally", "(" + OBJ + ")V");
        e.jump(after);

        Label handler = new Label();
        region.handleWith(handler, PYEXCEPTION);
        e.label(handler);
        int caught = gen.newTemp(PYEXCEPTION_DESC);
        e.storeLocal(caught);
        e.loadLocal(caught);
        e.invokeStatic(OPS, "enterHandler", "(" + PYEXCEPTION_DESC + ")" + OBJ);
        e.pop();
        Region exiting = new Region(e);
        exiting.start();
        gen.position(w);
        e.loadLocal(exit);
        e.loadLocal(caught);
        e.invokeStatic(OPS, "withExitSuppresses", "(" + OBJ + PYEXCEPTION_DESC + ")Z");
        exiting.end();
        e.invokeStatic(OPS, "exitHandler", "()V");
        e.mv.visitJumpInsn(org.objectweb.asm.Opcodes.IFNE, after);
        e.loadLocal(caught);
        e.athrow();
        Label exitFailed = new Label();
        exiting.handleWith(exitFailed, null);
        e.label(exitFailed);
        e.invokeStatic(OPS, "exitHandler", "()V");
        e.athrow();
        e.label(after);
    }

    /** Pops the handled exception and unbinds the except clause's name. */
    static void leaveHandler(CodeGen gen, String boundName) {
        gen.emitter().invokeStatic(OPS, "exitHandler", "()V");
        if (boundName != null) {
            gen.unbindName(boundName);
        }
    }

    static void raise(CodeGen gen, Stmt.Raise r) {
        Emitter e = gen.emitter();
        // The exception's traceback is taken where Ops builds it: mark that call with the raise.
        if (r.exc() == null) {
            gen.position(r);
            e.invokeStatic(OPS, "reraise", "()" + PYEXCEPTION_DESC);
        } else if (r.cause() == null) {
            gen.expr(r.exc());
            gen.position(r);
            e.invokeStatic(OPS, leavesAtOnce(gen) ? "raiseLeaving" : "raise", "(" + OBJ + ")" + PYEXCEPTION_DESC);
        } else {
            gen.expr(r.exc());
            gen.expr(r.cause());
            gen.position(r);
            e.invokeStatic(OPS, "raiseFrom", "(" + OBJ + OBJ + ")" + PYEXCEPTION_DESC);
        }
        e.athrow();
    }

    /**
     * Whether an exception raised here leaves the function before anything in it could see
     * it: no try, with or finally encloses the raise, and the function is not a generator.
     */
    private static boolean leavesAtOnce(CodeGen gen) {
        if (gen.generator != null || gen.emitter().frameSlot() >= 0) {
            // (a split function's part does not see the blocks of the parts around it)
            return false;
        }
        for (Block b : gen.blocks) {
            if (!(b instanceof Block.Loop)) {
                return false;
            }
        }
        return true;
    }

    static void assertStatement(CodeGen gen, Stmt.Assert a) {
        Emitter e = gen.emitter();
        Label ok = new Label();
        gen.expr(a.test());
        e.ifTrue(ok);
        if (a.msg() == null) {
            e.pushNull();
        } else {
            gen.expr(a.msg());
        }
        // CPython 3.11 locates the failed assertion at its test expression
        gen.position(a.test());
        e.invokeStatic(OPS, "assertionFailed", "(" + OBJ + ")" + PYEXCEPTION_DESC);
        e.athrow();
        e.label(ok);
    }
}
