package dev.terrarium.runtime;

import dev.terrarium.runtime.text.UnicodeNames;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code str.encode} and {@code bytes.decode} for the codecs Terrarium has: UTF-8 (and
 * utf-8-sig), ASCII, Latin-1, UTF-16 and UTF-32 (with and without a byte order mark),
 * with the error handlers strict, ignore, replace, backslashreplace, surrogateescape,
 * surrogatepass, and for encoding xmlcharrefreplace and namereplace. Names are looked up
 * as CPython's encodings package does (normalize_encoding and the alias table); error
 * ranges, replacement output and messages follow CPython's built-in codecs
 * (Objects/unicodeobject.c, Objects/stringlib/codecs.h, Python/codecs.c).
 */
final class Codecs {
    private Codecs() {}

    /** The codecs; {@code display} is the name error messages show for it. */
    enum Codec {
        UTF_8("utf-8", 1), ASCII("ascii", 1), LATIN_1("latin-1", 1), UTF_8_SIG("utf-8", 1),
        UTF_16("utf-16", 2), UTF_16_LE("utf-16-le", 2), UTF_16_BE("utf-16-be", 2),
        UTF_32("utf-32", 4), UTF_32_LE("utf-32-le", 4), UTF_32_BE("utf-32-be", 4);

        final String display;
        /** Bytes per code unit. */
        final int unit;

        Codec(String display, int unit) {
            this.display = display;
            this.unit = unit;
        }

        boolean bigEndian() {
            return this == UTF_16_BE || this == UTF_32_BE;
        }
    }

    /** Module names of the encodings package and the aliases (encodings/aliases.py) that lead to our codecs. */
    private static final Map<String, Codec> NAMES = new HashMap<>();

    private static void names(Codec c, String... names) {
        for (String n : names) {
            NAMES.put(n, c);
        }
    }

    static {
        names(Codec.UTF_8, "utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001");
        names(Codec.ASCII, "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
                "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        names(Codec.LATIN_1, "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1",
                "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        names(Codec.UTF_8_SIG, "utf_8_sig");
        names(Codec.UTF_16, "utf_16", "u16", "utf16");
        names(Codec.UTF_16_LE, "utf_16_le", "unicodelittleunmarked", "utf_16le");
        names(Codec.UTF_16_BE, "utf_16_be", "unicodebigunmarked", "utf_16be");
        names(Codec.UTF_32, "utf_32", "u32", "utf32");
        names(Codec.UTF_32_LE, "utf_32_le", "utf_32le");
        names(Codec.UTF_32_BE, "utf_32_be", "utf_32be");
    }

    /**
     * Looks an encoding name up as CPython does: lower case, then encodings.normalize_encoding
     * (runs of characters other than ASCII letters, digits and '.' become one '_', dropped at
     * the ends), then the alias table or the module name; LookupError if unknown.
     */
    static Codec lookup(String name) {
        String lowered = name.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        boolean punct = false;
        for (int i = 0; i < lowered.length(); i++) {
            char c = lowered.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '.') {
                if (punct && b.length() > 0) {
                    b.append('_');
                }
                if (c < 0x80) {
                    b.append(c);
                }
                punct = false;
            } else {
                punct = true;
            }
        }
        String normalized = b.toString();
        Codec c = NAMES.get(normalized);
        if (c == null) {
            c = NAMES.get(normalized.replace('.', '_'));
        }
        if (c == null) {
            throw new PyException(PyExc.create(PyExc.LookupError, PyStr.of("unknown encoding: " + name)));
        }
        return c;
    }

    private static PyException unknownHandler(String errors) {
        return new PyException(PyExc.create(PyExc.LookupError, PyStr.of("unknown error handler name '" + errors + "'")));
    }

    private static boolean isSurrogate(int cp) {
        return cp >= 0xD800 && cp <= 0xDFFF;
    }

