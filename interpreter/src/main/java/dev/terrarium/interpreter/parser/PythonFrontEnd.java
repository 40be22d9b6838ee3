package dev.terrarium.interpreter.parser;

import dev.terrarium.grammar.PythonLexer;
import dev.terrarium.grammar.PythonParser;
import dev.terrarium.grammar.PythonSyntaxException;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.Module;
import dev.terrarium.interpreter.ast.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The Python front end: source text to {@link Module} (CPython: _PyParser_ASTFromString
 * in "exec" mode). Tokenizes fully first, so that tokenizer errors and unclosed brackets
 * take precedence over a generic "invalid syntax" exactly as in CPython; then parses with
 * SLL prediction, falling back to full LL only if SLL fails; then builds the AST.
 */
public final class PythonFrontEnd {
    private PythonFrontEnd() {}

    /**
     * Parses a whole module.
     *
     * @throws PySyntaxError on any syntax, indentation or tab error, with CPython's message and position
     * @throws SourceTooComplexError when the nesting is too deep for the parser's stack
     */
    public static Module parse(String source, String filename) {
        try {
            return parseUnguarded(source, filename);
        } catch (StackOverflowError e) {
            throw new SourceTooComplexError();
        }
    }

    /**
     * Parses a module given as bytes, decoded by PEP 263 as {@code ast.parse(b)} does
     * (see {@link SourceDecoder}).
     *
     * @throws PySyntaxError on an encoding problem or any syntax error
     */
    public static Module parse(byte[] source, String filename) {
        return parse(SourceDecoder.decode(source, filename, SourceDecoder.Mode.BYTES), filename);
    }

    private static Module parseUnguarded(String source, String filename) {
        String text = normalizeNewlines(source);
        SourceText src = new SourceText(text);
        FrontEndErrors errors = new FrontEndErrors(src, filename);
        Lexed lexed = lex(text);
        PythonParser.File_inputContext tree;
        try {
            tree = parseTokens(lexed.tokens).file_input();
        } catch (Failure f) {
            throw new ParseErrorMapper(src, errors, lexed).map(f.cause, f.parser);
        }
        if (lexed.error != null) {
            throw fromLexer(errors, lexed.error);
        }
        return new AstBuilder(src, lexed.tokens, errors, 0, 0).module(tree);
    }

    /**
     * Parses the source of {@code eval()} (CPython's "eval" mode, {@code ast.Expression}):
     * one expression list, optionally followed by newlines. Leading spaces and tabs are the
     * caller's business, as in CPython, where the eval builtin strips them.
     *
     * @throws PySyntaxError on bad input
     * @throws SourceTooComplexError when the nesting is too deep for the parser's stack
     */
    public static Expr parseEval(String source, String filename) {
        try {
            String text = normalizeNewlines(source);
            SourceText src = new SourceText(text);
            FrontEndErrors errors = new FrontEndErrors(src, filename);
            Lexed lexed = lex(text);
            PythonParser.Eval_inputContext tree;
            try {
                tree = new TwoStage(lexed.tokens).eval_input();
            } catch (Failure f) {
                throw new ParseErrorMapper(src, errors, lexed).map(f.cause, f.parser);
            }
            if (lexed.error != null) {
                throw fromLexer(errors, lexed.error);
            }
            return new AstBuilder(src, lexed.tokens, errors, 0, 0).starExpressions(tree.star_expressions());
        } catch (StackOverflowError e) {
            throw new SourceTooComplexError();
        }
    }

