package dev.terrarium.interpreter.child;

import dev.terrarium.interpreter.Interpreter;
import dev.terrarium.runtime.Budget;
import dev.terrarium.runtime.CpuBudget;
import dev.terrarium.runtime.CpuLimitExceeded;
import dev.terrarium.runtime.GuestIO;
import dev.terrarium.runtime.HashSeed;
import dev.terrarium.runtime.Imports;
import dev.terrarium.runtime.external.ExternalCall;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Request;

/**
 * Entry point of the sandbox child JVM, started by the controller. Opens the pipe to the
 * controller, runs the guest program, and reports its exit status with {@link Op#EXIT};
 * the process then ends by returning from {@code main}. The exit status travels over
 * the pipe, never as the JVM's own status, so a child that dies any other way is
 * recognised by the controller as a crash. With the argument {@code --dump-ast} the child
 * prints the script's AST instead of running it; with {@code --hash-seed=N} it hashes
 * strings as CPython with {@code PYTHONHASHSEED=N} (see {@link HashSeed}).
 *
 * <p>Limits: {@code --heap-bytes=N} is the heap the controller granted (the child's
 * {@code -Xmx}); the allocation {@link Budget} follows it. The {@link CpuBudget} asks the
 * controller whether the run's CPU time is spent; when it is, the guest's buffered output
 * is flushed and the child sends EXIT (the controller, which said so, reports the CPU
 * limit). A heap exhausted beyond what a MemoryError could report ends the child with
 * {@link PipeEndpoint#MEMORY_LIMIT_STATUS} and no EXIT.
 *
 * <p>With {@code --warm-up} (the children of the controller's warm pool) the child warms up
 * ({@link WarmUp}) before it greets the controller, so that its parser, compiler and runtime
 * are ready while it waits to be used; other children skip that work.
 *
 * <p>The controller's in-process mode runs {@link #serve} on a thread of its own JVM, with a
 * fresh copy of these classes (and so of the runtime's static state) for each run.
 */
public final class ChildMain {
    private ChildMain() {}

    /** The child's status for EXIT after the CPU limit (the controller reports the limit, not this). */
    private static final int CPU_LIMIT_STATUS = 1;

    /** Heap held back while the guest runs, given back when it exhausts the heap. */
    private static final long RESERVE_BYTES = 1 << 20;
    private static byte[] reserve;

    public static void main(String[] args) {
        boolean dumpAst = configure(args);
        // after configure: the warm-up hashes strings, which needs the run's hash seed
        if (java.util.Arrays.asList(args).contains("--warm-up")) {
            WarmUp.run();
        }
        PipeEndpoint door = PipeEndpoint.open();
        try {
            runGuest(door, dumpAst);
        } catch (OutOfMemoryError e) {
            PipeEndpoint.haltOutOfMemory();
        }
    }

    /**
     * Runs the guest over {@code door}, after the handshake, and sends EXIT: the child's work
     * with the arguments of its command line. The controller's in-process mode calls it with
     * an endpoint over in-memory pipes, so both modes start the guest the same way. A heap
     * exhausted beyond what a MemoryError could report ends it with the
     * {@link OutOfMemoryError} (after the guest's output is flushed), and no EXIT.
     */
    public static void serve(ExternalCall door, String[] args) {
        runGuest(door, configure(args));
    }

    /** Applies the hash seed and heap size of {@code args}; returns whether to dump the AST. */
    private static boolean configure(String[] args) {
        boolean dumpAst = false;
        for (String arg : args) {
            if (arg.equals("--dump-ast")) {
                dumpAst = true;
            } else if (arg.startsWith("--hash-seed=")) {
                // first of all: no str may be hashed before the key is set
                HashSeed.use(Long.parseLong(arg.substring("--hash-seed=".length())));
            } else if (arg.startsWith("--heap-bytes=")) {
                Budget.setHeapBytes(Long.parseLong(arg.substring("--heap-bytes=".length())));
            }
        }
        return dumpAst;
    }

    private static void runGuest(ExternalCall door, boolean dumpAst) {
        Budget.setHeapProbe(PipeEndpoint::freeHeapBytes);
        CpuBudget.install(door);
        reserve = new byte[(int) Math.min(RESERVE_BYTES, Budget.heapBytes() / 64)];
        int status;
        try {
            status = Interpreter.runMain(door, dumpAst);
        } catch (OutOfMemoryError e) {
            // (This handler comes first: testing for another exception class could mean
            // loading that class, which needs the heap that is exhausted.)
            // Give back the reserve and drop the guest's modules (and with them most of its
            // objects) to make room to send what it printed, then end: the controller
            // reports the memory limit.
            reserve = null;
            try {
                Imports.modules().entries().clear();
                flushGuestOutput();
            } catch (OutOfMemoryError | RuntimeException again) {
                // nothing more can be saved
            }
            throw e;
        } catch (CpuLimitExceeded e) {
            flushGuestOutput();
            status = CPU_LIMIT_STATUS;
        }
        reserve = null;
        door.call(Request.of(Op.EXIT, (long) status));
    }

    private static void flushGuestOutput() {
        try {
            GuestIO.flushStdout();
        } catch (RuntimeException e) {
            // the guest's stdout was closed or refused: its output is lost, the run still ends
        }
    }
}
