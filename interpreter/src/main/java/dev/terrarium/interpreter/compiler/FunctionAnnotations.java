package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.Arg;
import dev.terrarium.interpreter.ast.Arguments;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Node;
import dev.terrarium.interpreter.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;

/**
 * A def's annotations ({@code f.__annotations__}): evaluated when the def runs, or kept as their
 * source text under {@code from __future__ import annotations}, and given to the new function
 * in CPython's order: the positional parameters, {@code *args}, the keyword-only parameters,
 * {@code **kwargs}, then {@code return}. Private names are mangled in a class body as the
 * parameters are. A def without annotations emits nothing (its dict is made on first access).
 */
final class FunctionAnnotations {
    private FunctionAnnotations() {}

    /** With the new function on top of {@code outer}'s stack (left there). */
    static void emit(CodeGen outer, Node node, Arguments args, boolean future) {
        Expr returns = node instanceof Stmt.FunctionDef f ? f.returns()
                : node instanceof Stmt.AsyncFunctionDef f ? f.returns() : null;
        List<String> names = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        List<Arg> ordered = new ArrayList<>(args.posonlyargs());
        ordered.addAll(args.args());
        if (args.vararg() != null) {
            ordered.add(args.vararg());
        }
        ordered.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            ordered.add(args.kwarg());
        }
        for (Arg a : ordered) {
            if (a.annotation() != null) {
                names.add(outer.mangle(a.arg()));
                values.add(a.annotation());
            }
        }
        if (returns != null) {
            names.add("return");
            values.add(returns);
        }
        if (names.isEmpty()) {
            return;
        }
        Emitter e = outer.emitter();
        e.dup();
        e.newObjectArray(2 * names.size());
        for (int i = 0; i < names.size(); i++) {
            e.dup();
            e.pushInt(2 * i);
            e.pushStrConstant(names.get(i));
            e.mv.visitInsn(Opcodes.AASTORE);
            e.dup();
            e.pushInt(2 * i + 1);
            String text = future ? AnnotationText.of(values.get(i)) : null;
            if (text != null) {
                e.pushStrConstant(text);
            } else {
                outer.expr(values.get(i));
            }
            e.mv.visitInsn(Opcodes.AASTORE);
        }
        e.invokeStatic("dev/terrarium/runtime/PyFunction", "setAnnotations", "(" + Emitter.OBJ + "[" + Emitter.OBJ + ")V");
    }
}
