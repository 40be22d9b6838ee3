package dev.terrarium.controller;

import java.util.List;
import java.util.Map;

/**
 * What the controller tells the child at the start of a run: its argv (argv[0] names the
 * program, see {@link Program}), the program text for {@code -c} (else null), whether the REPL
 * follows, the environment ({@code os.environ}), and which standard streams are terminals.
 */
record GuestStart(List<String> argv, String command, boolean interactive, Map<String, String> environment,
        java.util.function.LongPredicate terminal) {

    GuestStart {
        argv = List.copyOf(argv);
        environment = environment == null ? Map.of() : environment; // kept as given: its order is os.environ's
        terminal = terminal == null ? fd -> false : terminal;
    }

    /** A script run without a program text, REPL or environment (tests of the file operations). */
    static GuestStart script(List<String> argv) {
        return new GuestStart(argv, null, false, Map.of(), null);
    }
}
