package dev.terrarium.controller.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trace lines are valid JSON whatever the guest sends, and stay short. */
class JsonLineTest {
    @Test
    void awkwardStringsAreEscapedIntoValidJson() {
        String nasty = "quote\" back\\slash\nnew\u0000nul\u001f \ud800 lone \udc00 pair \ud83d\ude00";
        String line = new JsonLine().number("call", 1).wire("args", List.of(nasty, 5L)).toString();
        assertTrue(!line.contains("\n"), line);
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) StrictJson.parse(line);
        assertEquals(List.of(nasty, 5L), parsed.get("args"));
    }

    @Test
    void bytesAreSummarizedByLengthAndAPythonStyleHead() {
        byte[] data = new byte[1000];
        Arrays.fill(data, (byte) 'a');
        data[0] = '\n';
        data[1] = (byte) 0xff;
        data[2] = '\\';
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) ((Map<String, Object>) StrictJson.parse(
                new JsonLine().wire("data", data).toString())).get("data");
        assertEquals(1000L, summary.get("bytes"));
        String head = (String) summary.get("head");
        assertTrue(head.startsWith("\\n\\xff\\\\aaa"), head);
        assertTrue(head.endsWith("..."), head);
        assertTrue(head.length() < 60, head);
    }

    @Test
    void longStringsShowTheirLengthAndAPrefix() {
        String text = "x".repeat(100_000);
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) ((Map<String, Object>) StrictJson.parse(
                new JsonLine().wire("path", text).toString())).get("path");
        assertEquals(100_000L, summary.get("chars"));
        assertEquals("x".repeat(JsonLine.STRING_HEAD), summary.get("head"));
    }

    @Test
    void hugeAndDeeplyNestedListsGiveABoundedLine() {
        List<Object> wide = new ArrayList<>();
        for (int i = 0; i < 65536; i++) {
            wide.add("y".repeat(1000));
        }
        Object deep = wide;
        for (int i = 0; i < 8; i++) {
            List<Object> level = new ArrayList<>();
            for (int j = 0; j < 1000; j++) {
                level.add(deep);
            }
            deep = level;
        }
        String line = new JsonLine().wire("result", List.of(deep, wide)).toString();
        StrictJson.parse(line);
        assertTrue(line.length() < 20_000, "line of " + line.length() + " characters");
        assertTrue(line.contains("more)"), line);
    }
}