    private static String hex(int v, int width) {
        String h = Integer.toHexString(v);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    /** The backslashreplace text for one code point. */
    private static String backslashEscape(int cp) {
        return cp <= 0xff ? "\\x" + hex(cp, 2) : cp <= 0xffff ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
    }

    // ---- encoding --------------------------------------------------------------------------

    static byte[] encode(String text, String encoding, String errors) {
        Codec codec = lookup(encoding);
        int[] cps = text.codePoints().toArray();
        ByteBuilder out = new ByteBuilder(cps.length * codec.unit + 8);
        switch (codec) {
            case UTF_8_SIG -> writeUnit(out, Codec.UTF_8, 0xFEFF);
            case UTF_16, UTF_32 -> writeUnit(out, codec, 0xFEFF);
            default -> {
            }
        }
        String reason = codec == Codec.ASCII ? "ordinal not in range(128)"
                : codec == Codec.LATIN_1 ? "ordinal not in range(256)" : "surrogates not allowed";
        String display = codec == Codec.UTF_8_SIG ? "utf-8" : codec.display;
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (encodable(codec, cp)) {
                writeUnit(out, codec, cp);
                i++;
                continue;
            }
            int end = i + 1;
            // the one-byte and UTF-8 encoders hand a whole run to the handler, UTF-16 and UTF-32 one code point
            while (codec.unit == 1 && end < cps.length && !encodable(codec, cps[end])) {
                end++;
            }
            Budget.checkBytes((long) out.size() + 40L * (end - i));
            encodeError(out, codec, display, errors, cps, text, i, end, reason);
            i = end;
        }
        return out.toByteArray();
    }

    private static boolean encodable(Codec codec, int cp) {
        return switch (codec) {
            case ASCII -> cp < 0x80;
            case LATIN_1 -> cp < 0x100;
            default -> !isSurrogate(cp);
        };
    }

    /** Writes one code point in the codec's encoding form (a surrogate pair for astral UTF-16). */
    private static void writeUnit(ByteBuilder out, Codec codec, int cp) {
        switch (codec) {
            case ASCII, LATIN_1 -> out.write(cp);
            case UTF_8, UTF_8_SIG -> writeUtf8(out, cp);
            case UTF_16, UTF_16_LE, UTF_16_BE -> {
                if (cp >= 0x10000) {
                    write16(out, Character.highSurrogate(cp), codec.bigEndian());
                    write16(out, Character.lowSurrogate(cp), codec.bigEndian());
                } else {
                    write16(out, cp, codec.bigEndian());
                }
            }
            default -> {
                if (codec.bigEndian()) {
                    out.write(cp >>> 24);
                    out.write((cp >> 16) & 0xFF);
                    out.write((cp >> 8) & 0xFF);
                    out.write(cp & 0xFF);
                } else {
                    out.write(cp & 0xFF);
                    out.write((cp >> 8) & 0xFF);
                    out.write((cp >> 16) & 0xFF);
                    out.write(cp >>> 24);
                }
            }
        }
    }

    private static void write16(ByteBuilder out, int unit, boolean bigEndian) {
        if (bigEndian) {
            out.write(unit >> 8);
            out.write(unit & 0xFF);
        } else {
            out.write(unit & 0xFF);
            out.write(unit >> 8);
        }
    }

    private static void writeUtf8(ByteBuilder out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }

