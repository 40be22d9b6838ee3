package dev.terrarium.runtime.external;

import java.util.List;

/** One guest request: an operation and its arguments (wire values, see {@link Op}). */
public record Request(Op op, List<Object> args) {

    public static Request of(Op op, Object... args) {
        return new Request(op, java.util.Collections.unmodifiableList(java.util.Arrays.asList(args.clone())));
    }
}
