package dev.terrarium.controller;

import dev.terrarium.controller.child.ProtocolViolation;
import dev.terrarium.runtime.external.HostValues;
import dev.terrarium.runtime.external.WireCodec;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controller's side of the {@link HostValues} form: decodes the untrusted arguments a
 * child sends (every count checked against what is left, depth and digits bounded, every
 * token consumed; anything else is a protocol violation) and encodes a host function's
 * Java result, refusing values the guest cannot receive and results too big for a reply.
 */
final class HostValueCodec {
    private HostValueCodec() {}

    /** Bytes of one reply payload kept free for its header and the result's envelope. */
    private static final int ENVELOPE_BYTES = 1024;

    /** A result the guest cannot receive: the Python exception type to raise instead, and why. */
    static final class Unsendable extends Exception {
        final String pythonType;

        Unsendable(String pythonType, String message) {
            super(message);
            this.pythonType = pythonType;
        }
    }

    // ---- decoding what the child sent -----------------------------------------------------

    /** The positional arguments in {@code flat}. */
    static List<Object> decodeArguments(List<Object> flat) throws ProtocolViolation {
        Reader reader = new Reader(flat);
        List<Object> args = new ArrayList<>();
        while (reader.position < flat.size()) {
            args.add(reader.value(0));
        }
        return args;
    }

    private static final class Reader {
        private final List<Object> flat;
        int position;

        Reader(List<Object> flat) {
            this.flat = flat;
        }

        private Object take() throws ProtocolViolation {
            if (position >= flat.size()) {
                throw new ProtocolViolation("HOST_CALL: truncated value");
            }
            return flat.get(position++);
        }

        private long takeLong() throws ProtocolViolation {
            Object token = take();
            if (!(token instanceof Long)) {
                throw new ProtocolViolation("HOST_CALL: expected a number at " + (position - 1));
            }
            return (Long) token;
        }

        /** A container's element count: at most one token per element must be left. */
        private int count(long perElement) throws ProtocolViolation {
            long count = takeLong();
            if (count < 0 || count > (flat.size() - position) / perElement) {
                throw new ProtocolViolation("HOST_CALL: bad container size " + count);
            }
            return (int) count;
        }

