package dev.terrarium.runtime;

import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.nio.charset.StandardCharsets;

/**
 * A file the guest opened with {@code open()}: a descriptor of the controller's virtual file
 * system, read and written through {@code ExternalCall} (READ, WRITE, LSEEK, CLOSE), with a
 * read buffer and a write buffer so that a loop of small reads or writes is not a loop of
 * round trips. Text files decode and encode UTF-8 and read with universal newlines, as
 * CPython's {@code TextIOWrapper} does here (its default encoding on this platform is UTF-8);
 * binary files are {@code BufferedReader}, {@code BufferedWriter} or {@code BufferedRandom}.
 */
public final class PyFile extends PyObject {
    public static final PyType TEXT = PyType.builtin("TextIOWrapper", PyType.OBJECT, null);
    public static final PyType READER = PyType.builtin("BufferedReader", PyType.OBJECT, null);
    public static final PyType WRITER = PyType.builtin("BufferedWriter", PyType.OBJECT, null);
    public static final PyType RANDOM = PyType.builtin("BufferedRandom", PyType.OBJECT, null);

    private static final int CHUNK = 64 * 1024;

    private final long fd;
    private final PyObject name;
    private final String mode;
    private final boolean binary;
    private final boolean readable;
    private final boolean writable;
    private boolean closed;

    /** Read buffer: bytes [pos, limit) are read from the descriptor but not yet consumed. */
    private byte[] buffer = new byte[0];
    private int pos;
    private int limit;
    private boolean eof;
    /**
     * Text mode: '\r' and "\r\n" read as '\n' (open()'s default, newline=None); false reads
     * lines split at '\n' alone, as CPython's sys.stdin does on POSIX (newline='\n').
     */
    boolean universalNewlines = true;
    /** The binary file under a text one ({@code sys.stdin.buffer}); null where there is none yet. */
    PyFile binaryLayer;
    /** Text mode: a '\r' ended the last chunk, so a '\n' starting the next belongs to it. */
    /** Write buffer: bytes [0, pendingCount) are written by the guest but not yet sent. */
    private byte[] pendingWrites = new byte[0];
    private int pendingCount;

    PyFile(long fd, PyObject name, String mode, boolean binary, boolean readable, boolean writable) {
        this.fd = fd;
        this.name = name;
        this.mode = mode;
        this.binary = binary;
        this.readable = readable;
        this.writable = writable;
    }

    @Override
    public PyType type() {
        if (!binary) {
            return TEXT;
        }
        return readable && writable ? RANDOM : readable ? READER : WRITER;
    }

    @Override
    public String repr() {
        String n = "name=" + Ops.repr(name);
        if (!binary) {
            return "<_io.TextIOWrapper " + n + " mode='" + mode + "' encoding='utf-8'>";
        }
        return "<_io." + type().name() + " " + n + ">";
    }

    @Override
    public PyObject iter() {
        checkOpen();
        return this;
    }

    @Override
    public PyObject next() {
        PyObject line = readline(-1);
        return line.len() == 0 ? null : line;
    }

    @Override
    public boolean hasGenericAttributes() {
        return false;
    }

    @Override
    public PyObject getAttr(String attr) {
        switch (attr) {
            case "name":
                return name;
            case "mode":
                return PyStr.of(mode);
            case "closed":
                return PyBool.of(closed);
            case "buffer":
                if (binaryLayer != null) {
                    return binaryLayer;
                }
                break;
            case "encoding":
                if (!binary) {
                    return PyStr.of("utf-8");
                }
                break;
            default:
                break;
        }
        return super.getAttr(attr);
    }

    // ---- operations -------------------------------------------------------------------

    private void checkOpen() {
        if (closed) {
            throw PyErrors.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw new PyException(PyExc.create(PyFiles.UNSUPPORTED_OPERATION, PyStr.of("not readable")));
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw new PyException(PyExc.create(PyFiles.UNSUPPORTED_OPERATION, PyStr.of("not writable")));
        }
    }

