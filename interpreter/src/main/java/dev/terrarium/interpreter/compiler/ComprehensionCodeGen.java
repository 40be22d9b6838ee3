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
 * clause iterates the iterator passed in as parameter {@code .0}.
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
        e.returnValue();
    }

    private static void loop(CodeGen gen, Expr comp, List<Comprehension> generators, int index, int result) {
        Emitter e = gen.emitter();
        Comprehension g = generators.get(index);
        if (g.isAsync()) {
            throw CompileError.missingFeature("async comprehensions", comp.span().lineno(), comp.span().colOffset());
        }
        int iterator = gen.newTemp();
        int item = gen.newTemp();
        if (index == 0) {
            e.loadLocal(gen.scope().slot(".0"));
        } else {
            gen.expr(g.iter());
            gen.position(comp);
            e.callOps("iter", 1);
        }
        e.storeLocal(iterator);
        Label top = new Label();
        Label end = new Label();
        e.label(top);
        e.cpuTick();
        gen.position(comp);
        e.loadLocal(iterator);
        e.callOps("next", 1);
        e.storeLocal(item);
        e.loadLocal(item);
        e.ifNull(end);
        e.loadLocal(item);
        gen.store(g.target());
        for (Expr condition : g.ifs()) {
            gen.expr(condition);
            e.ifFalse(top);
        }
        if (index + 1 < generators.size()) {
            loop(gen, comp, generators, index + 1, result);
        } else if (comp instanceof Expr.GeneratorExp genexp) {
            gen.expr(genexp.elt());
            gen.generator.yieldValue(comp, false);
        } else {
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
        }
        e.jump(top);
        e.label(end);
    }
}