    /**
     * Applies the error handler to the unencodable code points {@code cps[start, end)}. The
     * text handlers produce ASCII, which is then written in the codec's own encoding form.
     */
    private static void encodeError(ByteBuilder out, Codec codec, String display, String errors, int[] cps, String text,
            int start, int end, String reason) {
        StringBuilder replacement = new StringBuilder();
        switch (errors) {
            case "strict":
                throw PyUnicodeError.encodeError(display, text, start, end, reason);
            case "ignore":
                return;
            case "replace":
                replacement.append("?".repeat(end - start));
                break;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    replacement.append(backslashEscape(cps[k]));
                }
                break;
            case "xmlcharrefreplace":
                for (int k = start; k < end; k++) {
                    replacement.append("&#").append(cps[k]).append(';');
                }
                break;
            case "namereplace":
                for (int k = start; k < end; k++) {
                    String name = UnicodeNames.name(cps[k]);
                    replacement.append(name != null ? "\\N{" + name + "}" : backslashEscape(cps[k]));
                }
                break;
            case "surrogateescape": {
                for (int k = start; k < end; k++) {
                    if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) {
                        throw PyUnicodeError.encodeError(display, text, k, end, reason);
                    }
                }
                if (codec.unit > 1) {
                    // the escaped bytes are not whole code units of UTF-16 or UTF-32
                    throw PyUnicodeError.encodeError(display, text, end - 1, end, reason);
                }
                for (int k = start; k < end; k++) {
                    out.write(cps[k] - 0xDC00);
                }
                return;
            }
            case "surrogatepass":
                if (codec == Codec.ASCII || codec == Codec.LATIN_1) {
                    throw PyUnicodeError.encodeError(display, text, start, end, reason);
                }
                for (int k = start; k < end; k++) {
                    if (codec.unit == 2) {
                        write16(out, cps[k], codec.bigEndian());
                    } else {
                        writeUnit(out, codec, cps[k]); // UTF-8 and UTF-32 write the surrogate as any code point
                    }
                }
                return;
            default:
                throw unknownHandler(errors);
        }
        for (int k = 0; k < replacement.length(); k++) {
            writeUnit(out, codec, replacement.charAt(k));
        }
    }

    // ---- decoding --------------------------------------------------------------------------

    static String decode(byte[] data, int length, String encoding, String errors) {
        Codec codec = lookup(encoding);
        switch (codec) {
            case UTF_8_SIG -> {
                if (length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF) {
                    // like encodings/utf_8_sig.py: the rest is decoded on its own, so error positions start after the BOM
                    return decode(java.util.Arrays.copyOfRange(data, 3, length), length - 3, "utf-8", errors);
                }
                return decode(data, length, "utf-8", errors);
            }
            case UTF_16, UTF_16_LE, UTF_16_BE -> {
                return decodeUtf16(data, length, codec, errors);
            }
            case UTF_32, UTF_32_LE, UTF_32_BE -> {
                return decodeUtf32(data, length, codec, errors);
            }
            default -> {
            }
        }
        StringBuilder out = new StringBuilder(length);
        int i = 0;
        while (i < length) {
            int b = data[i] & 0xFF;
            if (b < 0x80 || codec == Codec.LATIN_1) {
                out.append((char) b);
                i++;
                continue;
            }
            if (codec == Codec.ASCII) {
                i = decodeError(out, codec.display, errors, data, length, i, i + 1, "ordinal not in range(128)");
                continue;
            }
            i = decodeUtf8Sequence(out, data, length, i, errors);
        }
        return out.toString();
    }

    private static boolean cont(int b) {
        return (b & 0xC0) == 0x80;
    }

    /** Decodes the non-ASCII UTF-8 sequence at {@code i} (compare stringlib's utf8_decode); returns the next index. */
    private static int decodeUtf8Sequence(StringBuilder out, byte[] d, int n, int i, String errors) {
        int ch = d[i] & 0xFF;
        int avail = n - i;
        int bad; // 0 end of data, 1 invalid start, k >= 2: invalid continuation after k - 1 bytes
        if (ch < 0xC2) {
            bad = 1;
        } else if (ch < 0xE0) {
            if (avail < 2) {
                bad = 0;
            } else if (!cont(d[i + 1] & 0xFF)) {
                bad = 2;
            } else {
                out.append((char) (((ch & 0x1F) << 6) | (d[i + 1] & 0x3F)));
                return i + 2;
            }
        } else if (ch < 0xF0) {
            int c2 = avail >= 2 ? d[i + 1] & 0xFF : -1;
            boolean c2bad = c2 >= 0 && (!cont(c2) || (c2 < 0xA0 ? ch == 0xE0 : ch == 0xED));
            if (avail < 2) {
                bad = 0;
            } else if (c2bad) {
                bad = 2;
            } else if (avail < 3) {
                bad = 0;
            } else if (!cont(d[i + 2] & 0xFF)) {
                bad = 3;
            } else {
                out.append((char) (((ch & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (d[i + 2] & 0x3F)));
                return i + 3;
            }
        } else if (ch < 0xF5) {
            int c2 = avail >= 2 ? d[i + 1] & 0xFF : -1;
            boolean c2bad = c2 >= 0 && (!cont(c2) || (c2 < 0x90 ? ch == 0xF0 : ch == 0xF4));
            if (avail < 2) {
                bad = 0;
            } else if (c2bad) {
                bad = 2;
            } else if (avail < 3) {
                bad = 0;
            } else if (!cont(d[i + 2] & 0xFF)) {
                bad = 3;
            } else if (avail < 4) {
                bad = 0;
            } else if (!cont(d[i + 3] & 0xFF)) {
                bad = 4;
            } else {
                int cp = ((ch & 0x07) << 18) | ((c2 & 0x3F) << 12) | ((d[i + 2] & 0x3F) << 6) | (d[i + 3] & 0x3F);
                out.appendCodePoint(cp);
                return i + 4;
            }
        } else {
            bad = 1;
        }
        int end;
        String reason;
        if (bad == 0) {
            end = n;
            reason = "unexpected end of data";
        } else if (bad == 1) {
            end = i + 1;
            reason = "invalid start byte";
        } else {
            end = i + bad - 1;
            reason = "invalid continuation byte";
        }
        if (errors.equals("surrogatepass") && n - i >= 3 && (d[i] & 0xF0) == 0xE0 && cont(d[i + 1] & 0xFF)
                && cont(d[i + 2] & 0xFF)) {
            int cp = ((d[i] & 0x0F) << 12) | ((d[i + 1] & 0x3F) << 6) | (d[i + 2] & 0x3F);
            if (isSurrogate(cp)) {
                out.append((char) cp);
                return i + 3;
            }
        }
        return decodeError(out, Codec.UTF_8.display, errors, d, n, i, end, reason);
    }

    private static int read16(byte[] d, int i, boolean bigEndian) {
        return bigEndian ? ((d[i] & 0xFF) << 8) | (d[i + 1] & 0xFF) : ((d[i + 1] & 0xFF) << 8) | (d[i] & 0xFF);
    }

    /**
     * UTF-16 (compare PyUnicode_DecodeUTF16Stateful and stringlib's utf16_decode): a BOM
     * picks the byte order for plain utf-16 (little-endian without one), and errors are
     * named after the byte order used.
     */
    private static String decodeUtf16(byte[] d, int n, Codec codec, String errors) {
        boolean big = codec.bigEndian();
        int q = 0;
        if (codec == Codec.UTF_16 && n >= 2) {
            int bom = read16(d, 0, false);
            if (bom == 0xFEFF) {
                q = 2;
            } else if (bom == 0xFFFE) {
                q = 2;
                big = true;
            }
        }
        String display = big ? "utf-16-be" : "utf-16-le";
        StringBuilder out = new StringBuilder(n / 2);
        while (q < n) {
            int start;
            int end;
            String reason;
            if (n - q < 2) {
                start = q;
                end = n;
                reason = "truncated data";
            } else {
                int ch = read16(d, q, big);
                if (!isSurrogate(ch)) {
                    out.append((char) ch);
                    q += 2;
                    continue;
                }
                if (ch >= 0xDC00) {
                    start = q;
                    end = q + 2;
                    reason = "illegal encoding";
                } else if (n - (q + 2) < 2) {
                    start = q;
                    end = n;
                    reason = "unexpected end of data";
                } else {
                    int ch2 = read16(d, q + 2, big);
                    if (ch2 >= 0xDC00 && ch2 <= 0xDFFF) {
                        out.appendCodePoint(Character.toCodePoint((char) ch, (char) ch2));
                        q += 4;
                        continue;
                    }
                    start = q;
                    end = q + 2;
                    reason = "illegal UTF-16 surrogate";
                }
                if (errors.equals("surrogatepass")) {
                    out.append((char) ch);
                    q += 2;
                    continue;
                }
            }
            q = decodeError(out, display, errors, d, n, start, end, reason);
        }
        return out.toString();
    }

    /** UTF-32 (compare PyUnicode_DecodeUTF32Stateful), with the BOM handled as for UTF-16. */
    private static String decodeUtf32(byte[] d, int n, Codec codec, String errors) {
        boolean big = codec.bigEndian();
        int q = 0;
        if (codec == Codec.UTF_32 && n >= 4) {
            if ((d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xFE && d[2] == 0 && d[3] == 0) {
                q = 4;
            } else if (d[0] == 0 && d[1] == 0 && (d[2] & 0xFF) == 0xFE && (d[3] & 0xFF) == 0xFF) {
                q = 4;
                big = true;
            }
        }
        String display = big ? "utf-32-be" : "utf-32-le";
        StringBuilder out = new StringBuilder(n / 4);
        while (q < n) {
            int start = q;
            int end;
            String reason;
            if (n - q < 4) {
                end = n;
                reason = "truncated data";
            } else {
                long ch = big
                        ? ((long) (d[q] & 0xFF) << 24) | ((d[q + 1] & 0xFF) << 16) | ((d[q + 2] & 0xFF) << 8) | (d[q + 3] & 0xFF)
                        : ((long) (d[q + 3] & 0xFF) << 24) | ((d[q + 2] & 0xFF) << 16) | ((d[q + 1] & 0xFF) << 8) | (d[q] & 0xFF);
                if (ch < 0x110000 && !isSurrogate((int) ch)) {
                    out.appendCodePoint((int) ch);
                    q += 4;
                    continue;
                }
                end = q + 4;
                if (isSurrogate((int) ch)) {
                    if (errors.equals("surrogatepass")) {
                        out.append((char) ch);
                        q += 4;
                        continue;
                    }
                    reason = "code point in surrogate code point range(0xd800, 0xe000)";
                } else {
                    reason = "code point not in range(0x110000)";
                }
            }
            q = decodeError(out, display, errors, d, n, start, end, reason);
        }
        return out.toString();
    }

    /**
     * Applies the error handler to the undecodable bytes {@code d[start, end)}; returns where
     * decoding resumes (the end, except for surrogateescape).
     */
    private static int decodeError(StringBuilder out, String display, String errors, byte[] d, int n, int start, int end,
            String reason) {
        switch (errors) {
            case "strict":
            case "surrogatepass":
                throw PyUnicodeError.decodeError(display, java.util.Arrays.copyOf(d, n), start, end, reason);
            case "ignore":
                return end;
            case "replace":
                out.append('\uFFFD');
                return end;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    out.append("\\x").append(hex(d[k] & 0xFF, 2));
                }
                return end;
            case "surrogateescape": {
                // PyCodec_SurrogateEscapeErrors: escapes up to 4 non-ASCII bytes from the start of
                // the range and resumes after them; an ASCII first byte re-raises the error
                int consumed = 0;
                while (consumed < 4 && consumed < end - start && (d[start + consumed] & 0xFF) >= 0x80) {
                    out.append((char) (0xDC00 + (d[start + consumed] & 0xFF)));
                    consumed++;
                }
                if (consumed == 0) {
                    throw PyUnicodeError.decodeError(display, java.util.Arrays.copyOf(d, n), start, end, reason);
                }
                return start + consumed;
            }
            case "xmlcharrefreplace":
            case "namereplace":
                throw PyErrors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default:
                throw unknownHandler(errors);
        }
    }
}
