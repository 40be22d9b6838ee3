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
    /**
     * args {@code []}; result {@code [argv: List<String>, command: String or null, interactive: Long]}.
     * argv[0] says what to run, as CPython's {@code sys.argv[0]}: the script's guest path;
     * {@code "-c"} with {@code command} the program text ({@code python -c}); {@code "-"} for a
     * program read from fd 0 ({@code python -}); {@code ""} for none (the REPL alone).
     * {@code interactive} 1 enters the REPL after the program ({@code python -i}) or instead of it.
     */
    ARGV(2),
    /** args {@code []}; result {@code [cwd: String]}. */
    GETCWD(3),
    /**
     * args {@code [path: String, flags: Long (Linux O_* bits), mode: Long (permissions of a
     * created file, umask 022 applied)]}; result {@code [fd: Long]}, the lowest free descriptor.
     */
    OPEN(4),
    /** args {@code [fd: Long, maxBytes: Long]}; result {@code [data: byte[]]}, empty at end of file. */
    READ(5),
    /** args {@code [fd: Long, data: byte[]]}; result {@code [written: Long]}. */
    WRITE(6),
    /** args {@code [fd: Long]}; result {@code []}. */
    CLOSE(7),
    /** The guest is done: args {@code [status: Long]}; result {@code []}. The child ends after the reply. */
    EXIT(8),
    /**
     * args {@code [fd: Long, offset: Long, whence: Long (0 SEEK_SET, 1 SEEK_CUR, 2 SEEK_END)]};
     * result {@code [newOffset: Long]}. ESPIPE on a standard stream, EINVAL for a bad whence
     * or a negative result.
     */
    LSEEK(9),
    /**
     * args {@code [fd: Long]}; result: the ten fields of CPython's {@code os.stat_result}, in
     * its order, each a {@code Long}: {@code [st_mode, st_ino, st_dev, st_nlink, st_uid,
     * st_gid, st_size, st_atime_ns, st_mtime_ns, st_ctime_ns]} (see {@link #STAT}).
     */
    FSTAT(10),
    /**
     * args {@code [path: String]}; result as {@link #FSTAT}, following a final symbolic link.
     * {@code st_mode} holds the S_IF* type bits and the permission bits; {@code st_ino} is a
     * number the controller gives each guest path (not the host's); {@code st_dev} numbers the
     * mount; {@code st_uid} and {@code st_gid} are the guest's (1000); times are nanoseconds
     * since the epoch.
     */
    STAT(11),
    /** args {@code [path: String]}; result as {@link #STAT}, describing a final symbolic link itself. */
    LSTAT(12),
    /** args {@code [path: String]}; result {@code [names: List<String>]}, sorted, without "." and "..". */
    LISTDIR(13),
    /** args {@code [path: String, mode: Long]}; result {@code []}. */
    MKDIR(14),
    /** args {@code [path: String]}; result {@code []}; ENOTEMPTY unless the directory is empty. */
    RMDIR(15),
    /** args {@code [path: String]}; result {@code []}; EISDIR for a directory (as Linux unlink(2)). */
    UNLINK(16),
    /**
     * args {@code [from: String, to: String]}; result {@code []}. Replaces an existing {@code to}
     * as POSIX rename(2) (os.replace); EXDEV between two mounts.
     */
    RENAME(17),
    /** args {@code [path: String, length: Long]}; result {@code []}. */
    TRUNCATE(18),
    /** args {@code [fd: Long, length: Long]}; result {@code []}. */
    FTRUNCATE(19),
    /** args {@code [path: String]}; result {@code []}. Changes the cwd {@link #GETCWD} reports. */
    CHDIR(20),
    /** args {@code [fd: Long]}; result {@code [isatty: Long (0 or 1)]}; EBADF for a closed fd. */
    ISATTY(21),
    /** args {@code []}; result {@code [nanoseconds since the epoch: Long]} (time.time_ns). */
    TIME(22),
    /** args {@code []}; result {@code [nanoseconds: Long]} from a clock that never goes back (time.monotonic_ns). */
    MONOTONIC(23),
    /**
     * args {@code [n: Long]}; result {@code [data: byte[]]}: {@code min(n, 65536)} random bytes
     * (the guest asks again for more); EINVAL for a negative n.
     */
    URANDOM(24),
    /**
     * args {@code [nanoseconds: Long]}; result {@code []} once that long has passed
     * (time.sleep); the time counts against the run's wall-time limit; EINVAL if negative.
     */
    SLEEP(25),

    // ---- limits (append-only block) ----
    /**
     * The guest's tick countdown ran out ({@code dev.terrarium.runtime.CpuBudget}): args
     * {@code [ticks: Long (ticks counted since the last CPU_CHECK)]}; result
     * {@code [next: Long]}, the ticks to count before asking again, or 0 when the run's CPU
     * time is spent (the child then ends the run), or {@code -n} when the run was
     * interrupted (the guest raises KeyboardInterrupt, then counts n ticks). Without a CPU
     * limit the controller answers with a large interval, unless the run can be interrupted.
     * A READ of stdin or a SLEEP cut short by an interrupt answers EINTR (4), which the
     * guest raises as KeyboardInterrupt.
     */
    CPU_CHECK(26),

    // 27 is reserved for the resource limits.
    /**
     * The guest's environment ({@code os.environ}): args {@code []}; result
     * {@code [entries: List<String>]}, names and values alternating ({@code [name1, value1, ...]}).
     * Changes the guest makes stay in its own copy.
     */
    ENVIRON(28),

    // ---- host functions of an embedding application (see HostValues) -------------------
    /**
     * A call of a function the embedder registered: args {@code [name: String, arguments:
     * List]} with the positional arguments in the flat form of {@link HostValues}; result
     * {@code [HostValues.RETURNED, value: List]} (the return value, in the same form) or
     * {@code [HostValues.RAISED, exceptionType: String, message: String]}.
     */
    HOST_CALL(31),
    /** args {@code []}; result {@code [names: List<String>]} of the registered host functions, sorted. */
    HOST_NAMES(32);

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
