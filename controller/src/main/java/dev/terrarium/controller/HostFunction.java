package dev.terrarium.controller;

import java.util.List;

/**
 * A Java function the guest may call as {@code host.NAME(args...)} (see
 * {@link Terrarium.Builder#hostFunction}). It runs on the controller's thread that serves
 * the run, while the guest waits, so it should be quick; the run's wall-time limit still
 * ends the guest, but only after the function has returned.
 *
 * <p>Arguments arrive as Java values: None as {@code null}, bool as {@link Boolean}, int as
 * {@link Long} (or {@link java.math.BigInteger} beyond 64 bits), float as {@link Double},
 * str as {@link String}, bytes as {@code byte[]}, list as a mutable {@link List}, tuple as
 * {@link Tuple}, dict as a {@link java.util.LinkedHashMap} in the dict's order. The return
 * value is converted back the same way (also accepted: {@link Integer}, {@link Short},
 * {@link Byte}, {@link Float}, any {@link CharSequence}, any {@link java.util.Map}); any
 * other type is a TypeError in the guest. An exception thrown here becomes a RuntimeError
 * in the guest carrying the exception's message, or the exception type that a
 * {@link HostException} names.
 */
@FunctionalInterface
public interface HostFunction {
    Object call(List<Object> args) throws Exception;
}
