package dev.terrarium.interpreter;

import dev.terrarium.runtime.external.ExternalCall;

/**
 * Runs a guest program inside the sandbox child. Everything it needs from the outside
 * (argv, the script's text, stdout) comes through the {@link ExternalCall} door.
 */
public final class Interpreter {
    private Interpreter() {}

    /**
     * Runs the main script named by the controller's argv, as {@code python3 script.py}
     * would: asks for argv, reads the script, compiles and runs it, flushes output, and
     * writes a traceback to fd 2 if it fails. Returns the exit status (0, 1, or the
     * status given to {@code sys.exit}). Does not send {@code EXIT}: the caller does.
     */
    public static int runMain(ExternalCall door) {
        throw new UnsupportedOperationException("not yet");
    }
}
