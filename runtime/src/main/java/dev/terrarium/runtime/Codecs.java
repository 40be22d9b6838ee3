package dev.terrarium.runtime;


/**
 * {@code str.encode} and {@code bytes.decode} for the codecs Terrarium has: UTF-8, ASCII
 * and Latin-1, with the error handlers strict, ignore, replace, backslashreplace,
 * surrogateescape, surrogatepass (UTF-8) and xmlcharrefreplace (encoding). Error ranges,
 * replacement output and messages follow CPython's built-in codecs
 * (Objects/unicodeobject.c, Objects/stringlib/codecs.h).
 */
final class Codecs {
    private Codecs() {}

    /** The codecs, by CPython's canonical name (as error messages show it). */
    enum Codec {
        UTF_8("utf-8"), ASCII("ascii"), LATIN_1("latin-1");

        final String display;

        Codec(String display) {
            this.display = display;
        }
    }

    /** Looks an encoding name up as CPython's normalisation and aliases do; LookupError if unknown. */
    static Codec lookup(String name) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            b.append(c == '-' || c == ' ' ? '_' : c);
        }
        switch (b.toString()) {
            case "utf_8": case "utf8": case "u8": case "utf": case "cp65001": case "utf8_ucs2": case "utf8_ucs4":
                return Codec.UTF_8;
            case "ascii": case "us_ascii": case "646": case "us": case "ansi_x3.4_1968": case "ansi_x3_4_1968":
            case "ansi_x3.4_1986": case "cp367": case "csascii": case "ibm367": case "iso646_us": case "iso_646.irv_1991":
            case "iso_ir_6":
                return Codec.ASCII;
            case "latin_1": case "latin1": case "latin": case "l1": case "iso_8859_1": case "iso8859_1": case "8859":
            case "cp819": case "iso_ir_100": case "csisolatin1": case "ibm819": case "iso_8859_1_1987":
                return Codec.LATIN_1;
            default:
                throw new PyException(PyExc.create(PyExc.LookupError, PyStr.of("unknown encoding: " + name)));
        }
    }

    private static PyException unknownHandler(String errors) {
        return new PyException(PyExc.create(PyExc.LookupError, PyStr.of("unknown error handler name '" + errors + "'")));
    }

    private static boolean isSurrogate(int cp) {
        return cp >= 0xD800 && cp <= 0xDFFF;
    }

    private static void ascii(ByteBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.write(s.charAt(i));
        }
    }

    private static String hex(int v, int width) {
        String h = Integer.toHexString(v);
        return "0".repeat(Math.max(0, width - h.length())) + h;
    }

    // ---- encoding --------------------------------------------------------------------------

    static byte[] encode(String text, String encoding, String errors) {
        Codec codec = lookup(encoding);
        int[] cps = text.codePoints().toArray();
        ByteBuilder out = new ByteBuilder(cps.length + 8);
        int limit = codec == Codec.ASCII ? 0x80 : 0x100;
        String reason = codec == Codec.ASCII ? "ordinal not in range(128)"
                : codec == Codec.LATIN_1 ? "ordinal not in range(256)" : "surrogates not allowed";
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (codec == Codec.UTF_8) {
                if (!isSurrogate(cp)) {
                    writeUtf8(out, cp);
                    i++;
                    continue;
                }
            } else if (cp < limit) {
                out.write(cp);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (codec == Codec.UTF_8 ? isSurrogate(cps[end]) : cps[end] >= limit)) {
                end++;
            }
            Budget.checkBytes((long) out.size() + 10L * (end - i));
            encodeError(out, codec, errors, cps, text, i, end, reason);
            i = end;
        }
        return out.toByteArray();
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

    /** Applies the error handler to the unencodable code points {@code cps[start, end)}. */
    private static void encodeError(ByteBuilder out, Codec codec, String errors, int[] cps, String text,
            int start, int end, String reason) {
        switch (errors) {
            case "strict":
                throw PyUnicodeError.encodeError(codec.display, text, start, end, reason);
            case "ignore":
                return;
            case "replace":
                for (int k = start; k < end; k++) {
                    out.write('?');
                }
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    int cp = cps[k];
                    ascii(out, cp <= 0xff ? "\\x" + hex(cp, 2) : cp <= 0xffff ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8));
                }
                return;
            case "xmlcharrefreplace":
                for (int k = start; k < end; k++) {
                    ascii(out, "&#" + cps[k] + ";");
                }
                return;
            case "surrogateescape": {
                for (int k = start; k < end; k++) {
                    if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) {
                        throw PyUnicodeError.encodeError(codec.display, text, k, end, reason);
                    }
                }
                for (int k = start; k < end; k++) {
                    out.write(cps[k] - 0xDC00);
                }
                return;
            }
            case "surrogatepass":
                if (codec == Codec.UTF_8) {
                    for (int k = start; k < end; k++) {
                        writeUtf8(out, cps[k]);
                    }
                    return;
                }
                throw PyUnicodeError.encodeError(codec.display, text, start, end, reason);
            default:
                throw unknownHandler(errors);
        }
    }

    // ---- decoding --------------------------------------------------------------------------

    static String decode(byte[] data, int length, String encoding, String errors) {
        Codec codec = lookup(encoding);
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
                decodeError(out, codec, errors, data, length, i, i + 1, "ordinal not in range(128)");
                i++;
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
        decodeError(out, Codec.UTF_8, errors, d, n, i, end, reason);
        return end;
    }

    private static void decodeError(StringBuilder out, Codec codec, String errors, byte[] d, int n, int start, int end,
            String reason) {
        switch (errors) {
            case "strict":
            case "surrogatepass":
                throw PyUnicodeError.decodeError(codec.display, java.util.Arrays.copyOf(d, n), start, end, reason);
            case "ignore":
                return;
            case "replace":
                out.append('\uFFFD');
                return;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    out.append("\\x").append(hex(d[k] & 0xFF, 2));
                }
                return;
            case "surrogateescape":
                for (int k = start; k < end; k++) {
                    out.append((char) (0xDC00 + (d[k] & 0xFF)));
                }
                return;
            case "xmlcharrefreplace":
                throw PyErrors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default:
                throw unknownHandler(errors);
        }
    }
}
