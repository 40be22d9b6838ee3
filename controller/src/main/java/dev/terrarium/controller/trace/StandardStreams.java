package dev.terrarium.controller.trace;

import dev.terrarium.controller.vfs.ErrnoException;
import dev.terrarium.controller.vfs.FdTable;
import dev.terrarium.controller.vfs.OpenFile;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Request;
import java.util.List;

/**
 * The guest's stdout and stderr as the controller forwards them, and which WRITE goes to
 * which: a record notes it for each write, so that a replay (which answers every call from
 * the record) still shows the guest's output, through the same streams and output limit.
 */
public final class StandardStreams {
    /** Where a write went: nowhere the user sees (a file), stdout, or stderr. */
    static final int NONE = 0;
    static final int STDOUT = 1;
    static final int STDERR = 2;

    private final FdTable fds;
    private final OpenFile stdout;
    private final OpenFile stderr;

    /** {@code stdout} and {@code stderr} are the files the table had at fds 1 and 2 when the run began. */
    public StandardStreams(FdTable fds, OpenFile stdout, OpenFile stderr) {
        this.fds = fds;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** {@link #STDOUT} or {@link #STDERR} if {@code request} is a WRITE to one of them now, else {@link #NONE}. */
    int sinkOf(Request request) {
        List<Object> args = request.args();
        if (request.op() != Op.WRITE || args.size() != 2 || !(args.get(0) instanceof Long)) {
            return NONE;
        }
        OpenFile file;
        try {
            file = fds.get((Long) args.get(0));
        } catch (ErrnoException e) {
            return NONE;
        }
        return file == stdout ? STDOUT : file == stderr ? STDERR : NONE;
    }

    /** Writes {@code data} to the given stream again (replay); errors were already answered from the record. */
    void replay(int sink, byte[] data) {
        try {
            (sink == STDOUT ? stdout : stderr).write(data);
        } catch (ErrnoException e) {
            // the host stream is gone (EPIPE); the recorded reply stands, as the record says what the guest saw
        }
    }
}
