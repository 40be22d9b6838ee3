package dev.terrarium.interpreter.compiler;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * A stretch of code protected by one exception handler. It may have gaps: code inlined
 * while jumping out of it (a {@code finally} body run by {@code break}, say) must not be
 * covered, so the region is paused around such code and resumed after.
 */
final class Region {
    private final Emitter e;
    private final List<Label[]> segments = new ArrayList<>();
    private Label open;

    Region(Emitter e) {
        this.e = e;
    }

    void start() {
        open = new Label();
        e.label(open);
        // A segment always covers at least one instruction: the JVM rejects empty ranges.
        e.mv.visitInsn(Opcodes.NOP);
    }

    void pause() {
        if (open != null) {
            Label end = new Label();
            e.label(end);
            segments.add(new Label[] {open, end});
            open = null;
        }
    }

    void resume() {
        if (open == null) {
            start();
        }
    }

    void end() {
        pause();
    }

    /** Registers the handler for every segment; {@code type} null catches any Throwable. */
    void handleWith(Label handler, String type) {
        for (Label[] s : segments) {
            e.mv.visitTryCatchBlock(s[0], s[1], handler, type);
        }
    }
}
