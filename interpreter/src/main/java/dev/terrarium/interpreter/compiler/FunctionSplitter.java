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
 * Compiles a function (or class body) whose body does not fit in one JVM method (64 KiB of bytecode). Its
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
 * <p>A generator's frame is the generator's own {@code frame}, and its parts take the resume
 * method's parameters {@code (PyGenerator, sent, thrown)}. A yield inside a part records its
 * number in the generator's state and returns the value, which every caller returns at once
 * (its blocks stay as they are, suspended); {@code return} stores the generator's return
 * value and signals {@code FINISHED}, which callers carry out through their own blocks.
 * Resuming descends again: the resume method marks the frame as resuming and jumps to the
 * call of the part holding that yield, which jumps to the call of its own part, and so on
 * down to the yield, where the mark is cleared. So nothing is saved or restored at a yield.
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
    /** A generator's parts have the resume method's signature. */
    static final String GENERATOR_PART_DESC = "(L" + GeneratorCodeGen.GENERATOR + ";" + OBJ + OBJ + ")" + OBJ;
    /** The JVM slot of a generator part's frame, after its three parameters. */
    private static final int GENERATOR_FRAME_SLOT = 3;
    /** The weight of a call to one part and the dispatch on its result. */
    private static final int CALL_WEIGHT = 4;

    private final ModuleCompiler module;
    private final Scope scope;
    private final String methodName;
    private final String qualnamePrefix;
    private final String mangleClass;
    private final int budget;
    private final Map<List<Stmt>, List<Part>> compiled = new IdentityHashMap<>();
    /** Splitting a generator's body. */
    private final boolean generator;
    /** Frame entry that is non-null while a generator resumes (descends to its yield). */
    private final int resumingSlot;
    private int yields;
    private final Map<List<Stmt>, Integer> weights = new IdentityHashMap<>();
    private int parts;
    /** Slots used so far by any part: every part's temporaries are its own. */
    private int frameSize;

    FunctionSplitter(ModuleCompiler module, Scope scope, String methodName, String qualnamePrefix,
            String mangleClass, int budget) {
        this.generator = scope.isGenerator;
        this.resumingSlot = scope.firstTemp;
        this.module = module;
        this.scope = scope;
        this.methodName = methodName;
        this.qualnamePrefix = qualnamePrefix;
        this.mangleClass = mangleClass;
        this.budget = budget;
        this.frameSize = scope.firstTemp + (generator ? 1 : 0);
    }

    /** One compiled part: its method and the yields it (or a part it calls) may resume at. */
    record Part(String name, List<Integer> yieldIds) {}

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
     * Emits the function's (or class body's) method {@code desc}, whose arguments arrive in
     * JVM slots {@code 0..initial-1} (the closure first if any), and the parts of
     * {@code body}: the method copies its arguments into a new frame, runs {@code prologue},
     * the parts, then {@code epilogue}, which returns.
     */
    void compile(String desc, int initial, List<Stmt> body, java.util.function.Consumer<CodeGen> prologue,
            java.util.function.Consumer<CodeGen> epilogue) {
        List<Part> top = partsOf(body, false, 0, scope.firstTemp);
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
        prologue.accept(gen);
        callParts(gen, top, false);
        epilogue.accept(gen);
        module.measure(mv, methodName);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * Emits a generator's resume method {@code methodName(PyGenerator, sent, thrown)} and
     * the parts of {@code body}; returns the size its frame must have (the generator's
     * {@code $new} method fills the first slots with the arguments).
     */
    int compileGenerator(List<Stmt> body) {
        List<Part> top = partsOf(body, false, 0, frameSize);
        MethodVisitor mv = module.newMethod(methodName, GENERATOR_PART_DESC);
        mv.visitCode();
        Emitter e = new Emitter(mv);
        CodeGen gen = newCodeGen(e, GENERATOR_FRAME_SLOT, frameSize);
        SplitGenerator g = new SplitGenerator(true, 0);
        gen.generator = g;
        g.attach(gen);
        loadFrame(e);
        Label start = new Label();
        Label dispatch = new Label();
        e.loadRaw(0);
        mv.visitFieldInsn(GETFIELD, GeneratorCodeGen.GENERATOR, "state", "I");
        mv.visitJumpInsn(IFNE, dispatch);
        e.label(start);
        ModuleCompiler.prologue(e, scope);
        callParts(gen, top, false);
        gen.pushNone();
        gen.emitReturn();
        // Resuming: mark the frame, go to the call of the part holding the yield.
        e.label(dispatch);
        e.loadRaw(GENERATOR_FRAME_SLOT);
        e.pushInt(resumingSlot);
        e.loadRaw(0);
        mv.visitInsn(AASTORE);
        g.emitDispatch(start);
        module.measure(mv, methodName);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return frameSize;
    }

    /** A generator part's frame: {@code g.frame} into its JVM slot. */
    private static void loadFrame(Emitter e) {
        e.loadRaw(0);
        e.mv.visitFieldInsn(GETFIELD, GeneratorCodeGen.GENERATOR, "frame", FRAME);
        e.mv.visitVarInsn(ASTORE, GENERATOR_FRAME_SLOT);
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
        int handling = handlingDepth(gen);
        // A generator's parts are compiled for each inlined copy of a finally body: each
        // copy's yields are resume points of their own, as in a generator that is not split.
        List<Part> parts = generator ? null : compiled.get(body);
        if (parts == null) {
            parts = partsOf(body, inLoop, handling, Math.max(gen.maxSlot(), frameSize));
            if (!generator) {
                compiled.put(body, parts);
            }
        }
        gen.reserveTemps(frameSize);
        callParts(gen, parts, inLoop);
        return true;
    }

    /** Cuts {@code body} into parts within the budget and compiles each. */
    private List<Part> partsOf(List<Stmt> body, boolean inLoop, int handling, int firstTemp) {
        List<Part> result = new ArrayList<>();
        int start = 0;
        while (start < body.size()) {
            int end = start + 1;
            int total = weight(body.get(start));
            while (end < body.size() && total + weight(body.get(end)) <= budget) {
                total += weight(body.get(end));
                end++;
            }
            result.add(compilePart(body.subList(start, end), inLoop, handling, Math.max(firstTemp, frameSize)));
            start = end;
        }
        return result;
    }

    private Part compilePart(List<Stmt> statements, boolean inLoop, int handling, int firstTemp) {
        String name = methodName + PART_SEPARATOR + (parts++);
        MethodVisitor mv = module.newMethod(name, generator ? GENERATOR_PART_DESC : PART_DESC);
        module.recordLocalNames(name, module.localNames().getOrDefault(methodName, scope.varnames()));
        mv.visitCode();
        Emitter e = new Emitter(mv);
        CodeGen gen = newCodeGen(e, generator ? GENERATOR_FRAME_SLOT : 0, firstTemp);
        SplitGenerator g = null;
        Label start = new Label();
        Label dispatch = new Label();
        if (generator) {
            g = new SplitGenerator(false, handling);
            gen.generator = g;
            g.attach(gen);
            loadFrame(e);
            e.loadRaw(GENERATOR_FRAME_SLOT);
            e.pushInt(resumingSlot);
            mv.visitInsn(AALOAD);
            e.ifNonNull(dispatch);
            e.label(start);
        }
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
        if (generator) {
            e.label(dispatch);
            g.emitDispatch(start);
        }
        module.measure(mv, name);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        frameSize = Math.max(frameSize, gen.maxSlot());
        return new Part(name, g == null ? List.of() : g.ids);
    }

    /** Calls each part in turn with the frame; carries out the break, continue or return it signals. */
    private void callParts(CodeGen gen, List<Part> parts, boolean inLoop) {
        Emitter e = gen.emitter();
        for (Part part : parts) {
            Label next = new Label();
            if (generator) {
                // Resuming at a yield inside the part starts again here, with an empty stack.
                Label call = new Label();
                e.label(call);
                ((SplitGenerator) gen.generator).resumeAt(part.yieldIds(), call);
                e.loadRaw(0);
                e.loadRaw(1);
                e.loadRaw(2);
                e.invokeStatic(module.internalName(), part.name(), GENERATOR_PART_DESC);
            } else {
                e.loadRaw(e.frameSlot());
                e.invokeStatic(module.internalName(), part.name(), PART_DESC);
            }
            e.dup();
            e.ifNull(next);
            if (inLoop) {
                onSignal(e, "BREAK", () -> jumpToLoop(gen, true));
                onSignal(e, "CONTINUE", () -> jumpToLoop(gen, false));
            }
            if (generator) {
                // FINISHED: the generator returned (its value is stored), through this code's
                // blocks; anything else is a yielded value, handed up with the blocks kept.
                SplitGenerator g = (SplitGenerator) gen.generator;
                onSignal(e, "FINISHED", () -> {
                    if (gen.blocks.isEmpty()) {
                        g.finished();
                    } else {
                        gen.unwind(null, g::finished);
                    }
                });
                e.returnValue();
            } else if (scope.kind != Scope.Kind.FUNCTION) {
                // A class body has no return: its parts only go on or jump.
                e.jump(next);
            } else if (gen.blocks.isEmpty()) {
                // The function's return value, returned through this code's own blocks.
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

    /** When the part's result on the stack is the signal {@code name}: pops it and emits {@code then} (which jumps away). */
    private static void onSignal(Emitter e, String name, Runnable then) {
        Label other = new Label();
        e.dup();
        e.getStatic(SIGNAL, name, "L" + SIGNAL + ";");
        e.mv.visitJumpInsn(IF_ACMPNE, other);
        e.pop();
        then.run();
        e.label(other);
    }

    /** Except clauses (and finally bodies run for an exception) around the code being generated, callers' included. */
    private static int handlingDepth(CodeGen gen) {
        int depth = gen.generator instanceof SplitGenerator g ? g.outerHandling : 0;
        for (Block b : gen.blocks) {
            if (b instanceof Block.Handling) {
                depth++;
            }
        }
        return depth;
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

    /**
     * Yield and return in one method (the resume method, or a part) of a split generator:
     * no slots to save, since they all live in the generator's frame.
     */
    private final class SplitGenerator extends GeneratorCodeGen {
        /** The resume method itself, which returns null when the generator finishes. */
        private final boolean top;
        /** How many except clauses (or finally bodies run for an exception) of the callers enclose this part. */
        final int outerHandling;
        /** Resume points reachable from this method: its yields and those of the parts it calls. */
        final List<Integer> ids = new ArrayList<>();
        private final List<Label> targets = new ArrayList<>();

        SplitGenerator(boolean top, int outerHandling) {
            super(scope);
            this.top = top;
            this.outerHandling = outerHandling;
        }

        void resumeAt(List<Integer> yieldIds, Label target) {
            for (int id : yieldIds) {
                ids.add(id);
                targets.add(target);
            }
        }

        @Override
        void yieldValue(dev.terrarium.interpreter.ast.Node at, boolean needValue, boolean raiseThrown) {
            // The handled exceptions of every enclosing except clause, in this part and its
            // callers, are set aside while suspended (in a frame slot, which outlives the yield).
            int saved = suspendHandled(handlingDepth(gen));
            int id = ++yields;
            e.loadRaw(0);
            e.pushInt(id);
            e.mv.visitFieldInsn(PUTFIELD, GENERATOR, "state", "I");
            e.returnValue();
            Label resume = new Label();
            resumeAt(List.of(id), resume);
            e.label(resume);
            e.resetLine();
            // Arrived: the descent is over.
            e.loadRaw(GENERATOR_FRAME_SLOT);
            e.pushInt(resumingSlot);
            e.pushNull();
            e.mv.visitInsn(AASTORE);
            resumeHandled(saved);
            resumed(at, needValue, raiseThrown);
        }

        @Override
        void finish() {
            e.loadRaw(0);
            e.swap();
            e.invokeStatic(GENERATOR, "finish", "(L" + GENERATOR + ";" + OBJ + ")" + OBJ);
            e.pop();
            finished();
        }

        /** Leaves this method after the generator's return value was stored. */
        void finished() {
            if (top) {
                e.pushNull();
            } else {
                e.getStatic(SIGNAL, "FINISHED", "L" + SIGNAL + ";");
            }
            e.returnValue();
        }

        /** Jumps to the resume point numbered by the generator's state ({@code otherwise} if none). */
        void emitDispatch(Label otherwise) {
            if (ids.isEmpty()) {
                e.jump(otherwise);
                return;
            }
            e.loadRaw(0);
            e.mv.visitFieldInsn(GETFIELD, GENERATOR, "state", "I");
            int[] keys = new int[ids.size()];
            Label[] labels = new Label[ids.size()];
            // lookupswitch keys must be sorted; ids were handed out in increasing order per method.
            Integer[] order = new Integer[ids.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Integer.compare(ids.get(a), ids.get(b)));
            for (int i = 0; i < order.length; i++) {
                keys[i] = ids.get(order[i]);
                labels[i] = targets.get(order[i]);
            }
            e.mv.visitLookupSwitchInsn(otherwise, keys, labels);
        }
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
