package dev.terrarium.controller.fakes;

import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import dev.terrarium.runtime.external.WireCodec;
import java.io.DataInputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A misbehaving child for controller tests, launched in place of ChildMain. The system
 * property {@code fake.mode} (passed with {@code -Dfake.mode=...} through the sandbox's
 * extra JVM options) picks the misbehaviour; each mode breaks the protocol one way.
 */
public final class FakeChild {
    private static final OutputStream OUT = new FileOutputStream(FileDescriptor.out);
    private static final DataInputStream IN = new DataInputStream(new FileInputStream(FileDescriptor.in));

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("fake.mode", "");
        switch (mode) {
            case "garbage":
                OUT.write("Hello, world!\n".getBytes(StandardCharsets.US_ASCII));
                OUT.flush();
                sleepForever();
                break;
            case "binary-garbage":
                OUT.write(new byte[] {0, 0, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8});
                OUT.flush();
                sleepForever();
                break;
            case "truncated-frame":
                hello();
                OUT.write(new byte[] {0, 0, 0, 100, 0, 0, 0, 2});
                OUT.flush();
                System.exit(0);
                break;
            case "truncated-header":
                hello();
                OUT.write(new byte[] {0, 0});
                OUT.flush();
                System.exit(0);
                break;
            case "huge-frame":
                hello();
                OUT.write(new byte[] {0x7f, -1, -1, -1, 1, 2, 3});
                OUT.flush();
                sleepForever();
                break;
            case "unknown-op":
                hello();
                OUT.write(WireCodec.frame(new byte[] {0, 0, 0, 99, 0, 0, 0, 0}));
                OUT.flush();
                sleepForever();
                break;
            case "wrong-args":
                hello();
                call(Request.of(Op.OPEN, 5L));
                sleepForever();
                break;
            case "no-hello":
                call(Request.of(Op.ARGV));
                sleepForever();
                break;
            case "bad-magic":
                call(Request.of(Op.HELLO, "EVIL", WireCodec.PROTOCOL_VERSION));
                sleepForever();
                break;
            case "bad-version":
                call(Request.of(Op.HELLO, WireCodec.MAGIC, 99L));
                sleepForever();
                break;
            case "second-hello":
                hello();
                hello();
                sleepForever();
                break;
            case "endless-write": {
                hello();
                byte[] chunk = new byte[4096];
                java.util.Arrays.fill(chunk, (byte) 'x');
                while (true) {
                    call(Request.of(Op.WRITE, 1L, chunk));
                }
            }
            case "silent":
                sleepForever();
                break;
            case "close-pipes":
                hello();
                OUT.close();
                IN.close();
                sleepForever();
                break;
            case "exit-without-exit":
                hello();
                System.err.println("fake child: dying without EXIT");
                System.exit(3);
                break;
            case "stderr-flood":
                // Far more stderr than the controller keeps, then a crash.
                byte[] line = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde\n".getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 1 << 14; i++) {
                    System.err.write(line);
                }
                System.err.flush();
                System.exit(4);
                break;
            case "exit-no-wait":
                // sends EXIT but keeps running after the reply: the controller must not wait forever
                hello();
                call(Request.of(Op.EXIT, 5L));
                sleepForever();
                break;
            case "ops":
                // well-behaved: the operations named in fake.ops (TIME, MONOTONIC, URANDOM), then EXIT 0
                hello();
                for (String name : System.getProperty("fake.ops", "").split(",")) {
                    Op op = Op.valueOf(name);
                    call(op == Op.URANDOM ? Request.of(op, 8L) : Request.of(op));
                }
                call(Request.of(Op.EXIT, 0L));
                System.exit(0);
                break;
            case "spin": {
                // burns CPU and never asks CPU_CHECK: only the controller's CPU watchdog stops it
                hello();
                long x = 0;
                while (x != -1) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                }
                break;
            }
            default:
                System.err.println("unknown fake.mode '" + mode + "'");
                System.exit(99);
        }
    }

    private static void hello() throws IOException {
        Reply reply = call(Request.of(Op.HELLO, WireCodec.MAGIC, WireCodec.PROTOCOL_VERSION));
        if (!reply.isOk()) {
            throw new IllegalStateException("HELLO refused");
        }
    }

    private static Reply call(Request request) throws IOException {
        OUT.write(WireCodec.frame(WireCodec.encodeRequest(request)));
        OUT.flush();
        byte[] header = new byte[4];
        IN.readFully(header);
        byte[] payload = new byte[WireCodec.frameLength(header)];
        IN.readFully(payload);
        return WireCodec.decodeReply(payload);
    }

    private static void sleepForever() throws InterruptedException {
        while (true) {
            Thread.sleep(60_000);
        }
    }
}
