package dev.terrarium.interpreter.parser;

import dev.terrarium.grammar.PythonParser.StringsContext;
import dev.terrarium.interpreter.ast.ConstantValue;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Number and string literals to constants (CPython: Parser/string_parser.c, 3.11): escape
 * decoding, implicit concatenation of adjacent literals, and f-strings to JoinedStr /
 * FormattedValue, with CPython 3.11's positions (constant parts and replacement fields
 * span the whole concatenation; a format spec spans its own token).
 */
final class Literals {
    private Literals() {}

    static ConstantValue number(String text) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = t.charAt(t.length() - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValue.Imaginary(Double.parseDouble(t.substring(0, t.length() - 1)));
        }
        if (t.length() > 1 && t.charAt(0) == '0') {
            char k = Character.toLowerCase(t.charAt(1));
            if (k == 'x') {
                return new ConstantValue.Int(new BigInteger(t.substring(2), 16));
            } else if (k == 'o') {
                return new ConstantValue.Int(new BigInteger(t.substring(2), 8));
            } else if (k == 'b') {
                return new ConstantValue.Int(new BigInteger(t.substring(2), 2));
            }
        }
        if (t.indexOf('.') >= 0 || t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            return new ConstantValue.Float(Double.parseDouble(t));
        }
        return new ConstantValue.Int(new BigInteger(t));
    }

    /** One string token split into prefix flags and body. */
    private record Piece(Token token, boolean raw, boolean bytes, boolean fstring, boolean unicode,
            int prefixLen, int quoteLen, String body) {

        static Piece of(Token t) {
            String text = t.getText();
            int p = 0;
            boolean raw = false;
            boolean bytes = false;
            boolean f = false;
            boolean u = false;
            while (text.charAt(p) != '\'' && text.charAt(p) != '"') {
                switch (Character.toLowerCase(text.charAt(p))) {
                    case 'r' -> raw = true;
                    case 'b' -> bytes = true;
                    case 'f' -> f = true;
                    default -> u = true;
                }
                p++;
            }
            char q = text.charAt(p);
            int ql = text.length() - p >= 6 && text.charAt(p + 1) == q && text.charAt(p + 2) == q ? 3 : 1;
            String body = text.substring(p + ql, text.length() - ql);
            return new Piece(t, raw, bytes, f, u, p, ql, body);
        }
    }

    static Expr strings(AstBuilder b, StringsContext ctx) {
        List<TerminalNode> nodes = ctx.STRING();
        List<Piece> pieces = new ArrayList<>(nodes.size());
        boolean anyBytes = false;
        boolean anyStr = false;
        boolean anyF = false;
        for (TerminalNode n : nodes) {
            Piece p = Piece.of(n.getSymbol());
            pieces.add(p);
            anyBytes |= p.bytes;
            anyStr |= !p.bytes;
            anyF |= p.fstring;
        }
        Span whole = b.span(ctx);
        if (anyBytes && anyStr) {
            Span end = new Span(whole.endLineno(), whole.endColOffset(), whole.endLineno(), whole.endColOffset());
            throw b.errors().at("SyntaxError", "cannot mix bytes and nonbytes literals", end);
        }
        String kind = pieces.get(0).unicode ? "u" : null;
        if (anyBytes) {
            byte[] acc = new byte[0];
            for (Piece p : pieces) {
                for (int i = 0; i < p.body.length(); i++) {
                    if (p.body.charAt(i) >= 128) {
                        throw b.errors().at("SyntaxError", "bytes can only contain ASCII literal characters",
                                b.span(p.token, p.token));
                    }
                }
                byte[] d;
                try {
                    d = Escapes.decodeBytes(p.body, p.raw);
                } catch (Escapes.EscapeError e) {
                    throw escapeError(b, p, e);
                }
                byte[] next = new byte[acc.length + d.length];
                System.arraycopy(acc, 0, next, 0, acc.length);
                System.arraycopy(d, 0, next, acc.length, d.length);
                acc = next;
            }
            return new Expr.Constant(whole, new ConstantValue.Bytes(acc), null);
        }
        if (!anyF) {
            StringBuilder sb = new StringBuilder();
            java.util.BitSet escapedSurrogates = new java.util.BitSet();
            for (Piece p : pieces) {
                java.util.BitSet own = new java.util.BitSet();
                String text = decode(b, p, p.body, own);
                own.stream().forEach(i -> escapedSurrogates.set(sb.length() + i));
                sb.append(text);
            }
            String value = sb.toString();
            int[] codePoints = escapedSurrogates.isEmpty() ? null : Escapes.codePoints(value, escapedSurrogates);
            return new Expr.Constant(whole, new ConstantValue.Str(value, codePoints), kind);
        }
        Joined out = new Joined(whole, kind);
        for (Piece p : pieces) {
            if (!p.fstring) {
                out.pending.append(decode(b, p, p.body));
            } else {
                new FStringParser(b, p, whole, kind).parseInto(out);
            }
        }
        out.flush();
        return new Expr.JoinedStr(whole, out.values);
    }

    private static String decode(AstBuilder b, Piece p, String raw) {
        return decode(b, p, raw, null);
    }

    private static String decode(AstBuilder b, Piece p, String raw, java.util.BitSet escapedSurrogates) {
        if (p.raw) {
            return raw;
        }
        try {
            return Escapes.decodeStr(raw, escapedSurrogates);
        } catch (Escapes.EscapeError e) {
            throw escapeError(b, p, e);
        }
    }

    private static PySyntaxError escapeError(AstBuilder b, Piece p, Escapes.EscapeError e) {
        Span t = b.span(p.token, p.token);
        Span at = new Span(t.endLineno(), t.endColOffset(), t.endLineno(), t.endColOffset());
        return b.errors().at("SyntaxError", e.getMessage(), at);
    }

    /** The values of a JoinedStr being assembled, with the literal text not yet emitted. */
    private static final class Joined {
        final Span whole;
        final String kind;
        final List<Expr> values = new ArrayList<>();
        final StringBuilder pending = new StringBuilder();

        Joined(Span whole, String kind) {
            this.whole = whole;
            this.kind = kind;
        }

        Joined withPending(CharSequence text) {
            pending.append(text);
            return this;
        }

        void flush() {
            if (pending.length() > 0) {
                values.add(new Expr.Constant(whole, new ConstantValue.Str(pending.toString()), kind));
                pending.setLength(0);
            }
        }
    }

    /** Parses the body of one f-string token (CPython 3.11: fstring_find_literal / fstring_find_expr). */
    private static final class FStringParser {
        private final AstBuilder b;
        private final Piece piece;
        private final Span whole;
        private final String kind;
        private final String body;

        FStringParser(AstBuilder b, Piece piece, Span whole, String kind) {
            this.b = b;
            this.piece = piece;
            this.whole = whole;
            this.kind = kind;
            this.body = piece.body;
        }

        /** CPython 3.11 reports f-string errors just past the end of the string token. */
        private PySyntaxError error(String msg) {
            Span t = b.span(piece.token, piece.token);
            return b.errors().at("SyntaxError", msg, new Span(t.endLineno(), t.endColOffset(), t.endLineno(), t.endColOffset()));
        }

        void parseInto(Joined out) {
            int end = parse(0, body.length(), 0, out, false);
            if (end != body.length()) {
                throw error("f-string: single '}' is not allowed");
            }
        }

        /** Literal text and fields from {@code i}; in a format spec, stops at the closing '}'. */
        private int parse(int i, int end, int depth, Joined out, boolean inSpec) {
            StringBuilder lit = new StringBuilder();
            while (i < end) {
                char c = body.charAt(i);
                if (c == '{') {
                    if (!inSpec && i + 1 < end && body.charAt(i + 1) == '{') {
                        lit.append('{');
                        i += 2;
                        continue;
                    }
                    out.pending.append(decodeLiteral(lit));
                    lit.setLength(0);
                    i = field(i + 1, end, depth, out);
                    continue;
                }
                if (c == '}') {
                    if (inSpec) {
                        break;
                    }
                    if (i + 1 < end && body.charAt(i + 1) == '}') {
                        lit.append('}');
                        i += 2;
                        continue;
                    }
                    throw error("f-string: single '}' is not allowed");
                }
                if (c == '\\' && !piece.raw && i + 1 < end) {
                    char n = body.charAt(i + 1);
                    if (n == 'N' && i + 2 < end && body.charAt(i + 2) == '{') {
                        int close = body.indexOf('}', i);
                        if (close > 0 && close < end) {
                            lit.append(body, i, close + 1);
                            i = close + 1;
                            continue;
                        }
                    }
                    if (n == '\\') {
                        lit.append("\\\\");
                        i += 2;
                        continue;
                    }
                }
                lit.append(c);
                i++;
            }
            out.pending.append(decodeLiteral(lit));
            return i;
        }

        private String decodeLiteral(StringBuilder lit) {
            if (lit.length() == 0) {
                return "";
            }
            return decode(b, piece, lit.toString());
        }

        private int field(int i, int end, int depth, Joined out) {
            if (depth >= 2) {
                throw error("f-string: expressions nested too deeply");
            }
            int exprStart = i;
            char quote = 0;
            boolean tripleQuote = false;
            StringBuilder nest = new StringBuilder();
            while (i < end) {
                char c = body.charAt(i);
                if (c == '\\') {
                    throw error("f-string expression part cannot include a backslash");
                }
                if (quote != 0) {
                    if (c == quote) {
                        if (!tripleQuote) {
                            quote = 0;
                        } else if (i + 2 < end && body.charAt(i + 1) == quote && body.charAt(i + 2) == quote) {
                            quote = 0;
                            i += 2;
                        }
                    }
                    i++;
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                    tripleQuote = i + 2 < end && body.charAt(i + 1) == c && body.charAt(i + 2) == c;
                    i += tripleQuote ? 3 : 1;
                    continue;
                }
                if (c == '(' || c == '[' || c == '{') {
                    nest.append(c);
                } else if (c == '#') {
                    throw error("f-string expression part cannot include '#'");
                } else if (nest.length() == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '<' || c == '>')) {
                    if (i + 1 < end) {
                        char next = body.charAt(i + 1);
                        if ((c == '!' || c == '=' || c == '<' || c == '>') && next == '=') {
                            i += 2;
                            continue;
                        }
                    }
                    if (c == '<' || c == '>') {
                        i++;
                        continue;
                    }
                    break;
                } else if (c == ')' || c == ']' || c == '}') {
                    if (nest.length() == 0) {
                        throw error("f-string: unmatched '" + c + "'");
                    }
                    char open = nest.charAt(nest.length() - 1);
                    nest.setLength(nest.length() - 1);
                    if ((open == '(') != (c == ')') || (open == '[') != (c == ']')) {
                        throw error("f-string: closing parenthesis '" + c + "' does not match opening parenthesis '"
                                + open + "'");
                    }
                }
                i++;
            }
            if (quote != 0) {
                throw error("f-string: unterminated string");
            }
            if (nest.length() > 0) {
                throw error("f-string: unmatched '" + nest.charAt(nest.length() - 1) + "'");
            }
            if (i >= end) {
                throw error("f-string: expecting '}'");
            }
            String exprText = body.substring(exprStart, i);
            if (exprText.isBlank()) {
                throw error("f-string: empty expression not allowed");
            }
            Expr value = compile(exprStart, exprText);
            boolean equal = false;
            if (body.charAt(i) == '=') {
                equal = true;
                i++;
                while (i < end && Character.isWhitespace(body.charAt(i))) {
                    i++;
                }
                out.pending.append(body, exprStart, i);
            }
            int conversion = -1;
            if (i < end && body.charAt(i) == '!') {
                i++;
                if (i >= end) {
                    throw error("f-string: expecting '}'");
                }
                char conv = body.charAt(i++);
                if (conv != 's' && conv != 'r' && conv != 'a') {
                    throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
                conversion = conv;
            }
            Expr spec = null;
            if (i < end && body.charAt(i) == ':') {
                i++;
                Span tokenSpan = b.span(piece.token, piece.token);
                Joined specOut = new Joined(whole, kind);
                i = parse(i, end, depth + 1, specOut, true);
                if (specOut.values.isEmpty()) {
                    // A spec without fields is one constant positioned at its own token (CPython 3.11).
                    specOut = new Joined(tokenSpan, kind).withPending(specOut.pending);
                }
                specOut.flush();
                spec = new Expr.JoinedStr(tokenSpan, specOut.values);
            }
            if (i >= end || body.charAt(i) != '}') {
                throw error("f-string: expecting '}'");
            }
            i++;
            if (equal && conversion == -1 && spec == null) {
                conversion = 'r';
            }
            out.flush();
            out.values.add(new Expr.FormattedValue(whole, value, conversion, spec));
            return i;
        }

        /** Parses one replacement field's expression, positioned as CPython's fstring_find_expr_location. */
        private Expr compile(int exprStart, String exprText) {
            String tokText = piece.token.getText();
            // Index of the '{' within the token text, counted in UTF-16 units of tokText.
            int brace = piece.prefixLen + piece.quoteLen + exprStart - 1;
            boolean newlineAfterBrace = true;
            for (int k = brace + 1; k < tokText.length(); k++) {
                char c = tokText.charAt(k);
                if (c == '}' || c == '\n') {
                    break;
                }
                if (c != ' ' && c != '\t' && c != '\f') {
                    newlineAfterBrace = false;
                    break;
                }
            }
            int cols = 0;
            if (!newlineAfterBrace) {
                int start = brace;
                while (start > 0 && tokText.charAt(start) != '\n') {
                    start--;
                }
                cols = utf8(tokText, start, brace);
                if (tokText.charAt(start) == '\n') {
                    cols -= 1;
                }
            }
            int lines = 0;
            for (int k = 0; k < brace; k++) {
                if (tokText.charAt(k) == '\n') {
                    lines++;
                }
            }
            Span tokSpan = b.span(piece.token, piece.token);
            int lineShift = tokSpan.lineno() + lines - 1;
            int colShift = lines != 0 ? cols : tokSpan.colOffset() + cols;
            return PythonFrontEnd.parseFStringExpression("(" + exprText + ")", b.errors(), lineShift, colShift,
                    tokSpan);
        }

        private static int utf8(String s, int from, int to) {
            int n = 0;
            for (int k = from; k < to; k++) {
                char c = s.charAt(k);
                n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
            return n;
        }
    }
}
