package dev.terrarium.controller.vfs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.function.BooleanSupplier;

/**
 * The guest's stdin (fd 0), fed from a host stream: the controller's own stdin, or bytes the
 * embedder gave. Reading is lazy and bounded: the host stream is read only when the guest
 * asks, at most {@code maxBytes} per request, and one read returns what one read of the host
 * stream gives (a line from a terminal, whatever a pipe holds), as a read(2) of a pipe does.
 *
 * <p>A read of a host stream may block for ever (a terminal nobody types at). It therefore
 * happens on a daemon thread while the request server waits, giving up with EIO once
 * {@code abandoned} says the run is over (the watchdog killed the child), so a blocked host
 * stream never holds the controller past the run's limits. Bytes of an array are read directly.
 * End of input is not sticky, as with a terminal: the next read asks the host stream again.
 */
public final class GuestInput implements OpenFile {
    private final InputStream source;
    private final BooleanSupplier abandoned;
    private final boolean direct;

    private final Object lock = new Object();
    private Thread pump;
    /** Bytes wanted by the waiting request (0 when none is waiting); set under {@link #lock}. */
    private int wanted;
    /** The pump's answer: bytes read (empty at end of input), or a failure; set under {@link #lock}. */
    private byte[] answer;
    private IOException failure;

    /** Takes a pending interrupt of the run: a waiting read then answers EINTR. */
    private final BooleanSupplier interrupted;

    public GuestInput(InputStream source, BooleanSupplier abandoned) {
        this(source, abandoned, () -> false);
    }

    /**
     * As {@link #GuestInput(InputStream, BooleanSupplier)}; a read that waits for the host
     * stream answers EINTR (the guest raises KeyboardInterrupt) when {@code interrupted} says
     * so, or when the host stream itself throws {@link InterruptedIOException} (the terminal's
     * line editor saw Ctrl-C). The bytes being read then go to the next read.
     */
    public GuestInput(InputStream source, BooleanSupplier abandoned, BooleanSupplier interrupted) {
        this.source = source;
        this.abandoned = abandoned;
        this.interrupted = interrupted;
        this.direct = source instanceof ByteArrayInputStream;
    }

    @Override
    public byte[] read(int maxBytes) throws ErrnoException {
        if (direct) {
            return readOnce(maxBytes);
        }
        synchronized (lock) {
            if (answer == null && failure == null && wanted == 0) {
                wanted = maxBytes;
                startPump();
                lock.notifyAll();
            }
            while (answer == null && failure == null) {
                if (abandoned.getAsBoolean()) {
                    throw new ErrnoException(Errno.EIO);
                }
                if (interrupted.getAsBoolean()) {
                    throw new ErrnoException(Errno.EINTR);
                }
                try {
                    lock.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ErrnoException(Errno.EIO);
                }
            }
            if (failure != null) {
                boolean interrupt = failure instanceof InterruptedIOException;
                failure = null;
                throw new ErrnoException(interrupt ? Errno.EINTR : Errno.EIO);
            }
            byte[] out = answer;
            answer = null;
            return out;
        }
    }

    private byte[] readOnce(int maxBytes) throws ErrnoException {
        try {
            return readFromSource(maxBytes);
        } catch (IOException e) {
            throw new ErrnoException(Errno.EIO);
        }
    }

    private byte[] readFromSource(int maxBytes) throws IOException {
        byte[] buffer = new byte[maxBytes];
        int n = source.read(buffer, 0, maxBytes);
        return n <= 0 ? new byte[0] : n == maxBytes ? buffer : java.util.Arrays.copyOf(buffer, n);
    }

    private void startPump() {
        if (pump != null) {
            return;
        }
        pump = new Thread(this::pumpLoop, "terrarium-stdin");
        pump.setDaemon(true);
        pump.start();
    }

    /** Waits for a request, reads once from the host stream, hands the bytes over; repeats. */
    private void pumpLoop() {
        while (true) {
            int n;
            synchronized (lock) {
                while (wanted == 0) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                n = wanted;
            }
            byte[] got = null;
            IOException error = null;
            try {
                got = readFromSource(n);
            } catch (IOException e) {
                error = e;
            }
            synchronized (lock) {
                wanted = 0;
                answer = got;
                failure = error;
                lock.notifyAll();
            }
        }
    }

    @Override
    public long write(byte[] data) throws ErrnoException {
        throw new ErrnoException(Errno.EBADF);
    }

    @Override
    public void close() {
        // The host stream belongs to the caller; an idle pump thread is ended (a blocked one is a daemon).
        synchronized (lock) {
            if (pump != null && wanted == 0) {
                pump.interrupt();
            }
        }
    }
}
