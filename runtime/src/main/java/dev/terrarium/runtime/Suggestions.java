package dev.terrarium.runtime;

import java.nio.charset.StandardCharsets;

/**
 * "Did you mean: 'x'?" for NameError and AttributeError, exactly as CPython 3.11's
 * {@code Python/suggestions.c}: a Levenshtein distance over UTF-8 bytes where a case
 * change costs 1 and any other edit 2, accepting at most a third of the characters
 * changed, first best candidate wins.
 */
public final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    /** The closest candidate to {@code name}, or null (compare {@code calculate_suggestions}). */
    public static String closest(String name, java.util.Collection<String> candidates) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        int bestDistance = Integer.MAX_VALUE;
        String best = null;
        for (String candidate : candidates) {
            if (candidate.equals(name)) {
                continue;
            }
            byte[] c = candidate.getBytes(StandardCharsets.UTF_8);
            int maxDistance = (n.length + c.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int distance = distance(n, c, maxDistance);
            if (distance > maxDistance) {
                continue;
            }
            if (best == null || distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int x = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int y = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return x == y ? CASE_COST : MOVE_COST;
    }

    /** Compare {@code levenshtein_distance}: gives up (maxCost + 1) once the cost must exceed maxCost. */
    static int distance(byte[] a0, byte[] b0, int maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aEnd = a0.length;
        int bEnd = b0.length;
        while (aStart < aEnd && bStart < bEnd && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
        }
        while (aStart < aEnd && bStart < bEnd && a0[aEnd - 1] == b0[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int aSize = aEnd - aStart;
        int bSize = bEnd - bStart;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = a0;
        byte[] b = b0;
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tz = aSize;
            aSize = bSize;
            bSize = tz;
        }
        if ((bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[aSize];
        int tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bIndex = 0; bIndex < bSize; bIndex++) {
            byte code = b[bStart + bIndex];
            int distance = bIndex * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int index = 0; index < aSize; index++) {
                int substitute = distance + substitutionCost(code, a[aStart + index]);
                distance = buffer[index];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
