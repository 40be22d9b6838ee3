package dev.terrarium.controller.child;

/** The child's pipe closed (end of file, or a broken pipe on write): it exited or crashed. */
public final class ChildGone extends Exception {
    private static final long serialVersionUID = 1L;

    public ChildGone(String message) {
        super(message, null, false, false);
    }
}