    private static String normalizeNewlines(String s) {
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The token list of a source, cut short (with an EOF) at the first tokenizer error. */
    static final class Lexed {
        final List<Token> tokens;
        final PythonSyntaxException error;
        final Token unclosed;

        Lexed(List<Token> tokens, PythonSyntaxException error, Token unclosed) {
            this.tokens = tokens;
            this.error = error;
            this.unclosed = unclosed;
        }
    }

    static Lexed lex(String text) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<Token> tokens = new ArrayList<>();
        PythonSyntaxException error = null;
        try {
            while (true) {
                Token t = lexer.nextToken();
                tokens.add(t);
                if (t.getType() == Token.EOF) {
                    break;
                }
            }
        } catch (PythonSyntaxException e) {
            error = e;
            CommonToken eof = new CommonToken(Token.EOF, "<EOF>");
            Token last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            int index = last == null ? 0 : last.getStopIndex() + 1;
            eof.setStartIndex(index);
            eof.setStopIndex(index - 1);
            eof.setLine(last == null ? 1 : last.getLine());
            eof.setCharPositionInLine(last == null ? 0 : last.getCharPositionInLine() + Math.max(0, last.getStopIndex() - last.getStartIndex() + 1));
            tokens.add(eof);
        }
        return new Lexed(tokens, error, error == null ? lexer.unclosedBracket() : null);
    }

    /** A parse failure of the LL stage. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient RecognitionException cause;
        final transient PythonParser parser;

        Failure(RecognitionException cause, PythonParser parser) {
            super(null, null, false, false);
            this.cause = cause;
            this.parser = parser;
        }
    }

    /** A parser over the tokens whose start rule runs SLL first and LL on failure. */
    private static TwoStage parseTokens(List<Token> tokens) {
        return new TwoStage(tokens);
    }

    private static final class TwoStage {
        private final CommonTokenStream stream;
        private final PythonParser parser;

        TwoStage(List<Token> tokens) {
            stream = new CommonTokenStream(new ListTokenSource(tokens));
            parser = new PythonParser(stream);
            parser.removeErrorListeners();
            parser.setErrorHandler(new BailErrorStrategy());
            parser.setBuildParseTree(true);
        }

        PythonParser.File_inputContext file_input() {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            try {
                return parser.file_input();
            } catch (ParseCancellationException e) {
                stream.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                try {
                    return parser.file_input();
                } catch (ParseCancellationException e2) {
                    throw new Failure((RecognitionException) e2.getCause(), parser);
                }
            }
        }

        PythonParser.Eval_inputContext eval_input() {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            try {
                return parser.eval_input();
            } catch (ParseCancellationException e) {
                stream.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                try {
                    return parser.eval_input();
                } catch (ParseCancellationException e2) {
                    throw new Failure((RecognitionException) e2.getCause(), parser);
                }
            }
        }

        PythonParser.Fstring_inputContext fstring_input() {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            try {
                return parser.fstring_input();
            } catch (ParseCancellationException e) {
                stream.seek(0);
                parser.reset();
                parser.getInterpreter().setPredictionMode(PredictionMode.LL);
                try {
                    return parser.fstring_input();
                } catch (ParseCancellationException e2) {
                    throw new Failure((RecognitionException) e2.getCause(), parser);
                }
            }
        }
    }

    static PySyntaxError fromLexer(FrontEndErrors errors, PythonSyntaxException e) {
        return errors.at(e.kind, e.msg, e.lineno, e.offset, e.endLineno, e.endOffset);
    }

    /**
     * Parses the expression of an f-string replacement field, already wrapped in parentheses,
     * with positions shifted into the enclosing file (CPython: fstring_compile_expr).
     */
    static Expr parseFStringExpression(String text, FrontEndErrors errors, int lineShift, int colShift, Span token) {
        SourceText src = new SourceText(text);
        Lexed lexed = lex(text);
        if (lexed.error != null || lexed.unclosed != null) {
            throw errors.at("SyntaxError", "f-string: invalid syntax", token);
        }
        PythonParser.Fstring_inputContext tree;
        try {
            tree = new TwoStage(lexed.tokens).fstring_input();
        } catch (Failure f) {
            // CPython reports these in the coordinates of the parenthesised expression text.
            FrontEndErrors local = errors.forSource(src);
            PySyntaxError e = new ParseErrorMapper(src, local, lexed).map(f.cause, f.parser);
            throw local.at(e.kind(), "f-string: " + e.message(), e.lineno(), e.offset(), e.endLineno(), e.endOffset());
        }
        return new AstBuilder(src, lexed.tokens, errors, lineShift, colShift).starExpressions(tree.star_expressions());
    }
}
