package dev.terrarium.controller;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Host functions through the public API, with a real child: every value type both ways, and the errors. */
class HostFunctionsTest {

    private static String javaType(Object value) {
        return value == null ? "null" : value instanceof byte[] ? "byte[]" : value.getClass().getSimpleName();
    }

    @Test
    void valuesOfEveryTypeTravelBothWays() {
        List<List<Object>> received = Collections.synchronizedList(new ArrayList<>());
        Map<String, Object> fromJava = new LinkedHashMap<>();
        fromJava.put("int", 7);
        fromJava.put("short", (short) 3);
        fromJava.put("float", 2.5f);
        fromJava.put("builder", new StringBuilder("built"));
        fromJava.put("char", 'c');
        fromJava.put("small big", BigInteger.valueOf(-12));
        fromJava.put("big", BigInteger.TWO.pow(100));
        fromJava.put("nan", Double.NaN);
        fromJava.put("nested", List.of(Tuple.of(1L, List.of()), Map.of("k", new byte[] {65, 66})));
        Terrarium terrarium = Terrarium.builder().timeout(Duration.ofSeconds(60))
                .hostFunction("echo", args -> {
                    received.add(args);
                    return new Tuple(args);
                })
                .hostFunction("from_java", args -> fromJava)
                .build();
        ExecutionResult result = terrarium.run(String.join("\n",
                "import host",
                "vals = (None, True, False, 0, -5, 2**70, -2**70, 1.5, float('inf'), 'h\u00e9llo \u2713',",
                "        b'\\x00\\xff', [1, [2]], (3, (4,)), {'a': 1, 2: [3]}, ())",
                "back = host.echo(*vals)",
                "print(repr(back) == repr(vals), type(back).__name__)",
                "print(back)",
                "print(host.from_java())",
                "print(sorted(dir(host))[-2:], host.echo())",
                ""));
        assertEquals("", result.stderr());
        assertEquals("True tuple\n"
                + "(None, True, False, 0, -5, 1180591620717411303424, -1180591620717411303424, 1.5, inf, "
                + "'h\u00e9llo \u2713', b'\\x00\\xff', [1, [2]], (3, (4,)), {'a': 1, 2: [3]}, ())\n"
                + "{'int': 7, 'short': 3, 'float': 2.5, 'builder': 'built', 'char': 'c', 'small big': -12, "
                + "'big': 1267650600228229401496703205376, 'nan': nan, 'nested': [(1, []), {'k': b'AB'}]}\n"
                + "['echo', 'from_java'] ()\n", result.stdout());
        List<Object> args = received.get(0);
        List<String> types = new ArrayList<>();
        for (Object arg : args) {
            types.add(javaType(arg));
        }
        assertEquals(List.of("null", "Boolean", "Boolean", "Long", "Long", "BigInteger", "BigInteger", "Double",
                "Double", "String", "byte[]", "ArrayList", "Tuple", "LinkedHashMap", "Tuple"), types);
        assertEquals(BigInteger.TWO.pow(70).negate(), args.get(6));
        assertEquals(Double.POSITIVE_INFINITY, args.get(8));
        assertEquals("h\u00e9llo \u2713", args.get(9));
        assertArrayEquals(new byte[] {0, (byte) 0xff}, (byte[]) args.get(10));
        assertEquals(List.of(1L, List.of(2L)), args.get(11));
        assertEquals(Tuple.of(3L, Tuple.of(4L)), args.get(12));
        Map<Object, Object> dict = new LinkedHashMap<>();
        dict.put("a", 1L);
        dict.put(2L, List.of(3L));
        assertEquals(dict, args.get(13));
        assertEquals(List.of(), received.get(1));
    }

    @Test
    void errorsBecomeGuestExceptions() {
        Terrarium terrarium = Terrarium.builder().timeout(Duration.ofSeconds(60))
                .hostFunction("fail", args -> {
                    throw new IllegalStateException("boom");
                })
                .hostFunction("fail_quietly", args -> {
                    throw new IllegalStateException();
                })
                .hostFunction("missing", args -> {
                    throw new HostException("KeyError", "no such key");
                })
                .hostFunction("odd_type", args -> {
                    throw new HostException("SystemExit", "not an Exception subclass");
                })
                .hostFunction("bad_return", args -> new Object())
                .hostFunction("self_containing", args -> {
                    List<Object> list = new ArrayList<>();
                    list.add(list);
                    return list;
                })
                .hostFunction("echo", args -> args)
                .build();
        ExecutionResult result = terrarium.run(String.join("\n",
                "import host",
                "def attempt(f, *args, **kwargs):",
                "    try:",
                "        f(*args, **kwargs)",
                "    except Exception as e:",
                "        print(type(e).__name__ + ':', e)",
                "attempt(host.fail)",
                "attempt(host.fail_quietly)",
                "attempt(host.missing)",
                "attempt(host.odd_type)",
                "attempt(host.bad_return)",
                "attempt(host.self_containing)",
                "attempt(host.echo, {1, 2})",
                "loop = []",
                "loop.append(loop)",
                "attempt(host.echo, loop)",
                "attempt(host.echo, x=1)",
                "attempt(lambda: host.nothere)",
                ""));
        assertEquals("", result.stderr());
        assertEquals(String.join("\n",
                "RuntimeError: boom",
                "RuntimeError: java.lang.IllegalStateException",
                "KeyError: 'no such key'",
                "RuntimeError: not an Exception subclass",
                "TypeError: bad_return(): the host function returned a java.lang.Object, which has no Python form",
                "ValueError: self_containing(): the host function's result is nested deeper than 100 levels"
                        + " (or contains itself)",
                "TypeError: echo(): cannot pass a 'set' object to the host",
                "ValueError: echo(): value nested deeper than 100 levels (or containing itself)",
                "TypeError: echo() takes no keyword arguments",
                "AttributeError: module 'host' has no attribute 'nothere'",
                ""), result.stdout());
    }

    @Test
    void withoutHostFunctionsThereIsNoHostModule() {
        ExecutionResult result = Terrarium.builder().timeout(Duration.ofSeconds(60)).build()
                .run("try:\n    import host\nexcept ImportError as e:\n    print(type(e).__name__, e)\n");
        assertEquals("ModuleNotFoundError No module named 'host'\n", result.stdout(), result.stderr());
    }

    @Test
    void namesMustBeIdentifiers() {
        Terrarium.Builder builder = Terrarium.builder();
        for (String bad : new String[] {"", "1abc", "a-b", "__init__", "a b"}) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> builder.hostFunction(bad, args -> null), bad);
        }
        builder.hostFunction("_private", args -> null).hostFunction("caf\u00e9", args -> null);
    }
}
