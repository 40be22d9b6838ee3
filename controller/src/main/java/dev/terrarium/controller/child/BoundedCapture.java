package dev.terrarium.controller.child;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Drains a stream (the child's stderr) on a background thread, keeping only the first
 * {@code limit} bytes: the child can never block on a full stderr pipe, and never make
 * the controller hold more than {@code limit} bytes of it.
 */
public final class BoundedCapture {
    private final byte[] kept;
    private int size;
    private long dropped;
    private final Thread thread;

    private BoundedCapture(int limit, InputStream in, String name) {
        this.kept = new byte[limit];
        this.thread = new Thread(() -> drain(in), name);
        this.thread.setDaemon(true);
    }

    public static BoundedCapture start(InputStream in, int limit, String name) {
        BoundedCapture capture = new BoundedCapture(limit, in, name);
        capture.thread.start();
        return capture;
    }

    private void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (this) {
                    int keep = Math.min(n, kept.length - size);
                    System.arraycopy(buffer, 0, kept, size, keep);
                    size += keep;
                    dropped += n - keep;
                }
            }
        } catch (IOException ignored) {
            // the child is gone; what we have is what there is
        }
    }

    /** Waits up to {@code millis} for the stream to end (the child has exited), then returns the text. */
    public String text(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            String text = new String(Arrays.copyOf(kept, size), StandardCharsets.UTF_8);
            return dropped == 0 ? text : text + "\n[... " + dropped + " more bytes dropped]";
        }
    }
}
