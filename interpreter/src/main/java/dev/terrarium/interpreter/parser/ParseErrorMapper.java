package dev.terrarium.interpreter.parser;

import static dev.terrarium.grammar.PythonParser.*;

import dev.terrarium.grammar.PythonParser;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import java.util.List;

/**
 * Turns an ANTLR parse failure into the SyntaxError CPython would raise
 * (CPython: _PyPegen_set_syntax_error and the invalid_* rules of python.gram we mirror):
 * unexpected indent, missing indented block, missing ':', unclosed brackets, tokenizer
 * errors that override a generic "invalid syntax", and "invalid syntax" otherwise.
 */
final class ParseErrorMapper {
    private final SourceText src;
    private final FrontEndErrors errors;
    private final PythonFrontEnd.Lexed lexed;

    ParseErrorMapper(SourceText src, FrontEndErrors errors, PythonFrontEnd.Lexed lexed) {
        this.src = src;
        this.errors = errors;
        this.lexed = lexed;
    }

    PySyntaxError map(RecognitionException e, PythonParser parser) {
        Token off = e.getOffendingToken();
        if (off == null) {
            off = parser.getCurrentToken();
        }
        if (off.getType() == INDENT) {
            // raised without the full-source tokenizer check, so nothing overrides it
            return errors.at("IndentationError", "unexpected indent", off.getLine(), off.getCharPositionInLine(),
                    off.getLine(), -1);
        }
        // CPython then tokenizes the rest of the file: a tokenizer error there wins over any
        // parser error (except indentation errors, which its tokenizer reports without raising),
        // and so does an unclosed bracket opened on an earlier line.
        if (lexed.error != null && (off.getType() == Token.EOF || lexed.error.kind.equals("SyntaxError"))) {
            return PythonFrontEnd.fromLexer(errors, lexed.error);
        }
        if (lexed.unclosed != null && (off.getType() == Token.EOF || lookaheadReachesEof(off)
                || lexed.unclosed.getStartIndex() == off.getStartIndex())) {
            // CPython's error pass parses on into the bracket and meets the end of input there
            return neverClosed(lexed.unclosed);
        }
        PySyntaxError found = specific(e, parser, off);
        if (found == null) {
            found = generic(off);
        }
        if (lexed.unclosed != null && lexed.unclosed.getLine() < found.lineno()) {
            return neverClosed(lexed.unclosed);
        }
        return found;
    }

    private PySyntaxError neverClosed(Token open) {
        int col = open.getCharPositionInLine();
        return errors.at("SyntaxError", "'" + open.getText() + "' was never closed", open.getLine(), col + 1,
                open.getLine(), 0);
    }

    private PySyntaxError generic(Token off) {
        int line = off.getLine();
        int col = off.getCharPositionInLine();
        int len = off.getStopIndex() - off.getStartIndex() + 1;
        int type = off.getType();
        if (type == NEWLINE || type == Token.EOF || type == DEDENT || type == INDENT || len < 0) {
            len = 0;
        }
        return errors.at("SyntaxError", "invalid syntax", line, col + 1, line, col + 1 + len);
    }