    /** Reads more bytes into the buffer; false at end of file. */
    private boolean fill() {
        if (eof) {
            return false;
        }
        flushWrites();
        Reply r = GuestIO.door().call(Request.of(Op.READ, fd, (long) CHUNK));
        if (!r.isOk()) {
            throw PyErrors.osError(r.errno(), null);
        }
        byte[] chunk = (byte[]) r.values().get(0);
        if (chunk.length == 0) {
            eof = true;
            return false;
        }
        // Keep the unread bytes at the front and grow geometrically, so that reading a whole
        // file chunk by chunk copies it a constant number of times, not once per chunk.
        int unread = limit - pos;
        if (unread + chunk.length > buffer.length) {
            Budget.checkBytes((long) unread + chunk.length);
            byte[] next = new byte[(int) Math.min(Integer.MAX_VALUE - 8,
                    Math.max((long) unread + chunk.length, 2L * buffer.length))];
            System.arraycopy(buffer, pos, next, 0, unread);
            buffer = next;
        } else if (pos > 0) {
            System.arraycopy(buffer, pos, buffer, 0, unread);
        }
        System.arraycopy(chunk, 0, buffer, unread, chunk.length);
        pos = 0;
        limit = unread + chunk.length;
        return true;
    }

    /** {@code read(size=-1)}. */
    PyObject read(long size) {
        checkReadable();
        if (size < 0) {
            while (fill()) {
                // read to the end
            }
            byte[] all = java.util.Arrays.copyOfRange(buffer, pos, limit);
            pos = limit;
            return binary ? new PyBytes(all) : PyStr.of(text(all));
        }
        if (binary) {
            while (limit - pos < size && fill()) {
                // more
            }
            int n = (int) Math.min(size, limit - pos);
            byte[] out = java.util.Arrays.copyOfRange(buffer, pos, pos + n);
            pos += n;
            return new PyBytes(out);
        }
        // text: size counts characters
        StringBuilder sb = new StringBuilder();
        int chars = 0;
        while (chars < size) {
            String c = nextChar();
            if (c == null) {
                break;
            }
            sb.append(c);
            chars++;
        }
        return PyStr.of(sb.toString());
    }

    /** One decoded character (code point) of a text file, newline-translated; null at end. */
    private String nextChar() {
        if (pos >= limit && !fill()) {
            return null;
        }
        int b = buffer[pos] & 0xFF;
        int len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
        while (limit - pos < len && fill()) {
            // complete the sequence
        }
        len = Math.min(len, limit - pos);
        String s = text(java.util.Arrays.copyOfRange(buffer, pos, pos + len));
        pos += len;
        if (s.equals("\r") && universalNewlines) {
            if ((pos < limit || fill()) && buffer[pos] == '\n') {
                pos++;
            }
            return "\n";
        }
        return s;
    }

    /** {@code readline(size=-1)}: through the next newline ('\n', or any of \r\n \r \n in text mode). */
    PyObject readline(long size) {
        checkReadable();
        int scan = pos;
        while (true) {
            while (scan < limit && buffer[scan] != '\n' && (binary || !universalNewlines || buffer[scan] != '\r')) {
                scan++;
            }
            if (scan < limit && !binary && universalNewlines && buffer[scan] == '\r' && scan + 1 >= limit) {
                // is it \r\n? look at the next byte first
                int offset = scan - pos;
                if (fill()) {
                    scan = pos + offset;
                    continue;
                }
                scan = pos + offset;
            }
            if (scan < limit) {
                int start = pos;
                if (binary || buffer[scan] == '\n') {
                    byte[] line = java.util.Arrays.copyOfRange(buffer, start, scan + 1);
                    pos = scan + 1;
                    return limited(binary ? new PyBytes(line) : PyStr.of(text(line)), size, start);
                }
                boolean crlf = scan + 1 < limit && buffer[scan + 1] == '\n';
                byte[] line = java.util.Arrays.copyOfRange(buffer, start, scan);
                pos = scan + (crlf ? 2 : 1);
                return limited(PyStr.of(text(line) + "\n"), size, start);
            }
            int offset = scan - pos;
            if (!fill()) {
                int start = pos;
                byte[] line = java.util.Arrays.copyOfRange(buffer, pos, limit);
                pos = limit;
                return limited(binary ? new PyBytes(line) : PyStr.of(text(line)), size, start);
            }
            scan = pos + offset;
        }
    }