        Object value(int depth) throws ProtocolViolation {
            Object token = take();
            if (token instanceof String || token instanceof byte[]) {
                return token;
            }
            if (!(token instanceof Long)) {
                throw new ProtocolViolation("HOST_CALL: unexpected value " + (token == null ? "null" : "list"));
            }
            long tag = (Long) token;
            if (tag == HostValues.NONE) {
                return null;
            } else if (tag == HostValues.FALSE || tag == HostValues.TRUE) {
                return tag == HostValues.TRUE;
            } else if (tag == HostValues.INT) {
                return takeLong();
            } else if (tag == HostValues.BIG_INT) {
                Object digits = take();
                if (!(digits instanceof String) || !isDecimal((String) digits)) {
                    throw new ProtocolViolation("HOST_CALL: malformed big int");
                }
                BigInteger big = new BigInteger((String) digits);
                return big.bitLength() < 64 ? (Object) big.longValue() : big;
            } else if (tag == HostValues.FLOAT) {
                return Double.longBitsToDouble(takeLong());
            } else if (tag == HostValues.LIST || tag == HostValues.TUPLE || tag == HostValues.DICT) {
                if (depth >= HostValues.MAX_DEPTH) {
                    throw new ProtocolViolation("HOST_CALL: value nested deeper than " + HostValues.MAX_DEPTH);
                }
                if (tag == HostValues.DICT) {
                    int count = count(2);
                    Map<Object, Object> dict = new LinkedHashMap<>();
                    for (int i = 0; i < count; i++) {
                        Object key = value(depth + 1);
                        dict.put(key, value(depth + 1));
                    }
                    return dict;
                }
                int count = count(1);
                List<Object> items = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    items.add(value(depth + 1));
                }
                return tag == HostValues.LIST ? items : new Tuple(items);
            }
            throw new ProtocolViolation("HOST_CALL: unknown value tag " + tag);
        }
    }

    private static boolean isDecimal(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > HostValues.MAX_BIG_INT_DIGITS) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    // ---- encoding a host function's result ------------------------------------------------

    /** {@code value} in the flat form, small enough for one reply. */
    static List<Object> encode(Object value) throws Unsendable {
        Writer writer = new Writer();
        writer.value(value, 0);
        return writer.out;
    }

    private static final class Writer {
        final List<Object> out = new ArrayList<>();
        private long bytes;

        private void add(Object token, long size) throws Unsendable {
            bytes += size;
            if (out.size() >= WireCodec.MAX_LIST_LENGTH || bytes > WireCodec.MAX_FRAME - ENVELOPE_BYTES) {
                throw new Unsendable("ValueError", "the host function's result is too big to send");
            }
            out.add(token);
        }

        private void tag(long tag) throws Unsendable {
            add(tag, 9);
        }

        void value(Object value, int depth) throws Unsendable {
            if (value == null) {
                tag(HostValues.NONE);
            } else if (value instanceof Boolean) {
                tag((Boolean) value ? HostValues.TRUE : HostValues.FALSE);
            } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                    || value instanceof Byte) {
                tag(HostValues.INT);
                add(((Number) value).longValue(), 9);
            } else if (value instanceof BigInteger) {
                BigInteger big = (BigInteger) value;
                if (big.bitLength() < 64) {
                    tag(HostValues.INT);
                    add(big.longValue(), 9);
                } else {
                    String digits = big.toString();
                    if (digits.length() > HostValues.MAX_BIG_INT_DIGITS + 1) {
                        throw new Unsendable("ValueError", "the host function returned an int of more than "
                                + HostValues.MAX_BIG_INT_DIGITS + " digits");
                    }
                    tag(HostValues.BIG_INT);
                    add(digits, 5 + digits.length());
                }
            } else if (value instanceof Double || value instanceof Float) {
                tag(HostValues.FLOAT);
                add(Double.doubleToRawLongBits(((Number) value).doubleValue()), 9);
            } else if (value instanceof CharSequence || value instanceof Character) {
                String text = value.toString();
                if (hasLoneSurrogate(text)) {
                    throw new Unsendable("ValueError", "the host function returned a string with a lone surrogate");
                }
                add(text, 5 + (long) text.getBytes(StandardCharsets.UTF_8).length);
            } else if (value instanceof byte[]) {
                add(((byte[]) value).clone(), 5 + (long) ((byte[]) value).length);
            } else if (value instanceof List || value instanceof Tuple) {
                // A copy: the count sent must match the items sent, whatever the list does.
                List<?> items = new ArrayList<>(value instanceof Tuple ? ((Tuple) value).items() : (List<?>) value);
                enter(depth);
                tag(value instanceof Tuple ? HostValues.TUPLE : HostValues.LIST);
                add((long) items.size(), 9);
                for (Object item : items) {
                    value(item, depth + 1);
                }
            } else if (value instanceof Map) {
                List<Map.Entry<?, ?>> entries = new ArrayList<>(((Map<?, ?>) value).entrySet());
                enter(depth);
                tag(HostValues.DICT);
                add((long) entries.size(), 9);
                for (Map.Entry<?, ?> entry : entries) {
                    value(entry.getKey(), depth + 1);
                    value(entry.getValue(), depth + 1);
                }
            } else {
                throw new Unsendable("TypeError", "the host function returned a " + value.getClass().getName()
                        + ", which has no Python form");
            }
        }

        private void enter(int depth) throws Unsendable {
            if (depth >= HostValues.MAX_DEPTH) {
                throw new Unsendable("ValueError", "the host function's result is nested deeper than "
                        + HostValues.MAX_DEPTH + " levels (or contains itself)");
            }
        }
    }

    /** True if {@code text} has a surrogate outside a valid pair (no UTF-8 form). */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
