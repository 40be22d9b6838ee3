package dev.terrarium.runtime.external;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The wire codec round-trips every value it accepts, and turns every malformed payload
 * (random, truncated, mutated, lying about lengths) into a {@link WireFormatException}
 * and nothing else. Random inputs use fixed seeds, so failures reproduce.
 */
class WireCodecTest {

    // ---- round trips ------------------------------------------------------------------

    @Test
    void requestRoundTripsEveryKindOfValue() {
        Request request = Request.of(Op.OPEN, "/work/é😀.py", 0L, 0644L, null,
                new byte[] {0, -1, 127}, List.of(1L, "x", List.of()), Long.MIN_VALUE, Long.MAX_VALUE, "");
        Request back = WireCodec.decodeRequest(WireCodec.encodeRequest(request));
        assertEquals(Op.OPEN, back.op());
        assertWireEquals(request.args(), back.args());
    }

    @Test
    void replyRoundTripsResultsAndErrors() {
        Reply ok = Reply.ok(new byte[] {1, 2, 3}, List.of("a", "b"));
        Reply back = WireCodec.decodeReply(WireCodec.encodeReply(ok));
        assertEquals(0, back.errno());
        assertWireEquals(ok.values(), back.values());

        Reply error = WireCodec.decodeReply(WireCodec.encodeReply(Reply.error(2)));
        assertEquals(2, error.errno());
        assertEquals(List.of(), error.values());
    }

    @Test
    void everyOpRoundTrips() {
        for (Op op : Op.values()) {
            assertEquals(op, WireCodec.decodeRequest(WireCodec.encodeRequest(Request.of(op))).op());
        }
    }

    @Test
    void randomValuesRoundTrip() {
        Random random = new Random(20261128L);
        for (int i = 0; i < 2000; i++) {
            List<Object> args = randomList(random, 0);
            Op op = Op.values()[random.nextInt(Op.values().length)];
            Request back = WireCodec.decodeRequest(WireCodec.encodeRequest(new Request(op, args)));
            assertEquals(op, back.op());
            assertWireEquals(args, back.args());

            int errno = random.nextInt(3) == 0 ? 1 + random.nextInt(200) : 0;
            Reply reply = errno == 0 ? new Reply(0, args) : Reply.error(errno);
            Reply replyBack = WireCodec.decodeReply(WireCodec.encodeReply(reply));
            assertEquals(errno, replyBack.errno());
            assertWireEquals(reply.values(), replyBack.values());
        }
    }

    @Test
    void decodedListsAreUnmodifiable() {
        Request back = WireCodec.decodeRequest(WireCodec.encodeRequest(Request.of(Op.ARGV, List.of("a"))));
        assertThrows(UnsupportedOperationException.class, () -> back.args().add(1L));
        assertThrows(UnsupportedOperationException.class, () -> ((List<?>) back.args().get(0)).clear());
    }

    // ---- framing ----------------------------------------------------------------------

    @Test
    void frameIsBigEndianLengthThenPayload() {
        byte[] payload = new byte[300];
        payload[299] = 7;
        byte[] framed = WireCodec.frame(payload);
        assertEquals(304, framed.length);
        assertArrayEquals(new byte[] {0, 0, 1, 44}, Arrays.copyOf(framed, 4));
        assertEquals(300, WireCodec.frameLength(framed));
        assertEquals(7, framed[303]);
    }

    @Test
    void frameLengthOverTheLimitIsRefused() {
        assertEquals(WireCodec.MAX_FRAME, WireCodec.checkFrameLength(WireCodec.MAX_FRAME));
        assertThrows(WireFormatException.class, () -> WireCodec.checkFrameLength(WireCodec.MAX_FRAME + 1));
        assertThrows(WireFormatException.class, () -> WireCodec.frameLength(new byte[] {-1, -1, -1, -1}));
        assertThrows(WireFormatException.class, () -> WireCodec.frameLength(new byte[] {0x7f, 0, 0, 0}));
        assertThrows(WireFormatException.class, () -> WireCodec.frameLength(new byte[] {0, 0}));
    }

    // ---- encoding refuses what the wire cannot carry ----------------------------------

