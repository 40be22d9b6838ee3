package dev.terrarium.runtime;

/**
 * {@code complex(real=0, imag=0)} and {@code complex(string)}; compare CPython
 * {@code complex_new_impl} and {@code complex_from_string_inner}.
 */
final class ComplexConstructor {
    private ComplexConstructor() {}

    static PyObject construct(PyType type, PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (npos + nkw > 2) {
            if (npos > 2) {
                throw PyErrors.typeError("complex() takes at most 2 arguments (%d given)", npos + nkw);
            }
            throw PyErrors.typeError("complex() takes at most 2 keyword arguments (%d given)", npos + nkw);
        }
        PyObject r = npos > 0 ? args[0] : null;
        PyObject i = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject v = args[npos + k];
            if (name.equals("real")) {
                if (r != null) {
                    throw PyErrors.typeError("argument for complex() given by name ('real') and position (1)");
                }
                r = v;
            } else if (name.equals("imag")) {
                if (i != null) {
                    throw PyErrors.typeError("argument for complex() given by name ('imag') and position (2)");
                }
                i = v;
            } else {
                throw PyErrors.typeError("complex() got an unexpected keyword argument '%s'", name);
            }
        }
        if (r == null) {
            r = PyInt.of(0);
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw PyErrors.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s);
        }
        if (i instanceof PyStr) {
            throw PyErrors.typeError("complex() second arg can't be a string");
        }
        PyComplex special = NumberProtocol.toComplexOrNull(r);
        if (special != null) {
            r = special;
        }
        if (r instanceof PyComplex c && i == null) {
            return c;
        }
        if (r instanceof PyInstance || DerivedSlots.isDerived(r) && !(r instanceof PyComplex)) {
            // PyNumber_Float: an int or float subclass's own __float__ gives the part's value.
            PyFloat f = NumberProtocol.toFloatOrNull(r);
            r = f != null ? f : r;
        }
        if (i instanceof PyInstance || i != null && DerivedSlots.isDerived(i) && !(i instanceof PyComplex)) {
            PyFloat f = NumberProtocol.toFloatOrNull(i);
            i = f != null ? f : i;
        }
        double crReal;
        double crImag = 0.0;
        boolean crIsComplex = false;
        if (r instanceof PyComplex c) {
            crReal = c.real;
            crImag = c.imag;
            crIsComplex = true;
        } else if (r instanceof PyFloat f) {
            crReal = f.value;
        } else if (r instanceof PyInt n) {
            crReal = n.asDouble();
        } else {
            throw PyErrors.typeError("complex() first argument must be a string or a number, not '%s'", r.type().name());
        }
        double ciReal;
        if (i == null) {
            ciReal = crImag;
        } else if (i instanceof PyComplex c) {
            ciReal = c.real;
            crReal -= c.imag;
        } else if (i instanceof PyFloat f) {
            ciReal = f.value;
        } else if (i instanceof PyInt n) {
            ciReal = n.asDouble();
        } else {
            throw PyErrors.typeError("complex() second argument must be a number, not '%s'", i.type().name());
        }
        if (crIsComplex && i != null) {
            ciReal += crImag;
        }
        return new PyComplex(crReal, ciReal);
    }

    /** {@code complex(s)}: "1+2j", "(1-j)", " 3.5J ", "nan+infj"... */
    static PyComplex parse(PyStr str) {
        String v = str.value();
        char[] a = toAscii(v);
        if (!underscoresOk(a)) {
            throw PyErrors.valueError("could not convert string to complex: %s", str.repr());
        }
        String s = removeUnderscores(a);
        int n = s.length();
        int p = skipSpaces(s, 0);
        boolean bracket = false;
        if (p < n && s.charAt(p) == '(') {
            bracket = true;
            p = skipSpaces(s, p + 1);
        }
        double x = 0.0;
        double y = 0.0;
        int end = floatEnd(s, p);
        if (end > p) {
            double z = toDouble(s.substring(p, end));
            p = end;
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                x = z;
                end = floatEnd(s, p);
                if (end > p) {
                    y = toDouble(s.substring(p, end));
                } else {
                    y = s.charAt(p) == '+' ? 1.0 : -1.0;
                    end = p + 1;
                }
                p = end;
                if (!(p < n && (s.charAt(p) | 0x20) == 'j')) {
                    throw malformed();
                }
                p++;
            } else if (p < n && (s.charAt(p) | 0x20) == 'j') {
                p++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                y = s.charAt(p) == '+' ? 1.0 : -1.0;
                p++;
            } else {
                y = 1.0;
            }
            if (!(p < n && (s.charAt(p) | 0x20) == 'j')) {
                throw malformed();
            }
            p++;
        }
        p = skipSpaces(s, p);
        if (bracket) {
            if (!(p < n && s.charAt(p) == ')')) {
                throw malformed();
            }
            p = skipSpaces(s, p + 1);
        }
        if (p != n) {
            throw malformed();
        }
        return new PyComplex(x, y);
    }

    private static PyException malformed() {
        return PyErrors.valueError("complex() arg is a malformed string");
    }

    /**
     * CPython's {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: Unicode decimal digits
     * to ASCII digits, Unicode spaces to ' ', any other non-ASCII character to '?'.
     */
    private static char[] toAscii(String v) {
        char[] out = new char[v.codePointCount(0, v.length())];
        int k = 0;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            i += Character.charCount(cp);
            char c;
            if (cp < 128) {
                c = (char) cp;
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                c = (char) ('0' + Character.digit(cp, 10));
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                c = ' ';
            } else {
                c = '?';
            }
            out[k++] = c;
        }
        return out;
    }

    /** {@code _Py_string_to_number_with_underscores}: each '_' between two digits. */
    private static boolean underscoresOk(char[] a) {
        char prev = 0;
        for (char c : a) {
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) {
                    return false;
                }
            } else if (prev == '_' && !(c >= '0' && c <= '9')) {
                return false;
            }
            prev = c;
        }
        return prev != '_';
    }

    private static String removeUnderscores(char[] a) {
        StringBuilder b = new StringBuilder(a.length);
        for (char c : a) {
            if (c != '_') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static boolean matchesWord(String s, int i, String word) {
        return s.regionMatches(true, i, word, 0, word.length());
    }

    /**
     * The end of the longest float at {@code i} (as {@code PyOS_string_to_double} reads
     * it: optional sign, digits with an optional point and exponent, or inf/infinity/nan),
     * or {@code i} when there is none.
     */
    private static int floatEnd(String s, int i) {
        int p = i;
        if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
            p++;
        }
        if (matchesWord(s, p, "infinity")) {
            return p + 8;
        }
        if (matchesWord(s, p, "inf") || matchesWord(s, p, "nan")) {
            return p + 3;
        }
        int digits = 0;
        while (isDigit(s, p)) {
            p++;
            digits++;
        }
        if (p < s.length() && s.charAt(p) == '.') {
            p++;
            while (isDigit(s, p)) {
                p++;
                digits++;
            }
        }
        if (digits == 0) {
            return i;
        }
        if (p < s.length() && (s.charAt(p) | 0x20) == 'e') {
            int q = p + 1;
            if (q < s.length() && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                q++;
            }
            if (isDigit(s, q)) {
                while (isDigit(s, q)) {
                    q++;
                }
                p = q;
            }
        }
        return p;
    }

    private static double toDouble(String t) {
        String u = t.startsWith("+") ? t.substring(1) : t;
        boolean neg = u.startsWith("-");
        String body = neg ? u.substring(1) : u;
        double d;
        if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")) {
            d = Double.POSITIVE_INFINITY;
        } else if (body.equalsIgnoreCase("nan")) {
            d = Double.NaN;
        } else {
            d = Double.parseDouble(body);
        }
        return neg ? -d : d;
    }
}
