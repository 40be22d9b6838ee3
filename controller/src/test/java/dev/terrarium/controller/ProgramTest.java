package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The forms of program and the argv[0] each gives the guest, as python's. */
class ProgramTest {
    @Test
    void eachFormHasPythonsArgvZero() {
        assertEquals("-c", Program.command("pass").argv0());
        assertEquals("-", Program.stdin().argv0());
        assertEquals("", Program.repl().argv0());
        assertTrue(Program.repl().interactive());
        assertTrue(Program.file(Path.of("x.py")).thenInteractive().interactive());
    }

    @Test
    void inconsistentOrOversizedProgramsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Program(Program.Kind.NONE, null, null, false));
        assertThrows(IllegalArgumentException.class, () -> new Program(Program.Kind.FILE, null, "x", false));
        assertThrows(IllegalArgumentException.class,
                () -> Program.command("#".repeat(Program.MAX_COMMAND_BYTES + 1)));
    }
}