    @Test
    void encodingRefusesForeignTypesLoneSurrogatesAndOversizedPayloads() {
        assertThrows(WireFormatException.class, () -> WireCodec.encodeRequest(Request.of(Op.WRITE, 1)));
        assertThrows(WireFormatException.class, () -> WireCodec.encodeRequest(Request.of(Op.OPEN, "a\udc80b")));
        assertThrows(WireFormatException.class, () -> WireCodec.encodeRequest(Request.of(Op.OPEN, "\ud800")));
        assertThrows(WireFormatException.class,
                () -> WireCodec.encodeRequest(Request.of(Op.WRITE, 1L, new byte[WireCodec.MAX_FRAME])));
        WireCodec.encodeRequest(Request.of(Op.WRITE, 1L, new byte[WireCodec.MAX_DATA_CHUNK]));
        assertThrows(WireFormatException.class, () -> WireCodec.encodeReply(new Reply(2, List.of(1L))));
        assertThrows(WireFormatException.class, () -> WireCodec.encodeReply(Reply.error(-1)));
    }

    @Test
    void encodingRefusesNestingBeyondTheLimit() {
        Object nested = List.of(); // MAX_DEPTH lists below the argument list are fine
        for (int i = 1; i < WireCodec.MAX_DEPTH; i++) {
            nested = List.of(nested);
        }
        WireCodec.encodeRequest(Request.of(Op.ARGV, nested));
        Object tooDeep = List.of(nested);
        assertThrows(WireFormatException.class, () -> WireCodec.encodeRequest(Request.of(Op.ARGV, tooDeep)));
    }

    // ---- decoding malformed payloads --------------------------------------------------

    @Test
    void unknownOpCodeIsRefused() {
        assertMalformedRequest(new byte[] {0, 0, 0, 99, 0, 0, 0, 0});
        assertMalformedRequest(new byte[] {0, 0, 0, 0, 0, 0, 0, 0});
        assertMalformedRequest(new byte[] {-1, -1, -1, -1, 0, 0, 0, 0});
    }

    @Test
    void unknownTagIsRefused() {
        assertMalformedRequest(new byte[] {0, 0, 0, 5, 0, 0, 0, 1, 9});
    }

    @Test
    void trailingBytesAreRefused() {
        byte[] good = WireCodec.encodeRequest(Request.of(Op.GETCWD));
        byte[] longer = Arrays.copyOf(good, good.length + 1);
        assertMalformedRequest(longer);
    }

    @Test
    void lyingLengthsAreRefusedWithoutAllocating() {
        // list of 2^31-1 elements in a 9-byte payload
        assertMalformedRequest(new byte[] {0, 0, 0, 2, 0x7f, -1, -1, -1, 0});
        // bytes value declaring 1 GiB
        assertMalformedRequest(new byte[] {0, 0, 0, 6, 0, 0, 0, 1, 3, 0x40, 0, 0, 0});
        // negative string length
        assertMalformedRequest(new byte[] {0, 0, 0, 4, 0, 0, 0, 1, 2, -1, -1, -1, -2});
        // list longer than the limit, even if the bytes were there
        WireWriter out = new WireWriter();
        out.i32(Op.ARGV.code);
        out.i32(WireCodec.MAX_LIST_LENGTH + 1);
        for (int i = 0; i <= WireCodec.MAX_LIST_LENGTH; i++) {
            out.u8(WireCodec.TAG_NULL);
        }
        assertMalformedRequest(out.toByteArray());
    }

    @Test
    void nestingBeyondTheLimitIsRefused() {
        WireWriter out = new WireWriter();
        out.i32(Op.ARGV.code);
        out.i32(1);
        for (int i = 0; i <= WireCodec.MAX_DEPTH; i++) {
            out.u8(WireCodec.TAG_LIST);
            out.i32(1);
        }
        out.u8(WireCodec.TAG_NULL);
        assertMalformedRequest(out.toByteArray());
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[][] invalid = {
            {(byte) 0xC0, (byte) 0xAF},             // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // encoded surrogate U+D800
            {(byte) 0xFF},
            {(byte) 0xE2, (byte) 0x82},              // truncated sequence
            {(byte) 0x80},                           // lone continuation byte
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
        };
        for (byte[] bad : invalid) {
            WireWriter out = new WireWriter();
            out.i32(Op.OPEN.code);
            out.i32(1);
            out.u8(WireCodec.TAG_STRING);
            out.i32(bad.length);
            out.raw(bad);
            assertMalformedRequest(out.toByteArray());
        }
    }

    @Test
    void errorReplyWithValuesOrNegativeErrnoIsRefused() {
        byte[] withValues = WireCodec.encodeReply(Reply.ok(1L));
        withValues[3] = 2; // errno 2, still one value
        assertThrows(WireFormatException.class, () -> WireCodec.decodeReply(withValues));
        assertThrows(WireFormatException.class, () -> WireCodec.decodeReply(new byte[] {-1, -1, -1, -1, 0, 0, 0, 0}));
    }

