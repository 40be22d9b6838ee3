package dev.terrarium.interpreter.compiler;

import static dev.terrarium.interpreter.compiler.Emitter.OBJ;
import static dev.terrarium.interpreter.compiler.Emitter.PYDICT;

import dev.terrarium.interpreter.ast.Expr;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;

/**
 * Calls of the names {@code eval}, {@code exec}, {@code globals}, {@code locals},
 * {@code vars} and {@code dir} where they are not bound in the calling block: the callee is loaded as
 * usual, but the call goes through {@code DynamicCode.callInFrame} with the caller's
 * globals and locals, which those builtins need and cannot find otherwise (CPython reads
 * them from the calling frame). A function's locals are passed as a fresh dict of its bound
 * locals, cells and free variables. If the name is bound to something else at run time,
 * that is simply called.
 */
final class FrameCallCodeGen implements Opcodes {
    private FrameCallCodeGen() {}

    private static final String DYNAMIC = "dev/terrarium/runtime/DynamicCode";
    private static final List<String> NAMES = dev.terrarium.runtime.DynamicCode.FRAME_NAMES;

    /** Emits {@code c} if it is such a call (and has no * or ** arguments); returns whether it did. */
    static boolean call(CodeGen gen, Expr.Call c) {
        if (!(c.func() instanceof Expr.Name n) || !NAMES.contains(n.id())) {
            return false;
        }
        Scope.Binding binding = gen.scope().binding(n.id());
        if (binding != Scope.Binding.GLOBAL && binding != Scope.Binding.CLASS_NAMESPACE) {
            return false;
        }
        if (c.args().stream().anyMatch(a -> a instanceof Expr.Starred) || c.keywords().stream().anyMatch(k -> k.arg() == null)) {
            return false;
        }
        Emitter e = gen.emitter();
        gen.expr(c.func());
        e.newObjectArray(c.args().size() + c.keywords().size());
        int i = 0;
        for (Expr a : c.args()) {
            e.dup();
            e.pushInt(i++);
            gen.expr(a);
            e.mv.visitInsn(AASTORE);
        }
        String[] kwnames = new String[c.keywords().size()];
        for (var k : c.keywords()) {
            kwnames[i - c.args().size()] = k.arg();
            e.dup();
            e.pushInt(i++);
            gen.expr(k.value());
            e.mv.visitInsn(AASTORE);
        }
        if (kwnames.length == 0) {
            e.pushNull();
        } else {
            e.stringArray(kwnames);
        }
        gen.module().loadGlobals(e);
        pushLocals(gen);
        gen.position(c);
        e.invokeStatic(DYNAMIC, "callInFrame", "(" + OBJ + "[" + OBJ + "[Ljava/lang/String;L" + PYDICT + ";L" + PYDICT + ";)" + OBJ);
        return true;
    }

    /** The caller's locals: the globals at module level, the namespace of a class body, a snapshot in a function. */
    private static void pushLocals(CodeGen gen) {
        Scope scope = gen.scope();
        Emitter e = gen.emitter();
        if (scope.kind == Scope.Kind.MODULE) {
            gen.module().loadGlobals(e);
            return;
        }
        if (scope.kind == Scope.Kind.CLASS) {
            e.loadLocal(scope.namespaceSlot);
            return;
        }
        // CPython's order: co_varnames (cells among them), then free variables.
        List<String> names = new ArrayList<>(scope.varnames());
        // the compiler's own temporaries (YieldLinearizer) are not Python variables
        names.removeIf(n -> n.startsWith(YieldLinearizer.TEMP_PREFIX));
        for (String f : scope.frees) {
            if (!names.contains(f)) {
                names.add(f);
            }
        }
        e.stringArray(names.toArray(new String[0]));
        e.pushInt(names.size());
        e.mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < names.size(); i++) {
            e.dup();
            e.pushInt(i);
            e.loadLocal(scope.slot(names.get(i)));
            e.mv.visitInsn(AASTORE);
        }
        e.invokeStatic(DYNAMIC, "localsOf", "([Ljava/lang/String;[Ljava/lang/Object;)L" + PYDICT + ";");
    }
}
