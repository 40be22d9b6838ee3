package dev.terrarium.runtime.text;

/**
 * Ships arbitrary Java strings (newlines, lone surrogates included) to the python3 oracle
 * on one line: hex of the UTF-16BE code units, which Python decodes with
 * {@code bytes.fromhex(h).decode('utf-16-be', 'surrogatepass')}.
 */
final class Utf16Hex {

    /** Python expression decoding the variable {@code h} (one encoded field). */
    static final String PY_DECODE =
            "('' if h == '-' else bytes.fromhex(h).decode('utf-16-be', 'surrogatepass'))";

    private Utf16Hex() {
    }

    static String encode(String s) {
        StringBuilder sb = new StringBuilder(s.length() * 4 + 1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            for (int shift = 12; shift >= 0; shift -= 4) {
                sb.append(Character.forDigit((c >>> shift) & 0xF, 16));
            }
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }
}
