package dev.terrarium.runtime;

/** Text to float by CPython's rules for {@code float(str)}; null when the text is invalid. */
final class FloatParsing {
    private FloatParsing() {}

    static Double parse(String text) {
        String s = text.strip();
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return negative ? -Double.NaN : Double.NaN;
        }
        // digits [. digits] [e [sign] digits], underscores only between digits
        StringBuilder clean = new StringBuilder(s.length());
        int i = 0;
        int n = body.length();
        boolean sawDigit = false;
        boolean sawDot = false;
        boolean sawExp = false;
        char prev = 0;
        for (; i < n; i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                sawDigit = true;
                clean.append(c);
            } else if (c == '_') {
                if (!(prev >= '0' && prev <= '9') || i + 1 >= n || !Character.isDigit(body.charAt(i + 1))) {
                    return null;
                }
            } else if (c == '.' && !sawDot && !sawExp) {
                sawDot = true;
                clean.append(c);
            } else if (c == 'e' && sawDigit && !sawExp) {
                sawExp = true;
                clean.append(c);
                if (i + 1 < n && (body.charAt(i + 1) == '+' || body.charAt(i + 1) == '-')) {
                    clean.append(body.charAt(++i));
                }
                if (i + 1 >= n || !(body.charAt(i + 1) >= '0' && body.charAt(i + 1) <= '9')) {
                    return null;
                }
            } else {
                return null;
            }
            prev = c;
        }
        if (!sawDigit) {
            return null;
        }
        double d = Double.parseDouble(clean.toString());
        return negative ? -d : d;
    }
}
