package dev.terrarium.controller.trace;

import dev.terrarium.controller.child.ProtocolViolation;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;

/**
 * Answers one guest request (any {@link dev.terrarium.runtime.external.Op} after the
 * HELLO handshake, EXIT included). The request server answers from the host; the layers of
 * this package wrap it (to trace, record or make deterministic) or replace it (replay).
 * A request no well-behaved child sends is a {@link ProtocolViolation}.
 */
public interface CallHandler {
    Reply answer(Request request) throws ProtocolViolation;
}
