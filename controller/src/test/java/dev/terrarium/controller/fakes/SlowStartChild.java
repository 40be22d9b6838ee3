package dev.terrarium.controller.fakes;

import dev.terrarium.interpreter.child.PipeEndpoint;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

/**
 * A child whose start-up is expensive: it burns 1.5 s of CPU before it
 * greets the controller, then asks CPU_CHECK once, prints the answer ({@code answer=N}) and
 * exits 0. The run's CPU limit must not count that start-up.
 */
public final class SlowStartChild {
    public static void main(String[] args) {
        long burnNanos = 1_500_000_000L;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long x = 0;
        while (threads.getCurrentThreadCpuTime() - start < burnNanos) {
            for (int i = 0; i < 100_000; i++) {
                x += i ^ x;
            }
        }
        PipeEndpoint door = PipeEndpoint.open();
        Reply answer = door.call(Request.of(Op.CPU_CHECK, 1000L));
        String line = "answer=" + answer.values().get(0) + (x == 42 ? "!" : "") + "\n";
        door.call(Request.of(Op.WRITE, 1L, line.getBytes(StandardCharsets.UTF_8)));
        door.call(Request.of(Op.EXIT, 0L));
    }
}
