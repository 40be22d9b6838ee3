package dev.terrarium.interpreter.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;

/**
 * Source bytes to text by PEP 263, as CPython's tokenizer does it: a UTF-8 byte order mark,
 * or a {@code coding[:=]name} comment on the first line (or the second, when the first is
 * only a comment or blank), else UTF-8. A declaration that names no known codec, a BOM with a
 * declaration other than {@code utf-8}, and undecodable bytes are SyntaxErrors.
 *
 * <p>CPython words these errors differently when it runs a file ({@code python3 x.py}) and
 * when it parses bytes ({@code ast.parse(b)}, {@code compile(b, ...)}); {@link Mode} picks
 * the wording.
 */
public final class SourceDecoder {
    private SourceDecoder() {}

    /** Which of CPython's two wordings the errors use. */
    public enum Mode {
        /** Running a script or importing a module from a file. */
        FILE,
        /** Parsing a bytes object, as {@code ast.parse} and {@code compile} do. */
        BYTES
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Decodes {@code length} bytes of {@code data}.
     *
     * @throws PySyntaxError when the encoding is unknown, contradicts a BOM, or does not fit the bytes
     */
    public static String decode(byte[] data, int length, String filename, Mode mode) {
        boolean bom = length >= 3 && data[0] == BOM[0] && data[1] == BOM[1] && data[2] == BOM[2];
        int start = bom ? 3 : 0;
        String declared = declaredEncoding(data, start, length);
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            String normal = normalName(declared);
            if (bom && !normal.equals("utf-8")) {
                throw error("encoding problem: " + normal + " with BOM", filename, 0);
            }
            charset = lookup(normal);
            if (charset == null) {
                throw error(mode == Mode.FILE ? "encoding problem: " + normal : "unknown encoding: " + normal,
                        filename, 0);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(data, start, length - start)).toString();
        } catch (CharacterCodingException e) {
            int bad = start;
            if (e instanceof MalformedInputException) {
                bad = firstUndecodable(decoder, data, start, length);
            }
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (data[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int b = data[bad] & 0xFF;
            if (declared == null && mode == Mode.FILE) {
                throw error(String.format(Locale.ROOT, "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                        + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                        b, filename, line), filename, 0);
            }
            String codec = declared == null ? "utf-8" : normalName(declared);
            throw error(String.format(Locale.ROOT, "(unicode error) '%s' codec can't decode byte 0x%02x in position %d: "
                    + "invalid start byte", codec, b, bad - lineStart), filename, line);
        }
    }

    /** Convenience for whole arrays. */
    public static String decode(byte[] data, String filename, Mode mode) {
        return decode(data, data.length, filename, mode);
    }

    /** The offset of the first byte the decoder rejects: where a fresh decode stops. */
    private static int firstUndecodable(CharsetDecoder decoder, byte[] data, int start, int length) {
        ByteBuffer in = ByteBuffer.wrap(data, start, length - start);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, length));
        decoder.reset();
        decoder.decode(in, out, true);
        return Math.min(in.position(), length - 1);
    }

    /**
     * The name in a {@code coding[:=]} comment on line 1, or on line 2 when line 1 holds only
     * whitespace or a comment; null when there is none (CPython's check_coding_spec).
     */
    static String declaredEncoding(byte[] data, int start, int length) {
        int lineStart = start;
        for (int lineNo = 1; lineNo <= 2 && lineStart < length; lineNo++) {
            int end = lineStart;
            while (end < length && data[end] != '\n' && data[end] != '\r') {
                end++;
            }
            String name = codingSpec(data, lineStart, end);
            if (name != null) {
                return name;
            }
            if (!blankOrComment(data, lineStart, end)) {
                return null;
            }
            lineStart = end;
            if (lineStart < length && data[lineStart] == '\r') {
                lineStart++;
            }
            if (lineStart < length && data[lineStart] == '\n') {
                lineStart++;
            }
        }
        return null;
    }

    private static boolean blankOrComment(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = data[i];
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** Matches {@code ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)} on one line of bytes. */
    private static String codingSpec(byte[] data, int from, int to) {
        int i = from;
        while (i < to && (data[i] == ' ' || data[i] == '\t' || data[i] == '\f')) {
            i++;
        }
        if (i >= to || data[i] != '#') {
            return null;
        }
        for (; i + 6 < to; i++) {
            if (data[i] == 'c' && data[i + 1] == 'o' && data[i + 2] == 'd' && data[i + 3] == 'i'
                    && data[i + 4] == 'n' && data[i + 5] == 'g' && (data[i + 6] == ':' || data[i + 6] == '=')) {
                int j = i + 7;
                while (j < to && (data[j] == ' ' || data[j] == '\t')) {
                    j++;
                }
                int nameStart = j;
                while (j < to && (Character.isLetterOrDigit(data[j]) || data[j] == '-' || data[j] == '_'
                        || data[j] == '.')) {
                    j++;
                }
                if (j > nameStart) {
                    return new String(data, nameStart, j - nameStart, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return null;
    }

    /** CPython's get_normal_name: spellings of utf-8 and latin-1 folded, others unchanged. */
    static String normalName(String name) {
        String s = name.length() > 12 ? name.substring(0, 12) : name;
        s = s.toLowerCase(Locale.ROOT).replace('_', '-');
        if (s.equals("utf-8") || s.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (s.equals(latin) || s.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    /** Python codec names whose Java charset name differs by more than separators. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("utf8", "UTF-8"), Map.entry("u8", "UTF-8"), Map.entry("utf", "UTF-8"),
            Map.entry("cp65001", "UTF-8"),
            Map.entry("latin1", "ISO-8859-1"), Map.entry("latin", "ISO-8859-1"), Map.entry("l1", "ISO-8859-1"),
            Map.entry("8859", "ISO-8859-1"), Map.entry("cp819", "ISO-8859-1"),
            Map.entry("ascii", "US-ASCII"), Map.entry("646", "US-ASCII"), Map.entry("us", "US-ASCII"),
            Map.entry("latin2", "ISO-8859-2"), Map.entry("latin3", "ISO-8859-3"), Map.entry("latin4", "ISO-8859-4"),
            Map.entry("cyrillic", "ISO-8859-5"), Map.entry("arabic", "ISO-8859-6"), Map.entry("greek", "ISO-8859-7"),
            Map.entry("hebrew", "ISO-8859-8"), Map.entry("latin5", "ISO-8859-9"), Map.entry("latin9", "ISO-8859-15"),
            Map.entry("utf16", "UTF-16"), Map.entry("utf32", "UTF-32"),
            Map.entry("sjis", "Shift_JIS"), Map.entry("shiftjis", "Shift_JIS"), Map.entry("mbcs", "windows-1252"));

    /** The Java charset for a Python codec name, or null if there is none. */
    static Charset lookup(String pythonName) {
        String key = pythonName.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String compact = key.replace("_", "");
        String javaName = ALIASES.get(compact);
        if (javaName == null) {
            if (compact.matches("iso8859\\d+")) {
                javaName = "ISO-8859-" + compact.substring(7);
            } else if (compact.matches("(cp|windows)12\\d\\d")) {
                javaName = "windows-" + compact.replaceAll("\\D", "");
            } else if (compact.matches("cp\\d+")) {
                javaName = "IBM" + compact.substring(2);
            } else {
                javaName = key.replace('_', '-');
            }
        }
        try {
            return Charset.forName(javaName);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static PySyntaxError error(String message, String filename, int line) {
        return new PySyntaxError("SyntaxError", message, filename, line, line == 0 ? -1 : 1, line, -1, null);
    }
}
