package dev.terrarium.controller.fakes;

import dev.terrarium.interpreter.child.PipeEndpoint;
import dev.terrarium.runtime.external.Op;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A well-behaved child for controller tests, speaking through the real {@link PipeEndpoint}.
 * It asks ARGV and GETCWD, reads the script (argv[0]) and prints it, prints "hello", then
 * treats each further argument as a probe and prints one line per probe to stdout:
 * <ul>
 *   <li>{@code PATH} or {@code FLAGS:PATH}: OPEN (flags in decimal, default O_RDONLY), then
 *       read to the end and CLOSE; prints {@code PATH -> ok <content>} or {@code PATH -> errno N}.</li>
 *   <li>{@code openmany=N}: opens argv[0] N times without closing; prints the first errno and at which count.</li>
 *   <li>{@code stderr=TEXT}: writes TEXT to fd 2.</li>
 *   <li>{@code write=FD}: writes "x" to FD and prints the errno.</li>
 *   <li>{@code bigwrite=N}: writes N bytes 'y' to fd 1 in one request (the endpoint splits it).</li>
 *   <li>{@code exit=N}: sends EXIT N at once.</li>
 *   <li>{@code env}: prints the size of the child's environment and its working directory.</li>
 *   <li>{@code call=OP;ARG;ARG...}: sends any request; an argument that is an integer is sent as
 *       a Long, {@code b:TEXT} as the UTF-8 bytes of TEXT, anything else as a String. Prints
 *       {@code OP -> ok VALUES} (strings quoted, printable bytes as {@code b'...'}, other bytes
 *       as {@code <N bytes>}) or {@code OP -> errno N}.</li>
 *   <li>{@code sleep=MILLIS}: sleeps (to be stopped by the wall-time limit).</li>
 * </ul>
 * Ends with EXIT 0 (through ChildMain's protocol: the endpoint, then EXIT).
 */
public final class ProbeChild {
    private static PipeEndpoint door;

    public static void main(String[] args) {
        door = PipeEndpoint.open();
        System.out.println("stray System.out text must not reach the protocol");
        @SuppressWarnings("unchecked")
        List<Object> argv = (List<Object>) door.call(Request.of(Op.ARGV)).values().get(0);
        String cwd = (String) door.call(Request.of(Op.GETCWD)).values().get(0);
        print(1, "argv=" + argv + " cwd=" + cwd + "\n");
        print(1, "script: " + readAll((String) argv.get(0), 0) + "\n");
        print(1, "hello\n");
        for (Object arg : argv.subList(1, argv.size())) {
            probe((String) arg);
        }
        door.call(Request.of(Op.EXIT, 0L));
    }

    private static void probe(String arg) {
        if (arg.startsWith("exit=")) {
            door.call(Request.of(Op.EXIT, Long.parseLong(arg.substring(5))));
            System.exit(0); // a test child may; the real ChildMain returns instead
        } else if (arg.startsWith("call=")) {
            String[] parts = arg.substring(5).split(";", -1);
            Object[] callArgs = new Object[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                callArgs[i - 1] = parts[i].matches("-?[0-9]+") ? (Object) Long.parseLong(parts[i])
                        : parts[i].startsWith("b:") ? parts[i].substring(2).getBytes(StandardCharsets.UTF_8) : parts[i];
            }
            Reply reply = door.call(Request.of(Op.valueOf(parts[0]), callArgs));
            print(1, parts[0] + " -> " + (reply.isOk() ? "ok " + render(reply.values()) : "errno " + reply.errno()) + "\n");
        } else if (arg.startsWith("sleep=")) {
            try {
                Thread.sleep(Long.parseLong(arg.substring(6)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else if (arg.equals("env")) {
            print(1, "env size " + System.getenv().size() + " dir " + System.getProperty("user.dir") + "\n");
        } else if (arg.startsWith("stderr=")) {
            print(2, arg.substring(7));
        } else if (arg.startsWith("write=")) {
            Reply reply = door.call(Request.of(Op.WRITE, Long.parseLong(arg.substring(6)), new byte[] {'x'}));
            print(1, arg + " -> " + (reply.isOk() ? "ok" : "errno " + reply.errno()) + "\n");
        } else if (arg.startsWith("bigwrite=")) {
            byte[] data = new byte[Integer.parseInt(arg.substring(9))];
            java.util.Arrays.fill(data, (byte) 'y');
            Reply reply = door.call(Request.of(Op.WRITE, 1L, data));
            print(1, "\nbigwrite -> " + reply.values() + "\n");
        } else if (arg.startsWith("openmany=")) {
            int n = Integer.parseInt(arg.substring(9));
            String script = (String) ((List<?>) door.call(Request.of(Op.ARGV)).values().get(0)).get(0);
            for (int i = 1; i <= n; i++) {
                Reply reply = door.call(Request.of(Op.OPEN, script, 0L, 0L));
                if (!reply.isOk()) {
                    print(1, "openmany: errno " + reply.errno() + " at open " + i + "\n");
                    return;
                }
            }
            print(1, "openmany: all " + n + " opened\n");
        } else {
            int colon = arg.indexOf(':');
            long flags = colon > 0 ? Long.parseLong(arg.substring(0, colon)) : 0;
            String path = colon > 0 ? arg.substring(colon + 1) : arg;
            print(1, path + " -> " + readAll(path, flags) + "\n");
        }
    }

    /** "ok CONTENT" or "errno N" (of OPEN, or of READ prefixed by "read"). */
    private static String readAll(String path, long flags) {
        Reply open = door.call(Request.of(Op.OPEN, path, flags, 0L));
        if (!open.isOk()) {
            return "errno " + open.errno();
        }
        long fd = (Long) open.values().get(0);
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (true) {
            Reply read = door.call(Request.of(Op.READ, fd, 1L << 30));
            if (!read.isOk()) {
                door.call(Request.of(Op.CLOSE, fd));
                return "read errno " + read.errno();
            }
            byte[] data = (byte[]) read.values().get(0);
            if (data.length == 0) {
                break;
            }
            content.write(data, 0, data.length);
        }
        Reply close = door.call(Request.of(Op.CLOSE, fd));
        return "ok " + content.toString(StandardCharsets.UTF_8).strip() + (close.isOk() ? "" : " close errno " + close.errno());
    }

    private static String render(Object value) {
        if (value instanceof String) {
            return "'" + value + "'";
        }
        if (value instanceof byte[]) {
            byte[] data = (byte[]) value;
            for (byte b : data) {
                if (b < 32 || b > 126) {
                    return "<" + data.length + " bytes>";
                }
            }
            return "b'" + new String(data, StandardCharsets.US_ASCII) + "'";
        }
        if (value instanceof List) {
            StringBuilder text = new StringBuilder("[");
            for (Object item : (List<?>) value) {
                text.append(text.length() > 1 ? ", " : "").append(render(item));
            }
            return text.append("]").toString();
        }
        return String.valueOf(value);
    }

    private static void print(long fd, String text) {
        door.call(Request.of(Op.WRITE, fd, text.getBytes(StandardCharsets.UTF_8)));
    }
}
