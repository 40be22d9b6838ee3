package dev.terrarium.controller;

/**
 * Thrown by a {@link HostFunction} to raise a particular exception in the guest: the
 * built-in exception type named by {@link #pythonType()} (for example "ValueError",
 * "KeyError", "PermissionError") with the message. A name that is not a built-in
 * subclass of Exception gives RuntimeError.
 */
public class HostException extends Exception {
    private final String pythonType;

    public HostException(String pythonType, String message) {
        super(message);
        this.pythonType = java.util.Objects.requireNonNull(pythonType);
    }

    public String pythonType() {
        return pythonType;
    }
}