    private PySyntaxError specific(RecognitionException e, PythonParser parser, Token off) {
        int type = off.getType();
        ParserRuleContext ctx = (ParserRuleContext) e.getCtx();
        Token prev = previous(parser, off);
        if (prev != null && prev.getType() == NAME && (prev.getText().equals("print") || prev.getText().equals("exec"))
                && startsExpression(type)) {
            return legacyStatement(parser, prev, off);
        }
        PySyntaxError exceptStar = exceptStarMix(ctx, parser, prev, off);
        if (exceptStar != null) {
            return exceptStar;
        }
        IntervalSet expected = expected(e, parser);
        if (prev != null && prev.getType() == NEWLINE) {
            PySyntaxError indent = expectedBlock(parser, off, prev);
            if (indent != null) {
                return indent;
            }
        }
        if (expected != null && expected.contains(COLON) && type != COLON && forcesColon(ctx, prev)) {
            // python.gram's &&':' (def, try, else, finally): any other token is "expected ':'"
            int col = off.getCharPositionInLine();
            return errors.at("SyntaxError", "expected ':'", off.getLine(), col + 1, off.getLine(), col + 1);
        }
        if (prev != null && prev.getType() == EXCEPT && type == NEWLINE) {
            int col = off.getCharPositionInLine();
            return errors.at("SyntaxError", "expected ':'", off.getLine(), col + 1, off.getLine(), col + 1);
        }
        if (type == NEWLINE && expected != null && expected.contains(COLON) && isCompoundHeader(ctx)) {
            int col = off.getCharPositionInLine();
            return errors.at("SyntaxError", "expected ':'", off.getLine(), col + 1, off.getLine(), col + 1);
        }
        if (within(ctx, Import_from_targetsContext.class) && type == NEWLINE && prev != null && prev.getType() == COMMA) {
            int col = off.getCharPositionInLine();
            return errors.at("SyntaxError", "trailing comma not allowed without surrounding parentheses",
                    off.getLine(), col + 1, off.getLine(), col + 1);
        }
        if (ctx instanceof Function_defContext && expected != null && expected.contains(LPAR) && type != LPAR) {
            int col = off.getCharPositionInLine();
            return errors.at("SyntaxError", "expected '('", off.getLine(), col + 1, off.getLine(), col + 1);
        }
        if (ctx instanceof ExpressionContext ex && ex.IF() != null && expected != null && expected.contains(ELSE)
                && prev != null) {
            int endCol = prev.getCharPositionInLine() + prev.getStopIndex() - prev.getStartIndex() + 1;
            return errors.at("SyntaxError", "expected 'else' after 'if' expression", ex.getStart().getLine(),
                    ex.getStart().getCharPositionInLine() + 1, prev.getLine(), endCol + 1);
        }
        if (type == EQUAL && prev != null) {
            int col = prev.getCharPositionInLine();
            int endCol = off.getCharPositionInLine() + 1;
            if (prev.getType() == NAME && endsNamedExpressionOfOneName(ctx, prev)) {
                return errors.at("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        prev.getLine(), col + 1, off.getLine(), endCol + 1);
            }
            if ((prev.getType() == TRUE || prev.getType() == FALSE || prev.getType() == NONE)
                    && (within(ctx, ArgumentsContext.class) || ctx instanceof CallContext
                        || ctx instanceof Class_defContext)) {
                return errors.at("SyntaxError", "cannot assign to " + prev.getText(), prev.getLine(), col + 1,
                        prev.getLine(), col + 1 + prev.getText().length());
            }
        }
        if (ctx instanceof Dict_itemContext item && item.COLON() == null && item.DOUBLESTAR() == null) {
            Token key = item.getStart();
            int col = key.getCharPositionInLine();
            return errors.at("SyntaxError", "':' expected after dictionary key", key.getLine(), col + 1, key.getLine(), 0);
        }
        if (ctx instanceof Try_stmtContext && type != EXCEPT && type != FINALLY) {
            String msg = "expected 'except' or 'finally' block";
            if (type == Token.EOF) {
                Token at = lastBefore(parser, off, NEWLINE);
                at = at == null ? off : at;
                int col = at.getCharPositionInLine();
                return errors.at("SyntaxError", msg, at.getLine(), col + 1, at.getLine(), -1);
            }
            Token at = firstReal(off);
            int col = at.getCharPositionInLine();
            return errors.at("SyntaxError", msg, at.getLine(), col + 1, at.getLine(), col + 1 + length(at));
        }
        if (inBrackets(parser, off) && endsExpression(prev) && startsExpression(type)
                && !(prev.getType() == NAME && type == STRING)
                && !(lexed.unclosed != null && lookaheadReachesEof(off))) {
            Token start = expressionStart(parser, prev);
            int endCol = off.getCharPositionInLine() + Math.max(0, off.getStopIndex() - off.getStartIndex() + 1);
            return errors.at("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", start.getLine(),
                    start.getCharPositionInLine() + 1, off.getLine(), endCol + 1);
        }
        return null;
    }

    /**
     * Whether the construct parsed just before the failure is a named_expression made of the
     * single name {@code name} (CPython's invalid_named_expression applies only there).
     */
    private static boolean endsNamedExpressionOfOneName(ParserRuleContext ctx, Token name) {
        ParserRuleContext c = ctx;
        while (c != null && c.getChildCount() > 0) {
            if (c instanceof Named_expressionContext && c.getStart() == name && c.getStop() == name) {
                return true;
            }
            var last = c.getChild(c.getChildCount() - 1);
            if (!(last instanceof ParserRuleContext p) || p.getStop() != name) {
                return false;
            }
            c = p;
        }
        return false;
    }

    /**
     * python.gram's invalid_try_stmt and invalid_except_stmt for except*: {@code except} and
     * {@code except*} clauses on one try, and {@code except*} without a type.
     */
    private PySyntaxError exceptStarMix(ParserRuleContext ctx, PythonParser parser, Token prev, Token off) {
        if (prev == null) {
            return null;
        }
        int type = off.getType();
        if (prev.getType() == STAR && (type == COLON || type == NEWLINE)) {
            Token before = previous(parser, prev);
            if (before != null && before.getType() == EXCEPT) {
                int col = off.getCharPositionInLine();
                return errors.at("SyntaxError", "expected one or more exception types", off.getLine(), col + 1,
                        off.getLine(), col + 1);
            }
        }
        if (prev.getType() != EXCEPT) {
            return null;
        }
        Try_stmtContext tryStmt = null;
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof Try_stmtContext t) {
                tryStmt = t;
                break;
            }
        }
        if (tryStmt == null) {
            return null;
        }
        String message = "cannot have both 'except' and 'except*' on the same 'try'";
        int line = prev.getLine();
        int col = prev.getCharPositionInLine();
        if (type == STAR && !tryStmt.except_block().isEmpty()) {
            return errors.at("SyntaxError", message, line, col + 1, off.getLine(),
                    off.getCharPositionInLine() + 2);
        }
        if (type != STAR && !tryStmt.except_star_block().isEmpty()) {
            return errors.at("SyntaxError", message, line, col + 1, line, col + 1 + "except".length());
        }
        return null;
    }

    private static boolean within(ParserRuleContext ctx, Class<? extends ParserRuleContext> kind) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (kind.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether CPython's error pass would have read up to the end of input after {@code off}
     * (making its tokenizer report the unclosed bracket instead): the next token is the end,
     * or {@code off} (or the token after it) is an '=' followed by the rest of the input.
     */
    private boolean lookaheadReachesEof(Token off) {
        List<Token> tokens = lexed.tokens;
        int i = off.getTokenIndex() + 1;
        if (i >= tokens.size() || tokens.get(i).getType() == Token.EOF) {
            return true;
        }
        int eq = off.getType() == EQUAL ? off.getTokenIndex() : tokens.get(i).getType() == EQUAL ? i : -1;
        if (eq < 0) {
            return false;
        }
        for (int k = eq + 1; k < tokens.size(); k++) {
            int t = tokens.get(k).getType();
            if (t == EQUAL || t == NEWLINE) {
                return false;
            }
        }
        return true;
    }

    private static Token lastBefore(PythonParser parser, Token off, int type) {
        var stream = parser.getTokenStream();
        for (int i = off.getTokenIndex() - 1; i >= 0; i--) {
            if (stream.get(i).getType() == type) {
                return stream.get(i);
            }
        }
        return null;
    }

    /** Whether {@code off} lies inside an open bracket (CPython: token level > 0). */
    private static boolean inBrackets(PythonParser parser, Token off) {
        var stream = parser.getTokenStream();
        int depth = 0;
        for (int i = off.getTokenIndex() - 1; i >= 0; i--) {
            int t = stream.get(i).getType();
            if (t == RPAR || t == RSQB || t == RBRACE) {
                depth++;
            } else if (t == LPAR || t == LSQB || t == LBRACE) {
                if (depth == 0) {
                    return true;
                }
                depth--;
            } else if (t == NEWLINE && depth == 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsExpression(Token t) {
        if (t == null) {
            return false;
        }
        return switch (t.getType()) {
            case NAME, NUMBER, STRING, RPAR, RSQB, RBRACE, TRUE, FALSE, NONE, ELLIPSIS -> true;
            default -> false;
        };
    }

    /**
     * Walks back from the last token of an expression to the first token of the disjunction
     * it ends (CPython's invalid_expression reports the range from there): back over whole
     * bracketed groups and operators, stopping at a comma, an unmatched opening bracket, or a
     * token that cannot be inside a disjunction.
     */
    private static Token expressionStart(PythonParser parser, Token last) {
        var stream = parser.getTokenStream();
        int i = last.getTokenIndex();
        int start = i;
        while (i >= 0) {
            int t = stream.get(i).getType();
            if (t == RPAR || t == RSQB || t == RBRACE) {
                int depth = 0;
                for (; i >= 0; i--) {
                    int u = stream.get(i).getType();
                    if (u == RPAR || u == RSQB || u == RBRACE) {
                        depth++;
                    } else if (u == LPAR || u == LSQB || u == LBRACE) {
                        depth--;
                        if (depth == 0) {
                            break;
                        }
                    }
                }
                start = Math.max(i, 0);
                i--;
                continue;
            }
            if (!insideDisjunction(t)) {
                break;
            }
            start = i;
            i--;
        }
        return stream.get(start);
    }

    private static boolean insideDisjunction(int type) {
        return switch (type) {
            case NAME, NUMBER, STRING, TRUE, FALSE, NONE, ELLIPSIS, MATCH, CASE, DOT, PLUS, MINUS, STAR, SLASH,
                    DOUBLESLASH, PERCENT, AT, DOUBLESTAR, TILDE, VBAR, CIRCUMFLEX, AMPER, LEFTSHIFT, RIGHTSHIFT,
                    EQEQUAL, NOTEQUAL, LESS, GREATER, LESSEQUAL, GREATEREQUAL, NOT, IN, IS, AND, OR, AWAIT -> true;
            default -> false;
        };
    }

    /** {@code t}, or the first token after it that is not a DEDENT. */
    private Token firstReal(Token t) {
        int i = t.getTokenIndex();
        while (i < lexed.tokens.size() && lexed.tokens.get(i).getType() == DEDENT) {
            i++;
        }
        return i < lexed.tokens.size() ? lexed.tokens.get(i) : t;
    }

    private static int length(Token t) {
        int type = t.getType();
        if (type == NEWLINE || type == Token.EOF || type == INDENT || type == DEDENT) {
            return 0;
        }
        return Math.max(0, t.getStopIndex() - t.getStartIndex() + 1);
    }

    private static boolean startsExpression(int type) {
        return switch (type) {
            case NAME, NUMBER, STRING, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, STAR, TRUE, FALSE, NONE, ELLIPSIS,
                    LAMBDA, AWAIT, MATCH, CASE -> true;
            default -> false;
        };
    }

    /** CPython's invalid_legacy_expression: {@code print x} / {@code exec x}. */
    private PySyntaxError legacyStatement(PythonParser parser, Token name, Token off) {
        Token last = off;
        for (int i = off.getTokenIndex(); i < lexed.tokens.size(); i++) {
            Token t = lexed.tokens.get(i);
            if (t.getType() == NEWLINE || t.getType() == Token.EOF || t.getType() == SEMI) {
                break;
            }
            last = t;
        }
        int endLine = src.lineOf(last.getStopIndex());
        int endCol = last.getStopIndex() + 1 - src.lineStart(endLine);
        String n = name.getText();
        return errors.at("SyntaxError", "Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?",
                name.getLine(), name.getCharPositionInLine() + 1, endLine, endCol + 1);
    }

    private static IntervalSet expected(RecognitionException e, PythonParser parser) {
        try {
            if (e instanceof NoViableAltException) {
                return null;
            }
            return e.getExpectedTokens();
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static Token previous(PythonParser parser, Token off) {
        int i = off.getTokenIndex() - 1;
        if (i < 0) {
            return null;
        }
        return parser.getTokenStream().get(i);
    }

    /** Headers whose ':' python.gram forces with {@code &&':'}. */
    private static boolean forcesColon(ParserRuleContext ctx, Token prev) {
        if (ctx instanceof Function_defContext f) {
            return f.RPAR() != null;
        }
        if (ctx instanceof Try_stmtContext || ctx instanceof Else_blockContext || ctx instanceof Finally_blockContext) {
            return prev != null && (prev.getType() == TRY || prev.getType() == ELSE || prev.getType() == FINALLY);
        }
        return false;
    }

    private static boolean isCompoundHeader(ParserRuleContext ctx) {
        return ctx instanceof If_stmtContext || ctx instanceof Elif_clauseContext || ctx instanceof Else_blockContext
                || ctx instanceof While_stmtContext || ctx instanceof For_stmtContext || ctx instanceof With_stmtContext
                || ctx instanceof Try_stmtContext || ctx instanceof Except_blockContext
                || ctx instanceof Except_star_blockContext || ctx instanceof Finally_blockContext
                || ctx instanceof Function_defContext || ctx instanceof Class_defContext
                || ctx instanceof Match_stmtContext || ctx instanceof Case_blockContext;
    }

    /**
     * "expected an indented block after 'if' statement on line N" and its siblings: a header
     * line ending in ':' followed by a line that is not indented. The statement kind comes
     * from the first token of the header's logical line.
     */
    private PySyntaxError expectedBlock(PythonParser parser, Token off, Token newline) {
        List<Token> tokens = lexed.tokens;
        int colon = newline.getTokenIndex() - 1;
        if (colon < 0 || tokens.get(colon).getType() != COLON) {
            return null;
        }
        int i = colon;
        while (i > 0) {
            int t = tokens.get(i - 1).getType();
            if (t == NEWLINE || t == INDENT || t == DEDENT) {
                break;
            }
            i--;
        }
        Token kw = tokens.get(i);
        if (kw.getType() == ASYNC && i + 1 < colon) {
            kw = tokens.get(i + 1);
        }
        String what = switch (kw.getType()) {
            case IF -> "'if' statement";
            case ELIF -> "'elif' statement";
            case ELSE -> "'else' statement";
            case WHILE -> "'while' statement";
            case FOR -> "'for' statement";
            case WITH -> "'with' statement";
            case TRY -> "'try' statement";
            case EXCEPT -> i + 1 < colon && tokens.get(i + 1).getType() == STAR ? "'except*' statement" : "'except' statement";
            case FINALLY -> "'finally' statement";
            case DEF -> "function definition";
            case CLASS -> "class definition";
            case MATCH -> "'match' statement";
            case CASE -> "'case' statement";
            default -> null;
        };
        if (what == null) {
            return null;
        }
        String msg = "expected an indented block after " + what + " on line " + kw.getLine();
        if (off.getType() == DEDENT && firstReal(off).getType() == Token.EOF) {
            off = firstReal(off); // DEDENTs closing the input stand where the input ends
        }
        if (off.getType() == Token.EOF && off.getCharPositionInLine() > 0) {
            // input ends on a line of its own holding only blanks or a comment: CPython points there
            int col = off.getCharPositionInLine();
            return errors.at("IndentationError", msg, off.getLine(), col + 1, off.getLine(), -1);
        }
        if (off.getType() == Token.EOF) {
            int col = newline.getCharPositionInLine();
            return errors.at("IndentationError", msg, newline.getLine(), col + 1, newline.getLine(), -1);
        }
        if (off.getType() == DEDENT) {
            // CPython's DEDENT token has no column: offset 0
            return errors.at("IndentationError", msg, off.getLine(), 0, off.getLine(), -1);
        }
        int col = off.getCharPositionInLine();
        int len = Math.max(0, off.getStopIndex() - off.getStartIndex() + 1);
        return errors.at("IndentationError", msg, off.getLine(), col + 1, off.getLine(), col + 1 + len);
    }

}
