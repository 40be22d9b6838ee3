package dev.terrarium.interpreter.compiler;

import static dev.terrarium.interpreter.compiler.Emitter.OBJ;

import dev.terrarium.interpreter.ast.AstWalker;
import dev.terrarium.interpreter.ast.ExceptHandler;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Stmt;
import dev.terrarium.interpreter.ast.WithItem;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Compiles a function whose body does not fit in one JVM method (64 KiB of bytecode). Its
 * slots (parameters, locals, cells, temporaries) live in one {@code Object[]} frame instead
 * of JVM locals, and its statements are spread over <em>part</em> methods
 * {@code name$N-k(Object[] frame) -> PyObject} that share that frame. The function's own
 * method copies its arguments into a new frame and calls the parts of its body in turn.
 *
 * <p>A body (of the function, or of any compound statement inside it) heavier than the
 * budget is cut between statements into parts of at most the budget each, so a compound
 * statement stays whole in one part unless its own bodies are too heavy, in which case they
 * are cut in turn. A part returns null to go on, {@link #SIGNAL}{@code .BREAK} or
 * {@code .CONTINUE} when a break or continue inside it targets a loop of its caller, and
 * anything else is the function's return value. Blocks inside the part (finally, with,
 * except) are unwound by the part itself; the call site unwinds its own blocks before doing
 * the same jump or return, so the semantics are those of one method. An exception simply
 * propagates through the part's call, which the caller's handlers cover.
 *
 * <p>Weights count AST nodes, a rough proxy for bytecode size; if a part still comes out
 * too large, {@link ModuleCompiler} compiles the module again with a smaller budget.
 */
final class FunctionSplitter implements Opcodes {
    /** Separates a function's method name from its part number; no Python name contains it. */
    static final char PART_SEPARATOR = '-';
    static final String SIGNAL = "dev/terrarium/runtime/PartSignal";
    static final String FRAME = "[Ljava/lang/Object;";
    private static final String PART_DESC = "(" + FRAME + ")" + OBJ;
    /** The weight of a call to one part and the dispatch on its result. */
    private static final int CALL_WEIGHT = 4;

    private final ModuleCompiler module;
    private final Scope scope;
    private final String methodName;
    private final String qualnamePrefix;
    private final String mangleClass;
    private final int budget;
    private final Map<List<Stmt>, List<String>> compiled = new IdentityHashMap<>();
    private final Map<List<Stmt>, Integer> weights = new IdentityHashMap<>();
    private int parts;
    /** Slots used so far by any part: every part's temporaries are its own. */
    private int frameSize;

    FunctionSplitter(ModuleCompiler module, Scope scope, String methodName, String qualnamePrefix,
            String mangleClass, int budget) {
        this.module = module;
        this.scope = scope;
        this.methodName = methodName;
        this.qualnamePrefix = qualnamePrefix;
        this.mangleClass = mangleClass;
        this.budget = budget;
        this.frameSize = scope.firstTemp;
    }

    /** Whether {@code methodName} is a part of a split function. */
    static boolean isPart(String methodName) {
        return methodName.indexOf(PART_SEPARATOR) >= 0;
    }

    /** The function's method owning part {@code methodName}. */
    static String functionOf(String methodName) {
        int i = methodName.indexOf(PART_SEPARATOR);
        return i < 0 ? methodName : methodName.substring(0, i);
    }

