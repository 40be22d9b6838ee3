package dev.terrarium.interpreter.compiler;

import static dev.terrarium.interpreter.compiler.Emitter.OBJ;
import static dev.terrarium.interpreter.compiler.Emitter.OPS;

import dev.terrarium.interpreter.ast.Stmt;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * {@code async for} and {@code async with} (compare CPython's GET_AITER/GET_ANEXT and
 * BEFORE_ASYNC_WITH): the for and with statements, each step that CPython awaits awaited
 * with {@link CodeGen#delegate}, which needs an otherwise empty operand stack: the statements
 * keep everything else in temporaries.
 */
final class AsyncCodeGen {
    static final String COROUTINES = "dev/terrarium/runtime/Coroutines";
    private static final String PYEXCEPTION = "dev/terrarium/runtime/PyException";
    private static final String PYEXCEPTION_DESC = "L" + PYEXCEPTION + ";";

    private AsyncCodeGen() {}

    static void asyncFor(CodeGen gen, Stmt.AsyncFor f) {
        Emitter e = gen.emitter();
        int iterSlot = gen.newTemp();
        int itemSlot = gen.newTemp();
        Label top = new Label();
        Label orelse = new Label();
        Label end = new Label();
        gen.expr(f.iter());
        gen.position(f);
        e.invokeStatic(COROUTINES, "asyncIter", "(" + OBJ + ")" + OBJ);
        e.storeLocal(iterSlot);
        e.label(top);
        e.cpuTick();
        gen.position(f);
        e.loadLocal(iterSlot);
        e.invokeStatic(COROUTINES, "asyncForNext", "(" + OBJ + ")" + OBJ);
        gen.delegate(f, true);
        e.storeLocal(itemSlot);
        e.loadLocal(itemSlot);
        e.getStatic(COROUTINES, "END", OBJ);
        e.mv.visitJumpInsn(Opcodes.IF_ACMPEQ, orelse);
        e.loadLocal(itemSlot);
        gen.store(f.target());
        gen.blocks.push(new Block.Loop(top, end));
        gen.block(f.body());
        gen.blocks.pop();
        e.resetLine();
        gen.position(f);
        e.jump(top);
        e.label(orelse);
        gen.block(f.orelse());
        e.label(end);
    }

    /**
     * {@code async with a as x, b: body} from item {@code index} on: as
     * {@link TryCodeGen#withStatement}, with {@code __aenter__()} and {@code __aexit__(...)}
     * awaited; an exception's {@code __aexit__} is awaited while the exception is handled.
     */
    static void asyncWith(CodeGen gen, Stmt.AsyncWith w, int index) {
        Emitter e = gen.emitter();
        var item = w.items().get(index);
        int manager = gen.newTemp();
        int exit = gen.newTemp();
        gen.expr(item.contextExpr());
        e.storeLocal(manager);
        gen.position(w);
        e.loadLocal(manager);
        e.invokeStatic(COROUTINES, "asyncWithExit", "(" + OBJ + ")" + OBJ);
        e.storeLocal(exit);
        e.loadLocal(manager);
        e.invokeStatic(COROUTINES, "asyncWithEnter", "(" + OBJ + ")" + OBJ);
        gen.delegate(w, true);
        Region region = new Region(e);
        Block.AsyncWith block = new Block.AsyncWith(region, exit, w);
        gen.blocks.push(block);
        region.start();
        if (item.optionalVars() != null) {
            gen.store(item.optionalVars());
        } else {
            e.pop();
        }
        if (index + 1 < w.items().size()) {
            asyncWith(gen, w, index + 1);
        } else {
            gen.block(w.body());
        }
        region.end();
        gen.blocks.pop();
        Label after = new Label();
        awaitExitNormally(gen, block);
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
        e.invokeStatic(COROUTINES, "asyncWithExitRaising", "(" + OBJ + PYEXCEPTION_DESC + ")" + OBJ);
        // Suspended in __aexit__, the exception counts as handled (set aside, then restored).
        gen.blocks.push(new Block.Handling(exiting, null));
        gen.delegate(w, true);
        gen.blocks.pop();
        e.invokeStatic(OPS, "isTrue", "(" + OBJ + ")Z");
        exiting.end();
        e.invokeStatic(OPS, "exitHandler", "()V");
        e.mv.visitJumpInsn(Opcodes.IFNE, after);
        e.loadLocal(caught);
        e.athrow();
        Label exitFailed = new Label();
        exiting.handleWith(exitFailed, null);
        e.label(exitFailed);
        e.invokeStatic(OPS, "exitHandler", "()V");
        e.athrow();
        e.label(after);
    }

    /** Leaving an async with block normally or by a jump: awaits {@code __aexit__(None, None, None)}. */
    static void awaitExitNormally(CodeGen gen, Block.AsyncWith w) {
        Emitter e = gen.emitter();
        gen.position(w.at());
        e.loadLocal(w.exitSlot());
        e.invokeStatic(COROUTINES, "asyncWithExitNormally", "(" + OBJ + ")" + OBJ);
        gen.delegate(w.at(), true);
        e.pop();
    }
}
