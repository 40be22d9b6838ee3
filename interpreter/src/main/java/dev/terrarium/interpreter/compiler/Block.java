package dev.terrarium.interpreter.compiler;

import dev.terrarium.interpreter.ast.Stmt;
import java.util.List;
import org.objectweb.asm.Label;

/**
 * A construct enclosing the code being generated that a jump out of it (break, continue,
 * return) must unwind: loops are jump targets; the others protect code with a
 * {@link Region} and may have work to do on the way out.
 */
interface Block {

    /** A loop: where continue and break go. */
    record Loop(Label continueTarget, Label breakTarget) implements Block {}

    /** A try body guarded by except clauses: leaving it only pauses the region. */
    record Guarded(Region region) implements Block {}

    /**
     * Inside an except clause (or a finally body run for an exception): leaving it pops the
     * handled exception and unbinds the {@code as} name (null if none).
     */
    record Handling(Region region, String boundName) implements Block {}

    /** A with block: leaving it calls the context manager's {@code __exit__} held in {@code exitSlot}. */
    record With(Region region, int exitSlot) implements Block {}

    /** An async with block: leaving it awaits {@code __aexit__(None, None, None)}, {@code exitSlot} holding __aexit__. */
    record AsyncWith(Region region, int exitSlot, dev.terrarium.interpreter.ast.Node at) implements Block {}

    /** A try body with a finally clause: leaving it runs the finally body. */
    record Finally(Region region, List<Stmt> finalbody) implements Block {}
}
