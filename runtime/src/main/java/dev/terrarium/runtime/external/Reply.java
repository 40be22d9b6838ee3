package dev.terrarium.runtime.external;

import java.util.List;

/**
 * The controller's answer to a {@link Request}: {@code errno} 0 and the result values, or a
 * POSIX errno (2 ENOENT, 9 EBADF, 13 EACCES, ...) and no values. The runtime turns a
 * non-zero errno into CPython's matching {@code OSError} subclass.
 */
public record Reply(int errno, List<Object> values) {

    public static Reply ok(Object... values) {
        return new Reply(0, java.util.Collections.unmodifiableList(java.util.Arrays.asList(values.clone())));
    }

    public static Reply error(int errno) {
        return new Reply(errno, List.of());
    }

    public boolean isOk() {
        return errno == 0;
    }
}