    /**
     * Emits the function's method {@code desc} (arguments in JVM slots {@code 0..initial-1},
     * the closure first if any) and the parts of {@code body}.
     */
    void compile(String desc, int initial, List<Stmt> body) {
        List<String> top = partsOf(body, false, scope.firstTemp);
        MethodVisitor mv = module.newMethod(methodName, desc);
        mv.visitCode();
        Emitter e = new Emitter(mv);
        e.pushInt(frameSize);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        mv.visitVarInsn(ASTORE, initial);
        for (int s = 0; s < initial; s++) {
            mv.visitVarInsn(ALOAD, initial);
            e.pushInt(s);
            mv.visitVarInsn(ALOAD, s);
            mv.visitInsn(AASTORE);
        }
        CodeGen gen = newCodeGen(e, initial, scope.firstTemp);
        ModuleCompiler.prologue(e, scope);
        callParts(gen, top, false);
        gen.pushNone();
        e.returnValue();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private CodeGen newCodeGen(Emitter e, int frameSlot, int firstTemp) {
        CodeGen gen = new CodeGen(module, e, scope, qualnamePrefix, firstTemp);
        gen.mangleClass = mangleClass;
        gen.splitter = this;
        e.useFrame(frameSlot, slot -> slot < scope.firstTemp ? scope.slotType(slot)
                : gen.slotTypes.getOrDefault(slot, OBJ));
        return gen;
    }

    /**
     * Called by {@link CodeGen#block} for every body inside the function: when {@code body}
     * is heavier than the budget, emits calls to its parts (compiled once, however many
     * times a finally body is inlined) and returns true.
     */
    boolean split(CodeGen gen, List<Stmt> body) {
        if (weight(body) <= budget) {
            return false;
        }
        boolean inLoop = innermostLoop(gen) != null;
        List<String> names = compiled.get(body);
        if (names == null) {
            names = partsOf(body, inLoop, Math.max(gen.maxSlot(), frameSize));
            compiled.put(body, names);
        }
        gen.reserveTemps(frameSize);
        callParts(gen, names, inLoop);
        return true;
    }

    /** Cuts {@code body} into parts within the budget and compiles each; returns their method names. */
    private List<String> partsOf(List<Stmt> body, boolean inLoop, int firstTemp) {
        List<String> names = new ArrayList<>();
        int start = 0;
        while (start < body.size()) {
            int end = start + 1;
            int total = weight(body.get(start));
            while (end < body.size() && total + weight(body.get(end)) <= budget) {
                total += weight(body.get(end));
                end++;
            }
            names.add(compilePart(body.subList(start, end), inLoop, Math.max(firstTemp, frameSize)));
            start = end;
        }
        return names;
    }

    private String compilePart(List<Stmt> statements, boolean inLoop, int firstTemp) {
        String name = methodName + PART_SEPARATOR + (parts++);
        MethodVisitor mv = module.newMethod(name, PART_DESC);
        module.recordLocalNames(name, scope.varnames());
        mv.visitCode();
        Emitter e = new Emitter(mv);
        CodeGen gen = newCodeGen(e, 0, firstTemp);
        Label breakOut = new Label();
        Label continueOut = new Label();
        if (inLoop) {
            // Stands for the caller's loop: jumping to it unwinds this part's blocks, then signals.
            gen.blocks.push(new Block.Loop(continueOut, breakOut));
        }
        for (Stmt s : statements) {
            gen.statement(s);
        }
        e.pushNull();
        e.returnValue();
        if (inLoop) {
            e.label(breakOut);
            e.getStatic(SIGNAL, "BREAK", "L" + SIGNAL + ";");
            e.returnValue();
            e.label(continueOut);
            e.getStatic(SIGNAL, "CONTINUE", "L" + SIGNAL + ";");
            e.returnValue();
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        frameSize = Math.max(frameSize, gen.maxSlot());
        return name;
    }

    /** Calls each part in turn with the frame; carries out the break, continue or return it signals. */
    private void callParts(CodeGen gen, List<String> names, boolean inLoop) {
        Emitter e = gen.emitter();
        for (String name : names) {
            Label next = new Label();
            e.loadRaw(e.frameSlot());
            e.invokeStatic(module.internalName(), name, PART_DESC);
            e.dup();
            e.ifNull(next);
            if (inLoop) {
                Label notBreak = new Label();
                Label notContinue = new Label();
                e.dup();
                e.getStatic(SIGNAL, "BREAK", "L" + SIGNAL + ";");
                e.mv.visitJumpInsn(IF_ACMPNE, notBreak);
                e.pop();
                jumpToLoop(gen, true);
                e.label(notBreak);
                e.dup();
                e.getStatic(SIGNAL, "CONTINUE", "L" + SIGNAL + ";");
                e.mv.visitJumpInsn(IF_ACMPNE, notContinue);
                e.pop();
                jumpToLoop(gen, false);
                e.label(notContinue);
            }
            // The function's return value, returned through this code's own blocks.
            if (gen.blocks.isEmpty()) {
                gen.emitReturn();
            } else {
                int result = gen.newTemp();
                e.storeLocal(result);
                gen.unwind(null, () -> {
                    e.loadLocal(result);
                    gen.emitReturn();
                });
            }
            e.label(next);
            e.pop();
        }
    }

    private static Block.Loop innermostLoop(CodeGen gen) {
        for (Block b : gen.blocks) {
            if (b instanceof Block.Loop l) {
                return l;
            }
        }
        return null;
    }

    private static void jumpToLoop(CodeGen gen, boolean isBreak) {
        Block.Loop loop = innermostLoop(gen);
        Label target = isBreak ? loop.breakTarget() : loop.continueTarget();
        gen.unwind(loop, () -> gen.emitter().jump(target));
    }

    // ---- weights ---------------------------------------------------------------------

    /** The weight of {@code body} where it is compiled: its statements', or its part calls' when it is split. */
    private int placedWeight(List<Stmt> body) {
        int w = weight(body);
        if (w <= budget) {
            return w;
        }
        int calls = 0;
        int current = 0;
        for (Stmt s : body) {
            int ws = weight(s);
            if (calls == 0 || current + ws > budget) {
                calls++;
                current = 0;
            }
            current += ws;
        }
        return calls * CALL_WEIGHT;
    }

    private int weight(List<Stmt> body) {
        Integer known = weights.get(body);
        if (known != null) {
            return known;
        }
        int w = 0;
        for (Stmt s : body) {
            w += weight(s);
        }
        weights.put(body, w);
        return w;
    }

    /** Roughly proportional to the statement's bytecode once its too-heavy bodies are split. */
    private int weight(Stmt s) {
        if (s instanceof Stmt.If i) {
            return 2 + nodes(i.test()) + placedWeight(i.body()) + placedWeight(i.orelse());
        }
        if (s instanceof Stmt.While w) {
            return 2 + nodes(w.test()) + placedWeight(w.body()) + placedWeight(w.orelse());
        }
        if (s instanceof Stmt.For f) {
            return 6 + nodes(f.target()) + nodes(f.iter()) + placedWeight(f.body()) + placedWeight(f.orelse());
        }
        if (s instanceof Stmt.Try t) {
            int w = 6 + placedWeight(t.body()) + placedWeight(t.orelse()) + 3 * placedWeight(t.finalbody());
            for (ExceptHandler h : t.handlers()) {
                w += 6 + (h.type() == null ? 0 : nodes(h.type())) + placedWeight(h.body());
            }
            return w;
        }
        if (s instanceof Stmt.With w) {
            int total = placedWeight(w.body());
            for (WithItem item : w.items()) {
                total += 16 + nodes(item.contextExpr()) + (item.optionalVars() == null ? 0 : nodes(item.optionalVars()));
            }
            return total;
        }
        NodeCounter counter = new NodeCounter();
        counter.walk(List.of(s));
        return counter.count;
    }

    private static int nodes(Expr x) {
        NodeCounter counter = new NodeCounter();
        counter.count(x);
        return counter.count;
    }

    /** Counts the nodes compiled into the enclosing method: not the bodies of nested functions and classes. */
    private static final class NodeCounter extends AstWalker {
        int count;

        void count(Expr x) {
            visit(x);
        }

        @Override
        protected void visit(Stmt s) {
            count++;
            if (s instanceof Stmt.FunctionDef || s instanceof Stmt.AsyncFunctionDef || s instanceof Stmt.ClassDef) {
                count += 20;
                return;
            }
            super.visit(s);
        }

        @Override
        protected void visit(Expr x) {
            count++;
            if (x instanceof Expr.Lambda || x instanceof Expr.ListComp || x instanceof Expr.SetComp
                    || x instanceof Expr.DictComp || x instanceof Expr.GeneratorExp) {
                count += 20;
                return;
            }
            super.visit(x);
        }
    }
}
