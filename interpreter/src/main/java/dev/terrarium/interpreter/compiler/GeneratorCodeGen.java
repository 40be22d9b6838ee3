package dev.terrarium.interpreter.compiler;

import static dev.terrarium.interpreter.compiler.Emitter.OBJ;
import static dev.terrarium.interpreter.compiler.Emitter.OPS;

import dev.terrarium.interpreter.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * The resumable body of a generator. The method is {@code (PyGenerator g, PyObject sent,
 * PyObject thrown) -> PyObject}; the body's own slots follow those three. It starts with a
 * jump to a dispatch block (emitted last, once every yield is known) that sets every slot to
 * null and switches on {@code g.state}: 0 is the start, n the resume point after yield n.
 * A yield stores every slot allocated so far in {@code g.frame} and returns the value; its
 * resume point loads them back, raises what {@code throw()} sent, or pushes what
 * {@code send()} sent. Yield is supported where the operand stack is otherwise empty
 * (statement level and assignments). Inside except clauses the exceptions being handled are
 * set aside while suspended ({@code ExcState.suspend}/{@code resume}).
 */
class GeneratorCodeGen implements Opcodes {
    static final String GENERATOR = "dev/terrarium/runtime/PyGenerator";
    static final int SLOT_OFFSET = 3;
    private static final String EXC_STATE = "dev/terrarium/runtime/ExcState";
    private static final String SAVED_DESC = "[Ldev/terrarium/runtime/PyBaseException;";

    private final Scope scope;
    CodeGen gen;
    Emitter e;
    private final Label start = new Label();
    private final Label dispatch = new Label();
    private final List<Label> resumes = new ArrayList<>();
    private int maxSlots;

    GeneratorCodeGen(Scope scope) {
        this.scope = scope;
    }

    void attach(CodeGen gen) {
        this.gen = gen;
        this.e = gen.emitter();
    }

    /** Method entry: go to the dispatch; the start state restores parameters and closure. */
    void begin(int initialSlots) {
        e.jump(dispatch);
        e.label(start);
        restore(initialSlots);
    }

    private String type(int slot) {
        return slot < scope.firstTemp ? scope.slotType(slot) : gen.slotTypes.getOrDefault(slot, OBJ);
    }

    private void restore(int count) {
        for (int s = 0; s < count; s++) {
            e.loadRaw(0);
            e.mv.visitFieldInsn(GETFIELD, GENERATOR, "frame", "[Ljava/lang/Object;");
            e.pushInt(s);
            e.mv.visitInsn(AALOAD);
            String t = type(s);
            e.mv.visitTypeInsn(CHECKCAST, t.startsWith("[") ? t : t.substring(1, t.length() - 1));
            e.storeLocal(s);
        }
    }

    /** A yield of the value on the stack; afterwards the sent value is on the stack if {@code needValue}. */
    void yieldValue(Node at, boolean needValue) {
        yieldValue(at, needValue, true);
    }

    /**
     * A yield; with {@code raiseThrown} false, what {@code throw()} sent is left in the
     * method's third argument for the caller to handle ({@code yield from} passes it on).
     */
    void yieldValue(Node at, boolean needValue, boolean raiseThrown) {
        yieldSites.add(new int[] {at.span().lineno(), pendingDelegate});
        pendingDelegate = -1;
        emitYield(at, needValue, raiseThrown);
    }

    /**
     * Where each yield (state 1, 2, ...) is: its line, and for the yield of a {@code yield from}
     * the slot of the iterator it delegates to, else -1 (for {@code gi_frame.f_lineno} and
     * {@code gi_yieldfrom}, read from the saved frame while suspended).
     */
    final List<int[]> yieldSites = new ArrayList<>();

    private int pendingDelegate = -1;

    /** The yield of a {@code yield from} delegating to the iterator in slot {@code delegate}. */
    void yieldValue(Node at, boolean needValue, boolean raiseThrown, int delegate) {
        pendingDelegate = delegate;
        yieldValue(at, needValue, raiseThrown);
    }

