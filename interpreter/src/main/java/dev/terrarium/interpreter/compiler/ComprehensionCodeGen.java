package dev.terrarium.interpreter.compiler;

import static dev.terrarium.interpreter.compiler.Emitter.OBJ;
import static dev.terrarium.interpreter.compiler.Emitter.OPS;

import dev.terrarium.interpreter.ast.Comprehension;
import dev.terrarium.interpreter.ast.Expr;
import java.util.List;
import org.objectweb.asm.Label;

/**
 * The body of a comprehension function: nested loops over its {@code for} clauses, its
 * {@code if} clauses as filters, and one append (or add, or store) per item. The first
 * clause iterates the iterator passed in as parameter {@code .0}. In an asynchronous
 * comprehension (a coroutine, or an async generator for a generator expression) an
 * {@code async for} clause awaits each {@code __anext__()}, and an element or condition that
 * is an {@code await} is awaited with nothing else on the operand stack; an await nested
 * deeper inside one is not supported.
 */
final class ComprehensionCodeGen {
    private ComprehensionCodeGen() {}

    static void body(CodeGen gen, Expr comp, List<Comprehension> generators) {
        Emitter e = gen.emitter();
        if (comp instanceof Expr.GeneratorExp) {
            loop(gen, comp, generators, 0, -1);
            gen.pushNone();
            gen.emitReturn();
            return;
        }
        int result = gen.newTemp();
        if (comp instanceof Expr.ListComp) {
            e.newObjectArray(0);
            e.invokeStatic(OPS, "newList", "([" + OBJ + ")" + OBJ);
        } else if (comp instanceof Expr.SetComp) {
            e.invokeStatic(OPS, "newSet", "()" + OBJ);
        } else {
            e.newObject(Emitter.PYDICT);
            e.invokeConstructor(Emitter.PYDICT, "()V");
        }
        e.storeLocal(result);
        loop(gen, comp, generators, 0, result);
        e.loadLocal(result);
        gen.emitReturn();
    }

    private static void loop(CodeGen gen, Expr comp, List<Comprehension> generators, int index, int result) {
        Emitter e = gen.emitter();
        Comprehension g = generators.get(index);
        int iterator = gen.newTemp();
        int item = gen.newTemp();
        if (index == 0) {
            e.loadLocal(gen.scope().slot(".0"));
        } else {
            gen.expr(g.iter());
            gen.position(comp);
            if (g.isAsync()) {
                e.invokeStatic(AsyncCodeGen.COROUTINES, "asyncIter", "(" + OBJ + ")" + OBJ);
            } else {
                e.callOps("iter", 1);
            }
        }
        e.storeLocal(iterator);
        Label top = new Label();
        Label end = new Label();
        e.label(top);
        e.cpuTick();
        gen.position(comp);
        e.loadLocal(iterator);
        if (g.isAsync()) {
            e.invokeStatic(AsyncCodeGen.COROUTINES, "asyncForNext", "(" + OBJ + ")" + OBJ);
            gen.delegate(comp, true);
            e.storeLocal(item);
            e.loadLocal(item);
            e.getStatic(AsyncCodeGen.COROUTINES, "END", OBJ);
            e.mv.visitJumpInsn(org.objectweb.asm.Opcodes.IF_ACMPEQ, end);
        } else {
            e.callOps("next", 1);
            e.storeLocal(item);
            e.loadLocal(item);
            e.ifNull(end);
        }
        e.loadLocal(item);
        gen.store(g.target());
        for (Expr condition : g.ifs()) {
            value(gen, condition);
            e.ifFalse(top);
        }
        if (index + 1 < generators.size()) {
            loop(gen, comp, generators, index + 1, result);
        } else if (comp instanceof Expr.GeneratorExp genexp) {
            value(gen, genexp.elt());
            if (gen.scope().isAsyncGenerator) {
                e.invokeStatic(AsyncCodeGen.COROUTINES, "wrapYield", "(" + OBJ + ")" + OBJ);
            }
            gen.generator.yieldValue(comp, false);
        } else if (!gen.scope().isAsync) {
            e.loadLocal(result);
            if (comp instanceof Expr.ListComp c) {
                gen.expr(c.elt());
                e.invokeStatic(OPS, "listAppend", "(" + OBJ + OBJ + ")V");
            } else if (comp instanceof Expr.SetComp c) {
                gen.expr(c.elt());
                gen.position(comp);
                e.invokeStatic(OPS, "setAdd", "(" + OBJ + OBJ + ")V");
            } else {
                Expr.DictComp d = (Expr.DictComp) comp;
                gen.expr(d.key());
                gen.expr(d.value());
                gen.position(comp);
                e.invokeStatic(OPS, "setItem", "(" + OBJ + OBJ + OBJ + ")V");
            }
        } else if (comp instanceof Expr.ListComp c) {
            int value = valueInTemp(gen, c.elt());
            e.loadLocal(result);
            e.loadLocal(value);
            e.invokeStatic(OPS, "listAppend", "(" + OBJ + OBJ + ")V");
        } else if (comp instanceof Expr.SetComp c) {
            int value = valueInTemp(gen, c.elt());
            e.loadLocal(result);
            e.loadLocal(value);
            gen.position(comp);
            e.invokeStatic(OPS, "setAdd", "(" + OBJ + OBJ + ")V");
        } else {
            Expr.DictComp d = (Expr.DictComp) comp;
            int key = valueInTemp(gen, d.key());
            int value = valueInTemp(gen, d.value());
            e.loadLocal(result);
            e.loadLocal(key);
            e.loadLocal(value);
            gen.position(comp);
            e.invokeStatic(OPS, "setItem", "(" + OBJ + OBJ + OBJ + ")V");
        }
        e.jump(top);
        e.label(end);
    }

    /** Pushes x's value; an await (in an asynchronous comprehension) is awaited, the stack otherwise empty. */
    private static void value(CodeGen gen, Expr x) {
        if (x instanceof Expr.Await a && gen.scope().isAsync) {
            gen.expr(a.value());
            gen.position(a);
            gen.emitter().invokeStatic(AsyncCodeGen.COROUTINES, "getAwaitable", "(" + OBJ + ")" + OBJ);
            gen.delegate(a, true);
        } else {
            gen.expr(x);
        }
    }

    /** x's value in a new temporary (so that an await in it runs with an empty operand stack); returns the slot. */
    private static int valueInTemp(CodeGen gen, Expr x) {
        int slot = gen.newTemp();
        value(gen, x);
        gen.emitter().storeLocal(slot);
        return slot;
    }
}
