package dev.terrarium.controller.child;

import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import dev.terrarium.runtime.external.WireCodec;
import dev.terrarium.runtime.external.WireFormatException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The controller's end of a guest's pipe pair: request frames in, reply frames out, in the
 * {@link WireCodec} protocol. Everything read is untrusted: a frame is bounded by
 * {@link WireCodec#MAX_FRAME} before any allocation, and every malformation becomes a
 * {@link ProtocolViolation}. Used by the serving thread alone.
 */
final class FrameChannel {
    private final InputStream requests;
    private final OutputStream replies;
    private final byte[] header = new byte[WireCodec.FRAME_HEADER_BYTES];
    private final String peer;

    /** {@code peer} names the other end in messages ("child"). */
    FrameChannel(InputStream requests, OutputStream replies, String peer) {
        this.requests = requests;
        this.replies = new BufferedOutputStream(replies, 1 << 16);
        this.peer = peer;
    }

    Request readRequest() throws ProtocolViolation, ChildGone {
        int got = readUpTo(header);
        if (got == 0) {
            throw new ChildGone("the " + peer + " closed its request pipe");
        }
        if (got < header.length) {
            throw new ProtocolViolation("truncated frame header (" + got + " of 4 bytes)");
        }
        int length;
        try {
            length = WireCodec.frameLength(header);
        } catch (WireFormatException e) {
            throw new ProtocolViolation(e.getMessage() + textHint(header));
        }
        byte[] payload = new byte[length];
        got = readUpTo(payload);
        if (got < length) {
            throw new ProtocolViolation("truncated frame: " + got + " of " + length + " declared bytes");
        }
        try {
            return WireCodec.decodeRequest(payload);
        } catch (WireFormatException e) {
            throw new ProtocolViolation("malformed request: " + e.getMessage());
        }
    }

    /** True if at least one byte of a request is waiting to be read. */
    boolean hasInput() {
        try {
            return requests.available() > 0;
        } catch (IOException e) {
            return false;
        }
    }

    void sendReply(Reply reply) throws ChildGone {
        byte[] frame = WireCodec.frame(WireCodec.encodeReply(reply));
        try {
            replies.write(frame);
            replies.flush();
        } catch (IOException e) {
            throw new ChildGone("the " + peer + "'s reply pipe is broken");
        }
    }

    void closeReplies() {
        try {
            replies.close();
        } catch (IOException ignored) {
            // already broken: the child is gone
        }
    }

    /** Closes both directions. */
    void close() {
        closeReplies();
        try {
            requests.close();
        } catch (IOException ignored) {
            // nothing left to read
        }
    }

    /** Reads until {@code buffer} is full or the stream ends; returns the bytes read. */
    private int readUpTo(byte[] buffer) {
        int total = 0;
        try {
            while (total < buffer.length) {
                int n = requests.read(buffer, total, buffer.length - total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
        } catch (IOException e) {
            // a broken pipe ends the stream like end of file
        }
        return total;
    }

    /** A hint when a "frame header" is really printable text: something wrote to the child's stdout. */
    private static String textHint(byte[] header) {
        StringBuilder text = new StringBuilder();
        for (byte b : header) {
            if (b < 0x20 || b > 0x7e) {
                return "";
            }
            text.append((char) b);
        }
        return " (looks like text \"" + text + "\": something wrote to the child's stdout)";
    }
}
