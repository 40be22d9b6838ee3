package dev.terrarium.runtime.external;

/**
 * The one door between the sandboxed guest and the outside world. Every effect a guest
 * program can have beyond computing (reading a file, writing to stdout, asking the time,
 * exiting) is a {@link Request} passed through here and answered by the trusted
 * controller with a {@link Reply}. The runtime holds exactly one implementation: in the
 * child JVM it is the pipe endpoint, which encodes requests with {@link WireCodec};
 * tests may supply an in-memory one.
 *
 * <p>Calls are synchronous: the guest is single-threaded and waits for each answer.
 */
public interface ExternalCall {

    /** Sends {@code request} and returns the controller's answer. Never returns null. */
    Reply call(Request request);
}
