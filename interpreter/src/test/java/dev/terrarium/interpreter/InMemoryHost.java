package dev.terrarium.interpreter;

import dev.terrarium.runtime.external.ExternalCall;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A controller stand-in for tests of the interpreter in this JVM: serves one script as
 * /work/main.py and captures what the guest writes to fds 1 and 2.
 */
final class InMemoryHost implements ExternalCall {
    private final byte[] script;
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final Map<Long, Integer> positions = new HashMap<>();
    private long nextFd = 3;

    InMemoryHost(String source) {
        this.script = source.getBytes(StandardCharsets.UTF_8);
    }

    /** Runs {@code source} as the main script; returns the exit status. */
    static Result run(String source) {
        InMemoryHost host = new InMemoryHost(source);
        int status = Interpreter.runMain(host);
        return new Result(status, host.stdout.toString(StandardCharsets.UTF_8), host.stderr.toString(StandardCharsets.UTF_8));
    }

    record Result(int status, String stdout, String stderr) {}

    /** Runs {@code source}, which must succeed without writing to stderr; returns its stdout. */
    static String stdoutOf(String source) {
        Result r = run(source);
        org.junit.jupiter.api.Assertions.assertEquals("", r.stderr(), "stderr");
        org.junit.jupiter.api.Assertions.assertEquals(0, r.status(), "exit status");
        return r.stdout();
    }

    @Override
    public Reply call(Request request) {
        List<Object> a = request.args();
        return switch (request.op()) {
            case HELLO, EXIT -> Reply.ok();
            case ARGV -> Reply.ok(List.of("/work/main.py"));
            case GETCWD -> Reply.ok("/work");
            case OPEN -> {
                if (!"/work/main.py".equals(a.get(0))) {
                    yield Reply.error(2);
                }
                long fd = nextFd++;
                positions.put(fd, 0);
                yield Reply.ok(fd);
            }
            case READ -> {
                Integer pos = positions.get((Long) a.get(0));
                if (pos == null) {
                    yield Reply.error(9);
                }
                int n = (int) Math.min((Long) a.get(1), script.length - pos);
                byte[] chunk = java.util.Arrays.copyOfRange(script, pos, pos + n);
                positions.put((Long) a.get(0), pos + n);
                yield Reply.ok((Object) chunk);
            }
            case WRITE -> {
                long fd = (Long) a.get(0);
                byte[] data = (byte[]) a.get(1);
                if (fd == 1) {
                    stdout.writeBytes(data);
                } else if (fd == 2) {
                    stderr.writeBytes(data);
                } else {
                    yield Reply.error(9);
                }
                yield Reply.ok((long) data.length);
            }
            case CLOSE -> positions.remove((Long) a.get(0)) == null ? Reply.error(9) : Reply.ok();
            default -> Reply.error(38); // ENOSYS: operations these tests do not serve
        };
    }

}
