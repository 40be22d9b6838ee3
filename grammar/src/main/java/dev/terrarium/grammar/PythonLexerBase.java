package dev.terrarium.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The layout half of Python's tokenizer (CPython: Parser/tokenizer.c, tok_get): turns raw
 * line breaks into NEWLINE / INDENT / DEDENT, ignores line breaks inside brackets and on
 * blank or comment-only lines, compares indentation with tab size 8 and tab size 1 (both
 * must agree, else TabError), scans string literal bodies and validates the end of number
 * literals. Tokenizer errors are thrown as {@link PythonSyntaxException}.
 *
 * <p>Unclosed brackets at end of input are not thrown: the lexer ends the token stream
 * (without NEWLINE/DEDENT, like CPython's tokenizer returning an error token) and records
 * the innermost opener in {@link #unclosedBracket()}, so the parser glue can decide between
 * "'(' was never closed" and an earlier syntax error, as CPython does.
 */
public abstract class PythonLexerBase extends Lexer {
    private static final int TAB_SIZE = 8;
    /** CPython's tokenizer MAXLEVEL. */
    private static final int MAX_BRACKET_DEPTH = 200;
    /** CPython's tokenizer MAXINDENT: at most 99 indented levels. */
    private static final int MAX_INDENT = 100;

    private final Deque<Token> pending = new ArrayDeque<>();
    private final List<Token> openBrackets = new ArrayList<>();
    private final int[] indents = new int[MAX_INDENT];
    private final int[] altIndents = new int[MAX_INDENT];
    private int indentDepth;
    private boolean atLineStart = true;
    private boolean finished;
    private Token lastSignificant;
    private Token unclosed;
    /** Whether the line about to be lexed is indented deeper than the block it follows. */
    private boolean indentAhead;
    /** A tokenizer error in the first token of an indented line, raised after its INDENT. */
    private PythonSyntaxException deferred;

    protected PythonLexerBase(CharStream input) {
        super(input);
    }

    /** The innermost bracket still open at end of input, or null. */
    public Token unclosedBracket() {
        return unclosed;
    }

    @Override
    public Token nextToken() {
        while (pending.isEmpty()) {
            if (deferred != null) {
                PythonSyntaxException e = deferred;
                deferred = null;
                throw e;
            }
            produce();
        }
        return pending.poll();
    }

    private void produce() {
        if (finished) {
            pending.add(eofToken());
            return;
        }
        indentAhead = false;
        if (atLineStart && openBrackets.isEmpty()) {
            precheckIndentation();
        }
        Token t;
        try {
            t = super.nextToken();
        } catch (PythonSyntaxException e) {
            if (!indentAhead) {
                throw e;
            }
            // CPython's tokenizer hands out the INDENT before it reads the bad token: the
            // parser then fails on the INDENT ("unexpected indent") before this error is seen
            CommonToken indent = new CommonToken(PythonLexer.INDENT, "");
            indent.setLine(_tokenStartLine);
            indent.setCharPositionInLine(_tokenStartCharPositionInLine);
            indent.setStartIndex(_tokenStartCharIndex);
            indent.setStopIndex(_tokenStartCharIndex - 1);
            pending.add(indent);
            deferred = e;
            return;
        }
        int type = t.getType();
        if (type == PythonLexer.NEWLINE) {
            if (!openBrackets.isEmpty() || atLineStart) {
                return;
            }
            atLineStart = true;
            pending.add(t);
            return;
        }
        if (type == Token.EOF) {
            finished = true;
            if (!openBrackets.isEmpty()) {
                unclosed = openBrackets.get(openBrackets.size() - 1);
                pending.add(t);
                return;
            }
            if (!atLineStart) {
                pending.add(synthetic(PythonLexer.NEWLINE, t, ""));
            }
            while (indentDepth > 0) {
                indentDepth--;
                pending.add(synthetic(PythonLexer.DEDENT, t, ""));
            }
            pending.add(t);
            return;
        }
        if (atLineStart) {
            atLineStart = false;
            indentLine(t);
        }
        lastSignificant = t;
        pending.add(t);
    }

    /**
     * CPython measures a line's indentation before reading its first token, so an
     * indentation error wins over an error inside that token (a bad number, an unterminated
     * string). This validates the indentation of the line about to be lexed, if it holds a
     * token; {@link #indentLine} then updates the stack once the token is known.
     */
    private void precheckIndentation() {
        int i = 1;
        int col = 0;
        int alt = 0;
        while (true) {
            int c = _input.LA(i);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else {
                if (c == '#' || c == '\n' || c == '\r' || c == '\\' || c == CharStream.EOF) {
                    return;
                }
                break;
            }
            i++;
        }
        int line = getLine();
        int top = indentDepth == 0 ? 0 : indents[indentDepth - 1];
        int altTop = indentDepth == 0 ? 0 : altIndents[indentDepth - 1];
        if (col == top) {
            if (alt != altTop) {
                throw tabError(line);
            }
        } else if (col > top) {
            if (indentDepth + 1 >= MAX_INDENT) {
                throw tooDeep(line);
            }
            if (alt <= altTop) {
                throw tabError(line);
            }
            indentAhead = true;
        } else {
            int d = indentDepth;
            while (d > 0 && col < indents[d - 1]) {
                d--;
            }
            int newTop = d == 0 ? 0 : indents[d - 1];
            int newAlt = d == 0 ? 0 : altIndents[d - 1];
            if (col != newTop) {
                throw new PythonSyntaxException("IndentationError",
                        "unindent does not match any outer indentation level", line, lineLength(_input.index()) + 1,
                        line, -1);
            }
            if (alt != newAlt) {
                throw tabError(line);
            }
        }
    }

    /** Compares the indentation of the line starting with {@code first} with the stack. */
    private void indentLine(Token first) {
        int start = first.getStartIndex();
        int lineStart = start;
        while (lineStart > 0) {
            int c = _input.getText(Interval.of(lineStart - 1, lineStart - 1)).codePointAt(0);
            if (c == '\n' || c == '\r') {
                break;
            }
            lineStart--;
        }
        String prefix = _input.getText(Interval.of(lineStart, start - 1));
        int col = 0;
        int alt = 0;
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else {
                return; // a continuation line (after a backslash): not a new indentation
            }
        }
        int line = first.getLine();
        int top = indentDepth == 0 ? 0 : indents[indentDepth - 1];
        int altTop = indentDepth == 0 ? 0 : altIndents[indentDepth - 1];
        if (col == top) {
            if (alt != altTop) {
                throw tabError(line);
            }
        } else if (col > top) {
            if (alt <= altTop) {
                throw tabError(line);
            }
            if (indentDepth + 1 >= MAX_INDENT) {
                throw tooDeep(line);
            }
            indents[indentDepth] = col;
            altIndents[indentDepth] = alt;
            indentDepth++;
            pending.add(synthetic(PythonLexer.INDENT, first, prefix));
        } else {
            while (indentDepth > 0 && col < indents[indentDepth - 1]) {
                indentDepth--;
                pending.add(synthetic(PythonLexer.DEDENT, first, ""));
            }
            int newTop = indentDepth == 0 ? 0 : indents[indentDepth - 1];
            int newAlt = indentDepth == 0 ? 0 : altIndents[indentDepth - 1];
            if (col != newTop) {
                int len = lineLength(lineStart);
                throw new PythonSyntaxException("IndentationError",
                        "unindent does not match any outer indentation level", line, len + 1, line, -1);
            }
            if (alt != newAlt) {
                throw tabError(line);
            }
        }
    }

    private int lineLength(int lineStart) {
        int i = lineStart;
        int n = _input.size();
        int count = 0;
        while (i < n) {
            int c = _input.getText(Interval.of(i, i)).codePointAt(0);
            if (c == '\n' || c == '\r') {
                break;
            }
            i++;
            count++;
        }
        return count;
    }

    /** CPython's E_TOODEEP, checked before the line's tokens are read. */
    private static PythonSyntaxException tooDeep(int line) {
        return new PythonSyntaxException("IndentationError", "too many levels of indentation", line, 1, line, 0);
    }

    private static PythonSyntaxException tabError(int line) {
        return new PythonSyntaxException("TabError", "inconsistent use of tabs and spaces in indentation",
                line, 1, line, 0);
    }

    private Token synthetic(int type, Token at, String text) {
        CommonToken t = new CommonToken(at);
        t.setType(type);
        t.setText(text);
        t.setStopIndex(at.getStartIndex() - 1);
        return t;
    }

    private Token eofToken() {
        CommonToken t = new CommonToken(Token.EOF, "<EOF>");
        t.setStartIndex(_input.index());
        t.setStopIndex(_input.index() - 1);
        t.setLine(getLine());
        t.setCharPositionInLine(getCharPositionInLine());
        return t;
    }

    // ---- actions called from PythonLexer.g4 ----

    protected void openBracket() {
        if (openBrackets.size() >= MAX_BRACKET_DEPTH) {
            throw new PythonSyntaxException("SyntaxError", "too many nested parentheses", _tokenStartLine,
                    _tokenStartCharPositionInLine + 1, _tokenStartLine, _tokenStartCharPositionInLine + 1);
        }
        CommonToken t = new CommonToken(_type, getText());
        t.setLine(_tokenStartLine);
        t.setCharPositionInLine(_tokenStartCharPositionInLine);
        t.setStartIndex(_tokenStartCharIndex);
        t.setStopIndex(_tokenStartCharIndex);
        openBrackets.add(t);
    }

    protected void closeBracket() {
        String close = getText();
        int line = _tokenStartLine;
        int col = _tokenStartCharPositionInLine;
        if (openBrackets.isEmpty()) {
            throw new PythonSyntaxException("SyntaxError", "unmatched '" + close + "'", line, col + 1, line, col + 1);
        }
        Token open = openBrackets.remove(openBrackets.size() - 1);
        String expected = switch (open.getText()) {
            case "(" -> ")";
            case "[" -> "]";
            default -> "}";
        };
        if (!expected.equals(close)) {
            String msg = "closing parenthesis '" + close + "' does not match opening parenthesis '" + open.getText() + "'";
            if (open.getLine() != line) {
                msg += " on line " + open.getLine();
            }
            throw new PythonSyntaxException("SyntaxError", msg, line, col + 1, line, col + 1);
        }
    }

    protected void badBackslash() {
        int line = _tokenStartLine;
        int col = _tokenStartCharPositionInLine;
        if (_input.LA(1) == CharStream.EOF) {
            throw new PythonSyntaxException("SyntaxError", "unexpected EOF while parsing", line, col + 2, line, -1);
        }
        throw new PythonSyntaxException("SyntaxError", "unexpected character after line continuation character",
                line, col + 2, line, 0);
    }

    /**
     * A NAME token may hold any non-ASCII characters; each must be an identifier character
     * (XID_Start first, XID_Continue after), else CPython's "invalid character" error.
     */
    protected void checkName() {
        String text = getText();
        int col = _tokenStartCharPositionInLine;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= 128 && !(i == 0 ? isIdStart(c) : isIdContinue(c))) {
                throw badCharacter(c, _tokenStartLine, col);
            }
            i += Character.charCount(c);
            col++;
        }
    }

    /** Approximates Unicode XID_Start with Java's identifier tables (which follow UAX #31). */
    private static boolean isIdStart(int c) {
        return Character.isUnicodeIdentifierStart(c) && c != 0x2E2F;
    }

    private static boolean isIdContinue(int c) {
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c) && c != 0x2E2F;
    }

    private static PythonSyntaxException badCharacter(int c, int line, int col) {
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        hex = "0".repeat(Math.max(0, 4 - hex.length())) + hex;
        if (isPrintable(c)) {
            return new PythonSyntaxException("SyntaxError",
                    "invalid character '" + new String(Character.toChars(c)) + "' (U+" + hex + ")",
                    line, col + 1, line, col + 1);
        }
        return new PythonSyntaxException("SyntaxError", "invalid non-printable character U+" + hex,
                line, col + 1, line, col + 1);
    }

    protected void invalidCharacter() {
        int line = _tokenStartLine;
        int col = _tokenStartCharPositionInLine;
        int c = getText().codePointAt(0);
        if (c < 128 && c >= 32) {
            // '$', '?', '`': not a tokenizer error in CPython but a token no rule accepts, so
            // the parser reports it ("invalid syntax") and the tokenizer goes on past it.
            return;
        }
        throw badCharacter(c, line, col);
    }

    private static boolean isPrintable(int c) {
        int type = Character.getType(c);
        return !(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (type == Character.SPACE_SEPARATOR && c != ' '));
    }

    /** CPython's verify_end_of_number: a number may not run into an identifier. */
    protected void checkNumberEnd() {
        int next = _input.LA(1);
        String text = getText();
        int line = _tokenStartLine;
        int col = _tokenStartCharPositionInLine;
        int lastCol = col + text.codePointCount(0, text.length()) - 1;
        char last = text.charAt(text.length() - 1);
        if (text.length() > 1 && text.charAt(0) == '0' && Character.isDigit(text.charAt(1)) && isAllDigitsOrUnderscore(text)
                && !text.replace("_", "").chars().allMatch(ch -> ch == '0')) {
            throw new PythonSyntaxException("SyntaxError",
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line, col + 1, line, col + 2);
        }
        if (text.equals("0") && Character.isDigit(next)) {
            int j = 1;
            while (Character.isDigit(_input.LA(j)) || _input.LA(j) == '_') {
                j++;
            }
            int after = _input.LA(j);
            if (after != '.' && after != 'e' && after != 'E' && after != 'j' && after != 'J') {
                throw new PythonSyntaxException("SyntaxError",
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line, col + 1, line, col + 2);
            }
        }
        if ((next == 'e' || next == 'E') && (_input.LA(2) == '+' || _input.LA(2) == '-')
                && !Character.isDigit(_input.LA(3)) && isDecimalWithoutExponent(text)) {
            // CPython's tokenizer has read the exponent's sign and finds no digit after it
            throw new PythonSyntaxException("SyntaxError", "invalid decimal literal", line, lastCol + 3, line, lastCol + 3);
        }
        if (next == CharStream.EOF || !isIdentifierChar(next)) {
            return;
        }
        if (text.equals("0") && (next == 'x' || next == 'X' || next == 'o' || next == 'O' || next == 'b' || next == 'B')) {
            String kind = switch (Character.toLowerCase((char) next)) {
                case 'x' -> "hexadecimal";
                case 'o' -> "octal";
                default -> "binary";
            };
            int digit = _input.LA(2);
            if (kind.equals("octal") && Character.isDigit(digit)) {
                throw new PythonSyntaxException("SyntaxError", "invalid digit '" + (char) digit + "' in octal literal",
                        line, col + 3, line, col + 3);
            }
            if (kind.equals("binary") && Character.isDigit(digit)) {
                throw new PythonSyntaxException("SyntaxError", "invalid digit '" + (char) digit + "' in binary literal",
                        line, col + 3, line, col + 3);
            }
            throw new PythonSyntaxException("SyntaxError", "invalid " + kind + " literal", line, col + 2, line, col + 2);
        }
        if (startsKeywordAllowedAfterNumber()) {
            return;
        }
        String kind;
        String lower = text.toLowerCase();
        if (lower.endsWith("j")) {
            kind = "imaginary";
        } else if (lower.startsWith("0x")) {
            kind = "hexadecimal";
        } else if (lower.startsWith("0o")) {
            kind = "octal";
        } else if (lower.startsWith("0b")) {
            kind = "binary";
        } else {
            kind = "decimal";
        }
        if (lower.startsWith("0o") && Character.isDigit(next)) {
            throw new PythonSyntaxException("SyntaxError", "invalid digit '" + (char) next + "' in octal literal",
                    line, lastCol + 2, line, lastCol + 2);
        }
        if (lower.startsWith("0b") && Character.isDigit(next)) {
            throw new PythonSyntaxException("SyntaxError", "invalid digit '" + (char) next + "' in binary literal",
                    line, lastCol + 2, line, lastCol + 2);
        }
        int errCol = (next == '_' && Character.isLetterOrDigit(last)) ? lastCol + 1 : lastCol;
        throw new PythonSyntaxException("SyntaxError", "invalid " + kind + " literal", line, errCol + 1, line, errCol + 1);
    }

    /** A decimal integer or a float with no exponent yet: one that an 'e' would continue. */
    private static boolean isDecimalWithoutExponent(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '_' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllDigitsOrUnderscore(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private boolean startsKeywordAllowedAfterNumber() {
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            boolean match = true;
            for (int i = 0; i < kw.length(); i++) {
                if (_input.LA(i + 1) != kw.charAt(i)) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** CPython 3.11 checks only ASCII here; a non-ASCII character starts the next token. */
    private static boolean isIdentifierChar(int c) {
        return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
    }

    /**
     * Called after the lexer matched a string prefix and its first quote: consumes the rest
     * of the literal (single- or triple-quoted), reporting an unterminated one as CPython does.
     */
    protected void scanString() {
        String head = getText();
        int quote = head.charAt(head.length() - 1);
        boolean triple = _input.LA(1) == quote && _input.LA(2) == quote;
        int line = _tokenStartLine;
        int col = _tokenStartCharPositionInLine;
        if (triple) {
            consumeChar();
            consumeChar();
            while (true) {
                int c = _input.LA(1);
                if (c == CharStream.EOF) {
                    int endLine = getLine();
                    if (getCharPositionInLine() == 0 && endLine > line) {
                        endLine--;
                    }
                    throw new PythonSyntaxException("SyntaxError",
                            "unterminated triple-quoted string literal (detected at line " + endLine + ")",
                            line, col + 1, line, col + 1);
                }
                if (c == '\\') {
                    consumeChar();
                    if (_input.LA(1) != CharStream.EOF) {
                        consumeChar();
                    }
                } else if (c == quote && _input.LA(2) == quote && _input.LA(3) == quote) {
                    consumeChar();
                    consumeChar();
                    consumeChar();
                    return;
                } else {
                    consumeChar();
                }
            }
        }
        while (true) {
            int c = _input.LA(1);
            if (c == CharStream.EOF || c == '\n' || c == '\r') {
                throw new PythonSyntaxException("SyntaxError",
                        "unterminated string literal (detected at line " + getLine() + ")",
                        line, col + 1, line, col + 1);
            }
            consumeChar();
            if (c == quote) {
                return;
            }
            if (c == '\\') {
                int n = _input.LA(1);
                if (n == CharStream.EOF) {
                    continue;
                }
                consumeChar();
                if (n == '\r' && _input.LA(1) == '\n') {
                    consumeChar();
                }
            }
        }
    }

    private void consumeChar() {
        getInterpreter().consume(_input);
    }

    /** The last significant token handed out so far (not NEWLINE/INDENT/DEDENT), or null. */
    protected Token lastSignificant() {
        return lastSignificant;
    }
}
