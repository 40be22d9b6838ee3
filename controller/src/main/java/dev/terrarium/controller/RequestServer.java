package dev.terrarium.controller;

import dev.terrarium.controller.child.ChildGone;
import dev.terrarium.controller.child.Child;
import dev.terrarium.controller.child.ProtocolViolation;
import dev.terrarium.controller.trace.CallHandler;
import dev.terrarium.controller.vfs.ErrnoException;
import dev.terrarium.controller.vfs.Errno;
import dev.terrarium.controller.vfs.FdTable;
import dev.terrarium.controller.vfs.OpenFile;
import dev.terrarium.controller.vfs.Stat;
import dev.terrarium.controller.vfs.VirtualFileSystem;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import dev.terrarium.runtime.external.WireCodec;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers one child's requests until it sends EXIT. The first request must be a HELLO
 * with the right magic and version; each later request is checked for the argument
 * types its {@link Op} documents (a mismatch is a protocol violation, since only a broken
 * or hostile child sends one), then answered from the {@link VirtualFileSystem} and the
 * {@link FdTable}. Failures the guest can handle travel back as errno replies.
 */
final class RequestServer implements CallHandler {
    /** Most bytes one READ returns, whatever the guest asks for. */
    static final int MAX_READ_BYTES = 64 * 1024;
    /** Most bytes one URANDOM returns, whatever the guest asks for. */
    static final int MAX_URANDOM_BYTES = 64 * 1024;

    private final Child child;
    private final VirtualFileSystem vfs;
    private final FdTable fds;
    private final List<Object> argv;
    private final GuestStart start;
    private final long monotonicOrigin = System.nanoTime();
    private final SecureRandom random = new SecureRandom();

    RequestServer(Child child, VirtualFileSystem vfs, FdTable fds, List<String> argv) {
        this(child, vfs, fds, GuestStart.script(argv));
    }

    RequestServer(Child child, VirtualFileSystem vfs, FdTable fds, GuestStart start) {
        this.child = child;
        this.vfs = vfs;
        this.fds = fds;
        this.argv = new ArrayList<>(start.argv());
        this.start = start;
    }

    // ---- embedding (see Terrarium): host functions and a count of requests --------------
    private HostCalls hostCalls = HostCalls.NONE;
    private long requestCount;
    /** Interrupts for the guest (KeyboardInterrupt); nobody interrupts a run without one. */
    private RunControl control = new RunControl();

    /** Delivers {@code control}'s interrupts to the guest: CPU_CHECK answers "interrupted", SLEEP EINTR. */
    RequestServer withControl(RunControl control) {
        this.control = control;
        child.cpu().keepPace();
        return this;
    }

    /** Answers HOST_NAMES and HOST_CALL with {@code calls}. */
    RequestServer withHostCalls(HostCalls calls) {
        this.hostCalls = calls;
        return this;
    }

    /** Requests served so far, the handshake and EXIT included. */
    long requestCount() {
        return requestCount;
    }

    /** Serves the child until EXIT and returns the guest's exit status. */
    long serve() throws ProtocolViolation, ChildGone {
        return serve(this);
    }

    /**
     * As {@link #serve()}, answering each request after the handshake through {@code calls}:
     * this server itself, or the layers of dev.terrarium.controller.trace around it.
     */
    long serve(CallHandler calls) throws ProtocolViolation, ChildGone {
        Request hello = child.readRequest();
        requestCount++;
        checkHello(hello);
        child.guestStarting();
        child.sendReply(Reply.ok());
        while (true) {
            Request request = child.readRequest();
            requestCount++;
            if (request.op() == Op.EXIT) {
                expectArgs(request, Long.class);
            }
            child.sendReply(calls.answer(request));
            if (request.op() == Op.EXIT) {
                return (Long) request.args().get(0);
            }
        }
    }

    private static void checkHello(Request hello) throws ProtocolViolation {
        if (hello.op() != Op.HELLO) {
            throw new ProtocolViolation("first request is " + hello.op() + ", not HELLO");
        }
        expectArgs(hello, String.class, Long.class);
        if (!WireCodec.MAGIC.equals(hello.args().get(0))) {
            throw new ProtocolViolation("HELLO with wrong magic");
        }
        if (!Long.valueOf(WireCodec.PROTOCOL_VERSION).equals(hello.args().get(1))) {
            throw new ProtocolViolation("child speaks protocol version " + hello.args().get(1)
                    + ", controller speaks " + WireCodec.PROTOCOL_VERSION);
        }
    }

