package dev.terrarium.interpreter.parser;

import java.util.Arrays;

/**
 * A source text seen as code points, with the tables that turn a code point index into
 * CPython's positions: 1-based line and 0-based column in UTF-8 bytes.
 */
final class SourceText {
    private final int[] codePoints;
    /** UTF-8 byte offset of each code point index (length n + 1). */
    private final int[] byteOffsets;
    /** Code point index at which each line starts; line L starts at lineStarts[L - 1]. */
    private final int[] lineStarts;

    SourceText(String text) {
        this.codePoints = text.codePoints().toArray();
        int n = codePoints.length;
        byteOffsets = new int[n + 1];
        int lines = 1;
        for (int i = 0; i < n; i++) {
            int c = codePoints[i];
            byteOffsets[i + 1] = byteOffsets[i] + (c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4);
            if (c == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        int l = 1;
        for (int i = 0; i < n; i++) {
            if (codePoints[i] == '\n') {
                lineStarts[l++] = i + 1;
            }
        }
    }

    /** The 1-based line holding code point {@code index}. */
    int lineOf(int index) {
        int pos = Arrays.binarySearch(lineStarts, index);
        return pos >= 0 ? pos + 1 : -pos - 1;
    }

    int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    int lineCount() {
        return lineStarts.length;
    }

    /** UTF-8 byte column of code point {@code index}, which lies on {@code line}. */
    int byteCol(int line, int index) {
        return byteOffsets[Math.min(index, codePoints.length)] - byteOffsets[lineStart(line)];
    }

    /** Code point column of a UTF-8 byte column on {@code line}. */
    int charCol(int line, int byteCol) {
        int start = lineStart(line);
        int target = byteOffsets[start] + byteCol;
        int i = start;
        while (i < codePoints.length && byteOffsets[i] < target) {
            i++;
        }
        return i - start;
    }

    /** The text of {@code line} without its line terminator, or null if there is no such line. */
    String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return null;
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : codePoints.length;
        return new String(codePoints, start, Math.max(0, end - start));
    }

    /** The text from code point {@code start} to {@code stop}, inclusive (a token range's text). */
    String text(int start, int stop) {
        int from = Math.max(0, start);
        int to = Math.min(codePoints.length - 1, stop);
        return to < from ? "" : new String(codePoints, from, to - from + 1);
    }
}
