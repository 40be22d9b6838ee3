package dev.terrarium.runtime.external;

/**
 * How Python values travel in {@link Op#HOST_CALL}: as one flat list of wire values, in
 * prefix order, so that nesting costs no wire nesting (whose depth is limited) and the
 * receiver can check every count against what is left. Both sides share these constants;
 * the guest side encodes {@code PyObject}s, the controller side Java values.
 *
 * <p>A value is one of:
 * <ul>
 *   <li>a {@code String}: a {@code str};</li>
 *   <li>a {@code byte[]}: a {@code bytes};</li>
 *   <li>a {@code Long} tag, then what the tag says: {@link #NONE}, {@link #FALSE},
 *       {@link #TRUE} (nothing); {@link #INT} (a {@code Long}); {@link #BIG_INT} (a
 *       {@code String} of decimal digits with an optional '-', at most
 *       {@link #MAX_BIG_INT_DIGITS} digits); {@link #FLOAT} (a {@code Long}, the IEEE 754
 *       bits); {@link #LIST}, {@link #TUPLE} (a {@code Long} count n, then n values);
 *       {@link #DICT} (a {@code Long} count n, then n key-value pairs).</li>
 * </ul>
 * Nesting is limited to {@link #MAX_DEPTH} levels of containers (that also stops a list
 * that contains itself); the whole list to {@link WireCodec#MAX_LIST_LENGTH} values.
 */
public final class HostValues {
    private HostValues() {}

    public static final long NONE = 0;
    public static final long FALSE = 1;
    public static final long TRUE = 2;
    public static final long INT = 3;
    public static final long BIG_INT = 4;
    public static final long FLOAT = 5;
    public static final long LIST = 6;
    public static final long TUPLE = 7;
    public static final long DICT = 8;

    /** First value of a HOST_CALL result when the host function returned. */
    public static final long RETURNED = 0;
    /** First value of a HOST_CALL result when the host function failed. */
    public static final long RAISED = 1;

    /** Most levels of nested lists, tuples and dicts in one value. */
    public static final int MAX_DEPTH = 100;
    /** Most decimal digits of an int that does not fit in a {@code Long} (about 33,000 bits). */
    public static final int MAX_BIG_INT_DIGITS = 10_000;
}
