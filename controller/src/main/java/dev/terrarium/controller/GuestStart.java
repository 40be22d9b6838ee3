package dev.terrarium.controller;

import java.util.List;
import java.util.Map;

/**
 * What the controller tells the child at the start of a run: its argv (argv[0] names the
 * program, see {@link Program}), the program text for {@code -c} (else null), whether the REPL
 * follows, and the environment ({@code os.environ}).
 */
record GuestStart(List<String> argv, String command, boolean interactive, Map<String, String> environment) {

    GuestStart {
        argv = List.copyOf(argv);
        environment = environment == null ? Map.of() : environment; // kept as given: its order is os.environ's
    }

    /** A script run without a program text, REPL or environment (tests of the file operations). */
    static GuestStart script(List<String> argv) {
        return new GuestStart(argv, null, false, Map.of());
    }
}
