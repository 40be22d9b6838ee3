package dev.terrarium.controller.vfs;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The guest's stdout or stderr, forwarded to a host stream. Each write is flushed so the
 * two streams interleave as the guest wrote them (the guest's runtime does its own
 * buffering). A host stream that fails (e.g. a closed pipe) becomes EPIPE, which the
 * guest sees as BrokenPipeError, as CPython would.
 */
public final class GuestOutput implements OpenFile {
    private final OutputStream host;
    private final OutputMeter meter;

    public GuestOutput(OutputStream host, OutputMeter meter) {
        this.host = host;
        this.meter = meter;
    }

    @Override
    public byte[] read(int maxBytes) throws ErrnoException {
        throw new ErrnoException(Errno.EBADF);
    }

    @Override
    public long write(byte[] data) throws ErrnoException {
        int granted = (int) meter.grant(data.length);
        try {
            host.write(data, 0, granted);
            host.flush();
        } catch (IOException e) {
            throw new ErrnoException(Errno.EPIPE);
        }
        if (granted < data.length) {
            throw new OutputLimitExceeded(meter.limit());
        }
        return granted;
    }

    @Override
    public void close() {
        // The host stream belongs to the caller of the sandbox; closing fd 1 only ends the guest's use.
    }
}