    /**
     * A line cut to {@code size} characters or bytes; what is cut off stays in the buffer for
     * the next read ({@code start} is where the line began in it).
     */
    private PyObject limited(PyObject line, long size, int start) {
        if (size < 0 || line.len() <= size) {
            return line;
        }
        if (line instanceof PyBytes b) {
            pos = start + (int) size;
            return new PyBytes(java.util.Arrays.copyOf(b.toByteArray(), (int) size));
        }
        String s = ((PyStr) line).value();
        String head = s.substring(0, s.offsetByCodePoints(0, (int) size));
        pos = start + head.getBytes(StandardCharsets.UTF_8).length;
        return PyStr.of(head);
    }

    /** Decodes UTF-8 strictly, with universal newlines. */
    private String text(byte[] data) {
        String s = Codecs.decode(data, data.length, "utf-8", "strict");
        return s.indexOf('\r') < 0 || !universalNewlines ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@code write(s)}: returns the number of characters or bytes written. */
    PyObject write(PyObject data) {
        checkWritable();
        byte[] bytes;
        long count;
        if (binary) {
            bytes = PyBytesLike.bytesOf(data);
            if (bytes == null) {
                throw PyErrors.typeError("a bytes-like object is required, not '%s'", data.type().name());
            }
            count = bytes.length;
        } else {
            if (!(data instanceof PyStr s)) {
                throw PyErrors.typeError("write() argument must be str, not %s", data.type().name());
            }
            bytes = Codecs.encode(s.value(), "utf-8", "strict");
            count = s.len();
        }
        if (readable && pos < limit) {
            // writing after a partial read: the descriptor must be where the reader is
            seekRaw(pos - limit, 1);
            dropReadBuffer();
        }
        if (pendingCount + bytes.length > pendingWrites.length) {
            Budget.checkBytes((long) pendingCount + bytes.length);
            pendingWrites = java.util.Arrays.copyOf(pendingWrites, Math.max(pendingCount + bytes.length,
                    Math.min(2 * pendingWrites.length + 16, CHUNK)));
        }
        System.arraycopy(bytes, 0, pendingWrites, pendingCount, bytes.length);
        pendingCount += bytes.length;
        if (pendingCount >= CHUNK) {
            flushWrites();
        }
        return PyInt.of(count);
    }

    void flushWrites() {
        if (pendingCount == 0) {
            return;
        }
        byte[] all = pendingWrites;
        int count = pendingCount;
        pendingWrites = new byte[0];
        pendingCount = 0;
        for (int off = 0; off < count; off += CHUNK) {
            int n = Math.min(CHUNK, count - off);
            Reply r = GuestIO.door().call(Request.of(Op.WRITE, fd, java.util.Arrays.copyOfRange(all, off, off + n)));
            if (!r.isOk()) {
                throw PyErrors.osError(r.errno(), null);
            }
        }
    }

    private void dropReadBuffer() {
        buffer = new byte[0];
        pos = 0;
        limit = 0;
        eof = false;
    }

    private long seekRaw(long offset, int whence) {
        Reply r = GuestIO.door().call(Request.of(Op.LSEEK, fd, offset, (long) whence));
        if (!r.isOk()) {
            throw PyErrors.osError(r.errno(), null);
        }
        return (Long) r.values().get(0);
    }

    /** {@code seek(offset, whence=0)}. */
    PyObject seek(long offset, int whence) {
        checkOpen();
        if (!binary && whence != 0 && offset != 0) {
            throw new PyException(PyExc.create(PyFiles.UNSUPPORTED_OPERATION,
                    PyStr.of(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks")));
        }
        flushWrites();
        if (whence == 1) {
            offset -= limit - pos;
        }
        dropReadBuffer();
        return PyInt.of(seekRaw(offset, whence));
    }

    /** {@code tell()}: the byte position (CPython's text cookie is the same number here). */
    PyObject tell() {
        checkOpen();
        flushWrites();
        return PyInt.of(seekRaw(0, 1) - (limit - pos));
    }

    void close() {
        if (closed) {
            return;
        }
        try {
            flushWrites();
        } finally {
            closed = true;
            GuestIO.door().call(Request.of(Op.CLOSE, fd));
        }
    }

    boolean isBinary() {
        return binary;
    }

    boolean isReadable() {
        checkOpen();
        return readable;
    }

    boolean isWritable() {
        checkOpen();
        return writable;
    }

    long fileno() {
        checkOpen();
        return fd;
    }
}
