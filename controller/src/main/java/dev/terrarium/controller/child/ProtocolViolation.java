package dev.terrarium.controller.child;

/** The child sent something the protocol does not allow; the run stops. */
public final class ProtocolViolation extends Exception {
    private static final long serialVersionUID = 1L;

    public ProtocolViolation(String message) {
        super(message, null, false, false);
    }
}
