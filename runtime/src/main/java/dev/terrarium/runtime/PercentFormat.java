package dev.terrarium.runtime;

/** {@code str % args}: printf-style formatting (compare CPython {@code PyUnicode_Format}). A first subset. */
final class PercentFormat {
    private PercentFormat() {}

    static String format(String fmt, PyObject args) {
        PyObject[] values = args instanceof PyTuple t ? t.toArray() : new PyObject[] {args};
        int next = 0;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (++i >= fmt.length()) {
                throw PyErrors.valueError("incomplete format");
            }
            char conv = fmt.charAt(i);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (next >= values.length) {
                throw PyErrors.typeError("not enough arguments for format string");
            }
            PyObject v = values[next++];
            switch (conv) {
                case 's' -> out.append(Ops.str(v));
                case 'r' -> out.append(Ops.repr(v));
                case 'd', 'i' -> out.append(Ops.repr(v instanceof PyFloat f ? IntConstructor.fromDouble(f.value) : ArgParser.index(v)));
                default -> throw PyErrors.valueError("unsupported format character '%c' (0x%x) at index %d", conv, (int) conv, i);
            }
        }
        if (next < values.length && args instanceof PyTuple) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }
}
