package dev.terrarium.controller.child;

import dev.terrarium.controller.SandboxOptions;
import dev.terrarium.interpreter.child.PipeEndpoint;
import dev.terrarium.runtime.external.ExternalCall;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A guest run on a thread of the controller's own JVM (in-process isolation), for
 * trusted-but-fallible code and tests. It speaks the same protocol over in-memory pipes to
 * the same request server as a child JVM, with its own copy of the runtime and interpreter
 * ({@link GuestClassLoader}), so nothing of one run's state reaches the next.
 *
 * <p>The isolation is weaker than a child process's, and nothing can kill a thread (no
 * {@code Thread.stop}, gone from recent JDKs): every limit ends the guest through its own tick
 * check. The guest asks CPU_CHECK about every 20 ms of its thread's CPU; once a limit is
 * reached the answer is "spent" ({@link CpuAccount#stop}), and the guest ends at its next tick
 * as at the CPU limit, then reports as the limit that stopped it. The watchdog
 * ({@link #startCpuWatchdog}) stops it at the wall-time limit, past its CPU limit (its
 * thread's CPU time alone: the JIT and collector are shared), and when the controller's heap
 * has grown by more than the run's heap ({@code --heap}) since the run began (measured after
 * a full collection: the memory limit; runs at the same time count each other's objects).
 * The runtime's allocation budget refuses single oversized allocations with MemoryError as in
 * a child. A guest that does not tick (a builtin that runs long) cannot be stopped: at a limit
 * the run still ends, its thread is abandoned (a daemon) and ends by itself later.
 */
public final class InProcessChild implements Child {
    private static final int PIPE_BYTES = 1 << 16;
    /** How long a stopped guest gets to reach its next tick and end before it is abandoned. */
    private static final long STOP_GRACE_MILLIS = 2000;
    private static final long STOP_INTERVAL_MILLIS = 100;
    /** How often the CPU watchdog measures the guest thread. */
    private static final long CPU_POLL_MILLIS = 100;

    private final FrameChannel channel;
    private final PipedOutputStream guestRequests;
    private final Thread thread;
    private final AtomicBoolean timedOut = new AtomicBoolean();
    private final AtomicBoolean killedForCpu = new AtomicBoolean();
    private final CpuAccount cpu;
    private final StringBuilder failure = new StringBuilder();
    private volatile int status;
    private Duration cpuAtExit;
    private Thread watchdog;
    private Thread cpuWatchdog;
    private final AtomicBoolean exceededMemory = new AtomicBoolean();
    /** The run's heap: how much the controller's heap may grow while the guest runs. */
    private final long heapBytes;
    /** The controller's used heap when the run began. */
    private final long heapBaseline;

    private InProcessChild(SandboxOptions options) throws IOException {
        PipedInputStream controllerSide = new PipedInputStream(PIPE_BYTES);
        guestRequests = new PipedOutputStream(controllerSide);
        PipedInputStream guestReplies = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream controllerReplies = new PipedOutputStream(guestReplies);
        channel = new FrameChannel(controllerSide, controllerReplies, "in-process guest");
        ClassLoader loader = new GuestClassLoader(InProcessChild.class.getClassLoader());
        String[] args = ChildCommand.programArgs(options).toArray(new String[0]);
        thread = new Thread(null, () -> runGuest(loader, guestReplies, args), "terrarium-in-process-guest",
                stackBytes(options.stack()));
        thread.setDaemon(true);
        thread.setContextClassLoader(loader);
        cpu = new CpuAccount(options.cpuLimit(), this::guestCpuNanos);
        cpu.keepPace(); // the guest asks often enough to be stopped at any limit
        heapBytes = options.heapBytes();
        heapBaseline = usedHeap();
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Whether the heap has grown by more than the run's heap since it began, garbage collected first. */
    private boolean overHeap() {
        if (usedHeap() - heapBaseline <= heapBytes) {
            return false;
        }
        System.gc();
        return usedHeap() - heapBaseline > heapBytes;
    }

    /** Starts a guest thread with a fresh copy of the runtime; its first request is HELLO. */
    public static InProcessChild start(SandboxOptions options) throws IOException {
        InProcessChild child = new InProcessChild(options);
        child.thread.start();
        return child;
    }

    /** The guest thread: {@code ChildMain.serve} over the in-memory pipes, with the child's arguments. */
    private void runGuest(ClassLoader loader, PipedInputStream replies, String[] args) {
        try {
            Class<?> endpointClass = Class.forName("dev.terrarium.interpreter.child.PipeEndpoint", true, loader);
            Method overStreams = endpointClass.getMethod("overStreams", java.io.InputStream.class,
                    java.io.OutputStream.class);
            ExternalCall door = (ExternalCall) overStreams.invoke(null, replies, guestRequests);
            Class<?> childMain = Class.forName("dev.terrarium.interpreter.child.ChildMain", true, loader);
            childMain.getMethod("serve", ExternalCall.class, String[].class).invoke(null, door, args);
        } catch (InvocationTargetException e) {
            fail(e.getCause());
        } catch (Throwable t) {
            fail(t);
        } finally {
            try {
                guestRequests.close(); // the controller reads end of file at once
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    private void fail(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            // as a child JVM whose heap ran out: the controller reports the memory limit
            status = PipeEndpoint.MEMORY_LIMIT_STATUS;
            return;
        }
        status = 1;
        if (t instanceof ThreadDeath) {
            return; // stopped by the watchdog or by a broken pipe: nothing to report
        }
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        synchronized (failure) {
            failure.append(trace.getBuffer(), 0, Math.min(trace.getBuffer().length(), ChildProcess.STDERR_LIMIT));
        }
    }

    @Override
    public Request readRequest() throws ProtocolViolation, ChildGone {
        Request request = channel.readRequest();
        if (request.op() == Op.EXIT) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long nanos = threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread.getId()) : -1;
            cpuAtExit = nanos < 0 ? null : Duration.ofNanos(nanos);
        }
        return request;
    }

    @Override
    public void sendReply(Reply reply) throws ChildGone {
        channel.sendReply(reply);
    }

    @Override
    public void closeReplies() {
        channel.closeReplies();
    }

    @Override
    public void startWatchdog(Duration limit) {
        watchdog = new Thread(() -> {
            try {
                thread.join(limit.toMillis());
                if (thread.isAlive()) {
                    timedOut.set(true);
                    stopGuest();
                }
            } catch (InterruptedException e) {
                // the run ended first
            }
        }, "terrarium-in-process-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /**
     * Stops the guest at its next tick (its CPU_CHECK answers "spent"); if it does not end
     * within {@link #STOP_GRACE_MILLIS}, closes its pipes so the run ends without it.
     */
    private void stopGuest() {
        cpu.stop();
        try {
            thread.join(STOP_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            channel.close(); // the controller stops waiting; the thread ends when it next talks
        }
    }

    @Override
    public boolean timedOut() {
        return timedOut.get();
    }

    @Override
    public boolean isAlive() {
        return thread.isAlive();
    }

    // ---- the CPU limit: the guest thread's own CPU time ----------------------------------

    @Override
    public CpuAccount cpu() {
        return cpu;
    }

    /** CPU time of the guest's thread so far, in nanoseconds; -1 if the JVM cannot say (or it ended). */
    private long guestCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread.getId()) : -1;
    }

    /**
     * Stops the guest thread once it has used {@code grace} more CPU than its limit (a guest
     * that asks is told at its CPU_CHECK before that), or once the heap has grown by more
     * than the run's heap.
     */
    @Override
    public void startCpuWatchdog(Duration grace) {
        cpuWatchdog = new Thread(() -> {
            try {
                while (thread.isAlive()) {
                    if (cpu.limit() != null && cpu.exceeded(grace)) {
                        killedForCpu.set(true);
                        stopGuest();
                        return;
                    }
                    if (overHeap()) {
                        exceededMemory.set(true);
                        stopGuest();
                        return;
                    }
                    thread.join(CPU_POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                // the run ended first
            }
        }, "terrarium-in-process-watchdog");
        cpuWatchdog.setDaemon(true);
        cpuWatchdog.start();
    }

    @Override
    public boolean killedForCpu() {
        return killedForCpu.get();
    }

    @Override
    public boolean exceededMemory() {
        return exceededMemory.get();
    }

    /** 0 once the guest thread has ended normally (after EXIT), 1 if it died of an exception. */
    @Override
    public Integer awaitExit(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return thread.isAlive() ? null : status;
    }

    @Override
    public String stderrText() {
        synchronized (failure) {
            return failure.toString();
        }
    }

    /** The CPU time of the guest's thread alone, up to its EXIT request. */
    @Override
    public Duration cpuTime() {
        return cpuAtExit;
    }

    /** Unknown: the guest shares the controller's heap. */
    @Override
    public long peakMemoryBytes() {
        return -1;
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            cpu.stop();
            channel.close(); // a guest waiting for a reply now ends; one that computes, at its next tick
            awaitExit(STOP_INTERVAL_MILLIS);
        }
        if (watchdog != null) {
            watchdog.interrupt();
        }
        if (cpuWatchdog != null) {
            cpuWatchdog.interrupt();
        }
        channel.close();
    }

    /** A JVM size ("64m", "1g", "512k", bytes) in bytes. */
    static long stackBytes(String size) {
        char unit = Character.toLowerCase(size.charAt(size.length() - 1));
        int shift = unit == 'k' ? 10 : unit == 'm' ? 20 : unit == 'g' ? 30 : 0;
        String digits = shift == 0 ? size : size.substring(0, size.length() - 1);
        return Long.parseLong(digits) << shift;
    }
}
