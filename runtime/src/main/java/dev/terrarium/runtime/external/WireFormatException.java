package dev.terrarium.runtime.external;

/**
 * A payload or frame that does not follow the Terrarium wire protocol: truncated, too
 * long, an unknown tag or operation, invalid UTF-8, trailing bytes, a value the wire
 * cannot carry. {@link WireCodec} throws nothing else on bad input, so a receiver can
 * treat this one exception as "the other side broke the protocol".
 */
public final class WireFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WireFormatException(String message) {
        super(message);
    }
}
