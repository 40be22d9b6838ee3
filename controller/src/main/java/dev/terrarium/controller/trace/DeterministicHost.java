package dev.terrarium.controller.trace;

import dev.terrarium.controller.child.ProtocolViolation;
import dev.terrarium.runtime.external.Reply;
import dev.terrarium.runtime.external.Request;
import java.util.List;

/**
 * {@code --deterministic}: answers the calls whose results differ from run to run from a
 * virtual clock and a seeded generator, and passes the rest to the host.
 * <ul>
 *   <li>One virtual clock serves TIME and MONOTONIC (and so time.time, time.monotonic,
 *       perf_counter and process_time, which the runtime builds on them). It starts at
 *       {@link #EPOCH_NANOS} (2000-01-01 00:00:00 UTC) for TIME and at 0 for MONOTONIC, and
 *       each read advances it by {@link #STEP_NANOS} (1 ms), so consecutive reads differ and
 *       loops that wait for the clock end.</li>
 *   <li>SLEEP still sleeps for real (the host layer does it, counted against the wall-time
 *       limit), and advances the virtual clock by exactly the requested time; the clock never
 *       depends on how long anything really took.</li>
 *   <li>URANDOM returns the next bytes of {@link SeededBytes} for the seed (so
 *       {@code os.urandom} and the seeding of an unseeded {@code random} are reproducible).</li>
 * </ul>
 * A request with the wrong arguments goes to the host, which rejects it as it always does.
 * String hashes need nothing here: the runtime's str/bytes hash has a fixed key in every run.
 */
public final class DeterministicHost implements CallHandler {
    /** TIME at the start of the run: 2000-01-01T00:00:00Z, in nanoseconds since the epoch. */
    public static final long EPOCH_NANOS = 946_684_800L * 1_000_000_000L;
    /** How far each clock read advances the virtual clock. */
    public static final long STEP_NANOS = 1_000_000L;
    /** Most bytes one URANDOM returns (the guest asks again for more), as the host answers. */
    static final int MAX_URANDOM_BYTES = 64 * 1024;

    private final CallHandler host;
    private final SeededBytes random;
    private long elapsed;

    DeterministicHost(CallHandler host, long seed) {
        this.host = host;
        this.random = new SeededBytes(seed);
    }

    @Override
    public Reply answer(Request request) throws ProtocolViolation {
        List<Object> args = request.args();
        switch (request.op()) {
            case TIME:
                if (args.isEmpty()) {
                    elapsed = advance(elapsed, STEP_NANOS);
                    return Reply.ok(EPOCH_NANOS + elapsed);
                }
                break;
            case MONOTONIC:
                if (args.isEmpty()) {
                    elapsed = advance(elapsed, STEP_NANOS);
                    return Reply.ok(elapsed);
                }
                break;
            case URANDOM:
                if (args.size() == 1 && args.get(0) instanceof Long && (Long) args.get(0) >= 0) {
                    return Reply.ok((Object) random.next((int) Math.min((Long) args.get(0), MAX_URANDOM_BYTES)));
                }
                break;
            case SLEEP: {
                Reply reply = host.answer(request);
                if (reply.isOk()) {
                    elapsed = advance(elapsed, (Long) args.get(0));
                }
                return reply;
            }
            default:
                break;
        }
        return host.answer(request);
    }

    /** {@code clock + nanos}, stopping where TIME would overflow (some 290 years after the epoch). */
    private static long advance(long clock, long nanos) {
        long limit = Long.MAX_VALUE - EPOCH_NANOS;
        return nanos >= limit - clock ? limit : clock + nanos;
    }
}