    private void emitYield(Node at, boolean needValue, boolean raiseThrown) {
        // Inside except clauses (or finally bodies run for an exception) of this frame, their
        // exceptions are set aside while the generator is suspended, and handled again on resume.
        int handling = 0;
        for (Block b : gen.blocks) {
            if (b instanceof Block.Handling) {
                handling++;
            }
        }
        int saved = suspendHandled(handling);
        int live = gen.maxSlot();
        maxSlots = Math.max(maxSlots, live);
        for (int s = 0; s < live; s++) {
            e.loadRaw(0);
            e.mv.visitFieldInsn(GETFIELD, GENERATOR, "frame", "[Ljava/lang/Object;");
            e.pushInt(s);
            e.loadLocal(s);
            e.mv.visitInsn(AASTORE);
        }
        e.loadRaw(0);
        e.pushInt(resumes.size() + 1);
        e.mv.visitFieldInsn(PUTFIELD, GENERATOR, "state", "I");
        e.returnValue();
        Label resume = new Label();
        resumes.add(resume);
        e.label(resume);
        e.resetLine();
        restore(live);
        resumeHandled(saved);
        resumed(at, needValue, raiseThrown);
    }

    /**
     * Before a yield inside {@code handling} except clauses (or finally bodies run for an
     * exception): sets their exceptions aside in a new temporary, which is returned (-1 when
     * there are none).
     */
    int suspendHandled(int handling) {
        if (handling == 0) {
            return -1;
        }
        int saved = gen.newTemp(SAVED_DESC);
        e.pushInt(handling);
        e.invokeStatic(EXC_STATE, "suspend", "(I)" + SAVED_DESC);
        e.storeLocal(saved);
        return saved;
    }

    /** After resuming: the exceptions set aside by {@link #suspendHandled} are handled again. */
    void resumeHandled(int saved) {
        if (saved >= 0) {
            e.loadLocal(saved);
            e.invokeStatic(EXC_STATE, "resume", "(" + SAVED_DESC + ")V");
        }
    }

    /**
     * At a resume point: raises what {@code throw()} sent (if {@code raiseThrown}), and pushes
     * what {@code send()} sent if {@code needValue}.
     */
    void resumed(Node at, boolean needValue, boolean raiseThrown) {
        gen.position(at);
        if (raiseThrown) {
            Label noThrow = new Label();
            e.loadRaw(2);
            e.ifNull(noThrow);
            e.loadRaw(2);
            e.invokeStatic(OPS, "thrownInto", "(" + OBJ + ")Ldev/terrarium/runtime/PyException;");
            e.athrow();
            e.label(noThrow);
        }
        if (needValue) {
            e.loadRaw(1);
        }
    }

    /** Pushes what {@code throw()} sent at the last resume, or null. */
    void loadThrown() {
        e.loadRaw(2);
    }

    /** {@code return value} (value on the stack): the generator finishes. */
    void finish() {
        e.loadRaw(0);
        e.swap();
        e.invokeStatic(GENERATOR, "finish", "(L" + GENERATOR + ";" + OBJ + ")" + OBJ);
        e.returnValue();
    }

    /** Emits the dispatch block; returns the number of body slots the frame must hold. */
    int end() {
        int slots = Math.max(maxSlots, gen.maxSlot());
        e.label(dispatch);
        for (int s = 0; s < slots; s++) {
            e.pushNull();
            e.storeLocal(s);
        }
        e.loadRaw(0);
        e.mv.visitFieldInsn(GETFIELD, GENERATOR, "state", "I");
        Label[] targets = new Label[resumes.size() + 1];
        targets[0] = start;
        for (int i = 0; i < resumes.size(); i++) {
            targets[i + 1] = resumes.get(i);
        }
        e.mv.visitTableSwitchInsn(0, resumes.size(), start, targets);
        return slots;
    }
}
