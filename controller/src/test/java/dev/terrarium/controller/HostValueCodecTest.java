package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.terrarium.controller.child.ProtocolViolation;
import dev.terrarium.runtime.external.HostValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a hostile child may send as host-call arguments, and the bounds on results. */
class HostValueCodecTest {

    private static List<Object> tokens(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void decodesNestedValues() throws ProtocolViolation {
        List<Object> args = HostValueCodec.decodeArguments(tokens(
                HostValues.DICT, 1L, "k", HostValues.TUPLE, 2L, HostValues.TRUE, HostValues.BIG_INT, "-99999999999999999999",
                HostValues.LIST, 0L, HostValues.FLOAT, Double.doubleToRawLongBits(0.25)));
        assertEquals(List.of(Map.of("k", Tuple.of(true, new BigInteger("-99999999999999999999"))), List.of(), 0.25), args);
        // a "big" int that fits in 64 bits arrives as a Long
        assertEquals(List.of(5L), HostValueCodec.decodeArguments(tokens(HostValues.BIG_INT, "5")));
    }

    @Test
    void malformedArgumentsAreProtocolViolations() {
        List<List<Object>> hostile = List.of(
                tokens(HostValues.INT),                                   // truncated
                tokens(HostValues.INT, "seven"),                          // wrong payload type
                tokens(99L),                                              // unknown tag
                tokens((Object) null),                                    // no such token
                tokens(List.of()),                                        // wire nesting is not a value
                tokens(HostValues.LIST, 5L, HostValues.NONE),             // count beyond what is left
                tokens(HostValues.LIST, -1L),                             // negative count
                tokens(HostValues.DICT, Long.MAX_VALUE / 2 + 1, "k", "v"), // count that overflows when doubled
                tokens(HostValues.DICT, 1L, "k"),                         // key without value
                tokens(HostValues.BIG_INT, "12a"),                        // not decimal
                tokens(HostValues.BIG_INT, "-"),
                tokens(HostValues.BIG_INT, "1".repeat(HostValues.MAX_BIG_INT_DIGITS + 1)));
        for (List<Object> flat : hostile) {
            assertThrows(ProtocolViolation.class, () -> HostValueCodec.decodeArguments(flat), flat.toString());
        }
        List<Object> deep = new ArrayList<>();
        for (int i = 0; i <= HostValues.MAX_DEPTH; i++) {
            deep.add(HostValues.LIST);
            deep.add(1L);
        }
        deep.add(HostValues.NONE);
        assertThrows(ProtocolViolation.class, () -> HostValueCodec.decodeArguments(deep));
    }

    @Test
    void resultsTooBigOrOfNoPythonTypeAreRefused() {
        HostValueCodec.Unsendable big = assertThrows(HostValueCodec.Unsendable.class,
                () -> HostValueCodec.encode(List.of("x".repeat(600_000), "y".repeat(600_000))));
        assertEquals("ValueError", big.pythonType);
        HostValueCodec.Unsendable many = assertThrows(HostValueCodec.Unsendable.class,
                () -> HostValueCodec.encode(new ArrayList<>(java.util.Collections.nCopies(70_000, 1L))));
        assertEquals("ValueError", many.pythonType);
        assertEquals("TypeError", assertThrows(HostValueCodec.Unsendable.class,
                () -> HostValueCodec.encode(java.util.Set.of(1))).pythonType);
        assertEquals("ValueError", assertThrows(HostValueCodec.Unsendable.class,
                () -> HostValueCodec.encode("\ud800")).pythonType);
    }
}
