package dev.terrarium.controller.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The prompt the line editor redraws: the unfinished last line of what reached the terminal. */
class OutputTailTest {
    @Test
    void keepsTheUnfinishedLineOfAllWrappedStreamsAndForgetsItOnceTaken() throws IOException {
        OutputTail tail = new OutputTail();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream stdout = tail.wrap(out);
        OutputStream stderr = tail.wrap(err);
        stdout.write("result\nname".getBytes(StandardCharsets.UTF_8));
        stdout.write("? ".getBytes(StandardCharsets.UTF_8));
        assertEquals("result\nname? ", out.toString(StandardCharsets.UTF_8));
        assertEquals("name? ", tail.take());
        assertEquals("", tail.take());
        stdout.write("done\n".getBytes(StandardCharsets.UTF_8));
        stderr.write(">>> ".getBytes(StandardCharsets.UTF_8));
        assertEquals(">>> ", tail.take());
        assertEquals(">>> ", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void isBounded() throws IOException {
        OutputTail tail = new OutputTail();
        OutputStream out = tail.wrap(OutputStream.nullOutputStream());
        for (int i = 0; i < 100; i++) {
            out.write("0123456789".getBytes(StandardCharsets.UTF_8));
        }
        String kept = tail.take();
        assertEquals(OutputTail.MAX_BYTES, kept.length());
        assertEquals('9', kept.charAt(kept.length() - 1));
    }
}