    @Test
    void everyTruncationOfAValidPayloadIsRefused() {
        Random random = new Random(7L);
        for (int i = 0; i < 300; i++) {
            byte[] request = WireCodec.encodeRequest(new Request(Op.WRITE, randomList(random, 0)));
            byte[] reply = WireCodec.encodeReply(new Reply(0, randomList(random, 0)));
            for (int cut = 0; cut < request.length; cut++) {
                assertMalformedRequest(Arrays.copyOf(request, cut));
            }
            for (int cut = 0; cut < reply.length; cut++) {
                assertMalformedReply(Arrays.copyOf(reply, cut));
            }
        }
    }

    @Test
    void randomGarbageOnlyEverFailsWithWireFormatException() {
        Random random = new Random(42L);
        for (int i = 0; i < 20000; i++) {
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            if (garbage.length >= 4 && random.nextBoolean()) {
                garbage[0] = 0; // a plausible op code / errno, so decoding goes deeper
                garbage[1] = 0;
                garbage[2] = 0;
                garbage[3] = (byte) random.nextInt(10);
            }
            decodeBothWays(garbage);
        }
    }

    @Test
    void mutatedValidPayloadsOnlyEverFailWithWireFormatException() {
        Random random = new Random(1234L);
        for (int i = 0; i < 5000; i++) {
            Op op = Op.values()[random.nextInt(Op.values().length)];
            byte[] payload = WireCodec.encodeRequest(new Request(op, randomList(random, 0)));
            int flips = 1 + random.nextInt(4);
            for (int f = 0; f < flips; f++) {
                payload[random.nextInt(payload.length)] = (byte) random.nextInt(256);
            }
            decodeBothWays(payload);
        }
    }

    // ---- helpers ------------------------------------------------------------------------

    /** Decodes as request and as reply: each either succeeds or throws WireFormatException. */
    private static void decodeBothWays(byte[] payload) {
        try {
            WireCodec.decodeRequest(payload);
        } catch (WireFormatException expected) {
            // fine
        } catch (RuntimeException | Error e) {
            fail("decodeRequest threw " + e + " on " + Arrays.toString(payload));
        }
        try {
            WireCodec.decodeReply(payload);
        } catch (WireFormatException expected) {
            // fine
        } catch (RuntimeException | Error e) {
            fail("decodeReply threw " + e + " on " + Arrays.toString(payload));
        }
    }

    private static void assertMalformedRequest(byte[] payload) {
        assertThrows(WireFormatException.class, () -> WireCodec.decodeRequest(payload),
                () -> "accepted " + Arrays.toString(payload));
    }

    private static void assertMalformedReply(byte[] payload) {
        assertThrows(WireFormatException.class, () -> WireCodec.decodeReply(payload),
                () -> "accepted " + Arrays.toString(payload));
    }

    private static List<Object> randomList(Random random, int depth) {
        int size = random.nextInt(depth == 0 ? 6 : 4);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(randomValue(random, depth));
        }
        return list;
    }

    private static Object randomValue(Random random, int depth) {
        switch (random.nextInt(depth < 3 ? 5 : 4)) {
            case 0:
                return null;
            case 1:
                return random.nextLong() >> random.nextInt(64);
            case 2:
                return randomString(random);
            case 3:
                byte[] data = new byte[random.nextInt(20)];
                random.nextBytes(data);
                return data;
            default:
                return randomList(random, depth + 1);
        }
    }

    /** Random valid text, including non-BMP code points (surrogate pairs in Java). */
    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            int codePoint;
            do {
                int range = random.nextInt(4);
                codePoint = range == 0 ? random.nextInt(0x80)
                        : range == 1 ? random.nextInt(0x800)
                        : range == 2 ? random.nextInt(0x10000)
                        : 0x10000 + random.nextInt(0x100000);
            } while (codePoint >= 0xD800 && codePoint <= 0xDFFF);
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    /** Equality of wire values, comparing byte arrays by content. */
    static void assertWireEquals(Object expected, Object actual) {
        assertTrue(WireCodec.sameValue(expected, actual), () -> "expected " + show(expected) + " but got " + show(actual));
    }

    private static String show(Object value) {
        if (value instanceof byte[]) {
            return Arrays.toString((byte[]) value);
        }
        if (value instanceof List) {
            List<String> parts = new ArrayList<>();
            for (Object element : (List<?>) value) {
                parts.add(show(element));
            }
            return parts.toString();
        }
        return String.valueOf(value);
    }
}
