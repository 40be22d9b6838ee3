package dev.terrarium.controller;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Measures latency to first output of a small program, with and without a warm pool (not a
 * test: run its main with the controller's class path). Prints the median and the range of
 * the time from {@code run} to the first byte of stdout and to the end of the run.
 */
public final class WarmPoolLatency {
    private static final String PROGRAM = "print('first line', flush=True)\nprint(sum(range(1000)))\n";

    private static final class FirstByte extends OutputStream {
        volatile long at;

        @Override
        public void write(int b) {
            if (at == 0) {
                at = System.nanoTime();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > 0) {
                write(b[off]);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        measure("no pool", Terrarium.builder(), runs, false);
        measure("warm pool of 1", Terrarium.builder().warmPool(1), runs, true);
        measure("pool, no warm-up", Terrarium.builder().warmPool(1).withoutWarmUp(), runs, true);
        measure("in-process", Terrarium.builder().isolation(Isolation.IN_PROCESS), runs, false);
    }

    private static void measure(String label, Terrarium.Builder builder, int runs, boolean pooled) throws Exception {
        List<Double> first = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        FirstByte[] out = new FirstByte[1];
        OutputStream forward = new OutputStream() {
            @Override
            public void write(int b) {
                out[0].write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                out[0].write(b, off, len);
            }
        };
        try (Terrarium terrarium = builder.stdout(forward).build()) {
            for (int i = 0; i < runs + 1; i++) {
                while (pooled && terrarium.pool().readyCount() == 0) {
                    Thread.sleep(10); // steady state: a child is waiting when the run starts
                }
                out[0] = new FirstByte();
                long start = System.nanoTime();
                ExecutionResult result = terrarium.run(PROGRAM);
                long end = System.nanoTime();
                if (!result.ok()) {
                    throw new IllegalStateException(result.stderr());
                }
                if (i > 0) { // the first run warms the controller's own JIT and class loading
                    first.add((out[0].at - start) / 1e6);
                    total.add((end - start) / 1e6);
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%-16s first output: median %6.1f ms (%.1f..%.1f)   whole run: median %6.1f ms%n",
                label, median(first), Collections.min(first), Collections.max(first), median(total));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
