package dev.terrarium.runtime.external;

/**
 * The operations a guest may ask of the controller. The wire code of each is its
 * stable number; never reorder or reuse one (append new operations at the end).
 *
 * <p>Arguments and results are lists of wire values ({@code null}, {@code Long},
 * {@code String}, {@code byte[]}, or a {@code List} of those), in the order documented here.
 */
public enum Op {
    /** First request of every child: args {@code [magic "TRRM", protocol version]}; result {@code []}. */
    HELLO(1),
    /** args {@code []}; result {@code [argv: List<String>]} with argv[0] the script's guest path. */
    ARGV(2),
    /** args {@code []}; result {@code [cwd: String]}. */
    GETCWD(3),
    /** args {@code [path: String, flags: Long (O_* bits), mode: Long]}; result {@code [fd: Long]}. */
    OPEN(4),
    /** args {@code [fd: Long, maxBytes: Long]}; result {@code [data: byte[]]}, empty at end of file. */
    READ(5),
    /** args {@code [fd: Long, data: byte[]]}; result {@code [written: Long]}. */
    WRITE(6),
    /** args {@code [fd: Long]}; result {@code []}. */
    CLOSE(7),
    /** The guest is done: args {@code [status: Long]}; result {@code []}. The child ends after the reply. */
    EXIT(8);

    /** The number that stands for this operation on the wire. */
    public final int code;

    Op(int code) {
        this.code = code;
    }

    private static final Op[] BY_CODE;

    static {
        int max = 0;
        for (Op op : values()) {
            max = Math.max(max, op.code);
        }
        BY_CODE = new Op[max + 1];
        for (Op op : values()) {
            BY_CODE[op.code] = op;
        }
    }

    /** The operation with wire number {@code code}, or null if there is none. */
    public static Op fromCode(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