    @Override
    public Reply answer(Request request) throws ProtocolViolation {
        List<Object> args = request.args();
        try {
            switch (request.op()) {
                case EXIT:
                    expectArgs(request, Long.class);
                    return Reply.ok();
                case ARGV:
                    expectArgs(request);
                    return Reply.ok(argv, start.command(), start.interactive() ? 1L : 0L);
                case GETCWD:
                    expectArgs(request);
                    return Reply.ok(vfs.cwd());
                case OPEN:
                    expectArgs(request, String.class, Long.class, Long.class);
                    fds.checkRoom();
                    return Reply.ok((long) fds.add(vfs.open((String) args.get(0), (Long) args.get(1), (Long) args.get(2))));
                case READ: {
                    expectArgs(request, Long.class, Long.class);
                    long max = (Long) args.get(1);
                    if (max < 0) {
                        throw new ErrnoException(Errno.EINVAL);
                    }
                    if (max == 0) {
                        fds.get((Long) args.get(0));
                        return Reply.ok((Object) new byte[0]);
                    }
                    return Reply.ok((Object) fds.get((Long) args.get(0)).read((int) Math.min(max, MAX_READ_BYTES)));
                }
                case WRITE:
                    expectArgs(request, Long.class, byte[].class);
                    return Reply.ok(fds.get((Long) args.get(0)).write((byte[]) args.get(1)));
                case CLOSE:
                    expectArgs(request, Long.class);
                    fds.close((Long) args.get(0));
                    return Reply.ok();
                case LSEEK: {
                    expectArgs(request, Long.class, Long.class, Long.class);
                    long whence = (Long) args.get(2);
                    OpenFile file = fds.get((Long) args.get(0));
                    if (whence < 0 || whence > 2) {
                        throw new ErrnoException(Errno.EINVAL);
                    }
                    return Reply.ok(file.seek((Long) args.get(1), (int) whence));
                }
                case FSTAT: {
                    expectArgs(request, Long.class);
                    long fd = (Long) args.get(0);
                    Stat stat = fds.get(fd).stat();
                    return statReply(fd <= 2 ? stat.withIdentity(0, fd + 1) : stat);
                }
                case STAT:
                    expectArgs(request, String.class);
                    return statReply(vfs.stat((String) args.get(0), true));
                case LSTAT:
                    expectArgs(request, String.class);
                    return statReply(vfs.stat((String) args.get(0), false));
                case LISTDIR:
                    expectArgs(request, String.class);
                    return Reply.ok(new ArrayList<Object>(vfs.list((String) args.get(0))));
                case MKDIR:
                    expectArgs(request, String.class, Long.class);
                    vfs.mkdir((String) args.get(0), (Long) args.get(1));
                    return Reply.ok();
                case RMDIR:
                    expectArgs(request, String.class);
                    vfs.rmdir((String) args.get(0));
                    return Reply.ok();
                case UNLINK:
                    expectArgs(request, String.class);
                    vfs.unlink((String) args.get(0));
                    return Reply.ok();
                case RENAME:
                    expectArgs(request, String.class, String.class);
                    vfs.rename((String) args.get(0), (String) args.get(1));
                    return Reply.ok();
                case TRUNCATE:
                    expectArgs(request, String.class, Long.class);
                    vfs.truncate((String) args.get(0), (Long) args.get(1));
                    return Reply.ok();
                case FTRUNCATE:
                    expectArgs(request, Long.class, Long.class);
                    fds.get((Long) args.get(0)).truncate((Long) args.get(1));
                    return Reply.ok();
                case CHDIR:
                    expectArgs(request, String.class);
                    vfs.chdir((String) args.get(0));
                    return Reply.ok();
                case ISATTY: {
                    expectArgs(request, Long.class);
                    long fd = (Long) args.get(0);
                    fds.get(fd);
                    // fds 0 to 2 are terminals when the controller's own streams are (the CLI says
                    // so); files, and streams an embedder gives or captures, never are
                    return Reply.ok(start.terminal().test(fd) ? 1L : 0L);
                }
                case TIME: {
                    expectArgs(request);
                    Instant now = Instant.now();
                    return Reply.ok(now.getEpochSecond() * 1_000_000_000L + now.getNano());
                }
                case MONOTONIC:
                    expectArgs(request);
                    return Reply.ok(System.nanoTime() - monotonicOrigin);
                case URANDOM: {
                    expectArgs(request, Long.class);
                    long n = (Long) args.get(0);
                    if (n < 0) {
                        throw new ErrnoException(Errno.EINVAL);
                    }
                    byte[] data = new byte[(int) Math.min(n, MAX_URANDOM_BYTES)];
                    random.nextBytes(data);
                    return Reply.ok((Object) data);
                }
                case SLEEP: {
                    expectArgs(request, Long.class);
                    long nanos = (Long) args.get(0);
                    if (nanos < 0) {
                        throw new ErrnoException(Errno.EINVAL);
                    }
                    // The run's wall-time limit still applies: its watchdog ends the child
                    // (and with it this wait) when the limit passes. An interrupt cuts the
                    // sleep short, and the guest raises KeyboardInterrupt.
                    sleep(nanos);
                    return Reply.ok();
                }
                case ENVIRON: {
                    expectArgs(request);
                    List<Object> entries = new ArrayList<>();
                    start.environment().forEach((name, value) -> {
                        entries.add(name);
                        entries.add(value);
                    });
                    return Reply.ok(entries);
                }
                case CPU_CHECK: {
                    expectArgs(request, Long.class);
                    long ticks = (Long) args.get(0);
                    if (ticks < 0) {
                        throw new ProtocolViolation("CPU_CHECK with a negative tick count");
                    }
                    long next = child.cpu().answer(ticks);
                    // a negative interval: raise KeyboardInterrupt, then count that many ticks
                    return Reply.ok(next > 0 && control.take() ? -next : next);
                }
                case HOST_NAMES:
                    expectArgs(request);
                    return hostCalls.names();
                case HOST_CALL:
                    expectArgs(request, String.class, List.class);
                    @SuppressWarnings("unchecked")
                    List<Object> flat = (List<Object>) args.get(1);
                    return hostCalls.call((String) args.get(0), flat);
                case HELLO:
                    throw new ProtocolViolation("HELLO after the handshake");
                default:
                    throw new ProtocolViolation("unexpected request " + request.op());
            }
        } catch (ErrnoException e) {
            return Reply.error(e.errno);
        }
    }

