package dev.terrarium.controller;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a run executes, as the forms of the {@code python} command: a script file
 * ({@code python script.py}), program text ({@code python -c CODE}), a program read from the
 * guest's stdin ({@code python -}), or nothing but the interactive interpreter
 * ({@code python} at a terminal). {@code interactive} enters the REPL after the program, as
 * {@code python -i} does (it is always true for {@link #repl()}).
 *
 * <p>The guest's {@code sys.argv[0]} is the script's guest path, {@code "-c"}, {@code "-"}
 * or {@code ""}. A script's folder is shown read-only at /work; for the other forms /work is
 * the controller's current directory, read-only (as {@code python -c} sees its working
 * directory), unless a mount replaces it.
 */
public record Program(Kind kind, Path script, String code, boolean interactive) {

    /** Most bytes (UTF-8) of a {@code -c} program: it travels to the child in one reply frame. */
    public static final int MAX_COMMAND_BYTES = 512 * 1024;

    /** The forms of program. */
    public enum Kind { FILE, COMMAND, STDIN, NONE }

    public Program {
        Objects.requireNonNull(kind);
        if ((kind == Kind.FILE) != (script != null)) {
            throw new IllegalArgumentException("a script path goes with Kind.FILE only");
        }
        if ((kind == Kind.COMMAND) != (code != null)) {
            throw new IllegalArgumentException("program text goes with Kind.COMMAND only");
        }
        if (code != null && code.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_COMMAND_BYTES) {
            throw new IllegalArgumentException("program text longer than " + MAX_COMMAND_BYTES
                    + " bytes: run it as a script file or on stdin");
        }
        if (kind == Kind.NONE && !interactive) {
            throw new IllegalArgumentException("a run without a program must be interactive");
        }
    }

    /** {@code python script.py}. */
    public static Program file(Path script) {
        return new Program(Kind.FILE, script, null, false);
    }

    /** {@code python -c code}. */
    public static Program command(String code) {
        return new Program(Kind.COMMAND, null, code, false);
    }

    /** {@code python -}: the program is the guest's whole stdin. */
    public static Program stdin() {
        return new Program(Kind.STDIN, null, null, false);
    }

    /** {@code python} alone at a terminal: the REPL, reading the guest's stdin. */
    public static Program repl() {
        return new Program(Kind.NONE, null, null, true);
    }

    /** The same program, followed by the REPL ({@code python -i}). */
    public Program thenInteractive() {
        return new Program(kind, script, code, true);
    }

    /** The guest's {@code sys.argv[0]} for the forms other than a file. */
    String argv0() {
        switch (kind) {
            case COMMAND:
                return "-c";
            case STDIN:
                return "-";
            case NONE:
                return "";
            default:
                throw new IllegalStateException("a file's argv[0] is its guest path");
        }
    }
}