    /**
     * Waits {@code nanos} in slices, giving up early once the run is over (the watchdog ended
     * the guest, or stopped an in-process one); an interrupt answers EINTR.
     */
    private void sleep(long nanos) throws ErrnoException {
        long deadline = System.nanoTime() + nanos;
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || child.timedOut() || !child.isAlive()) {
                return;
            }
            if (control.sleep(Math.min(left, SLEEP_SLICE_NANOS))) {
                throw new ErrnoException(Errno.EINTR);
            }
        }
    }

    /** How often a SLEEP looks whether the run is still on. */
    private static final long SLEEP_SLICE_NANOS = 50_000_000L;

    private static Reply statReply(Stat stat) {
        return new Reply(0, stat.toWire());
    }

    /** The request carries exactly one argument of each type given, in order. */
    private static void expectArgs(Request request, Class<?>... types) throws ProtocolViolation {
        List<Object> args = request.args();
        boolean ok = args.size() == types.length;
        for (int i = 0; ok && i < types.length; i++) {
            ok = types[i].isInstance(args.get(i));
        }
        if (!ok) {
            StringBuilder expected = new StringBuilder();
            for (Class<?> type : types) {
                expected.append(expected.length() == 0 ? "" : ", ").append(type.getSimpleName());
            }
            throw new ProtocolViolation(request.op() + " expects arguments [" + expected + "], got "
                    + describe(args));
        }
    }

    private static String describe(List<Object> args) {
        List<String> kinds = new ArrayList<>();
        for (Object arg : args) {
            kinds.add(arg == null ? "null" : arg.getClass().getSimpleName());
        }
        return kinds.toString();
    }
}
