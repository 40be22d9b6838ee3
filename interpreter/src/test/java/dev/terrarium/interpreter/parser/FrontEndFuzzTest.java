package dev.terrarium.interpreter.parser;

import dev.terrarium.interpreter.ast.Module;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The front end never crashes: whatever the input, {@link PythonFrontEnd#parse} returns a
 * {@link Module}, or raises a {@link PySyntaxError}, or {@link SourceTooComplexError} for
 * nesting beyond CPython's limits. Anything else (NullPointerException, IndexOutOfBounds,
 * ClassCastException, StackOverflowError, an ANTLR exception) is a bug of the front end.
 *
 * <p>Inputs are random soups of Python tokens, and real sources (the embedded oracle snippets
 * and a fixed sample of CPython's standard library, when python3 is present) with random
 * characters and lines deleted, inserted, swapped or duplicated. Seeds are fixed, so a run is
 * reproducible, and tries are bounded to keep the whole class to a few seconds.
 */
class FrontEndFuzzTest {

    /** Pieces of Python source: keywords, names, literals, operators, brackets and layout. */
    private static final List<String> TOKENS = List.of(
            "if ", "elif ", "else", "while ", "for ", " in ", "def ", "class ", "return ", "yield ", "yield from ",
            "lambda ", "lambda x: ", "try", "except ", "except* ", "finally", "with ", " as ", "import ", "from ",
            "global ", "nonlocal ", "pass", "break", "continue", "raise ", "del ", "assert ", "async ", "await ",
            "match ", "case ", "_", " and ", " or ", "not ", " is ", "None", "True", "False", "print",
            "x", "y", "é", "self", "__debug__",
            "0", "1", "42", "0x1f", "0o7", "0b1", "1.5", "1e10", "1e", "1_000", "3j", "09", "1__0",
            "'s'", "\"s\"", "'''doc'''", "\"\"\"doc", "b'b'", "r'\\d'", "f'{x}'", "f'{x!r:>{w}}'", "f'{", "f'}'",
            "'unterminated", "u'x'", "rb\"x\"",
            "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "=", "==", "!=", ":=", "->", "+", "-", "*",
            "**", "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "<=", ">=", "+=", "-=", "**=",
            "!", "$", "?", "\\", "#comment",
            " ", " ", " ", "\n", "\n", "\n", "    ", "  ", "\t", "\\\n", "\f", "\r\n", "\r");

    /** The pieces token soups are made of. */
    static List<String> tokens() {
        return TOKENS;
    }

    @Property(tries = 400, seed = "20261128")
    void tokenSoupsNeverCrashTheFrontEnd(@ForAll("tokenSoups") String source) {
        assertOnlySyntaxOutcomes(source);
    }

    @Provide
    Arbitrary<String> tokenSoups() {
        return Arbitraries.of(TOKENS).list().ofMinSize(0).ofMaxSize(80).map(pieces -> String.join("", pieces));
    }

    @Property(tries = 400, seed = "3110")
    void mutatedSnippetsNeverCrashTheFrontEnd(@ForAll("mutatedSnippets") String source) {
        assertOnlySyntaxOutcomes(source);
    }

    @Provide
    Arbitrary<String> mutatedSnippets() {
        List<String> snippets = FrontEndOracleTest.SNIPPETS.stream().filter(s -> !s.isEmpty()).toList();
        return mutated(Arbitraries.of(snippets));
    }

    @Property(tries = 200, seed = "1991")
    void mutatedStandardLibraryFilesNeverCrashTheFrontEnd(@ForAll("mutatedLibraryFiles") String source) {
        assertOnlySyntaxOutcomes(source);
    }

    @Provide
    Arbitrary<String> mutatedLibraryFiles() {
        List<String> files = libraryFiles();
        if (files.isEmpty()) {
            // no CPython here: the embedded snippets, joined into files of some length
            files = List.of(String.join("\n", FrontEndOracleTest.SNIPPETS));
        }
        return mutated(Arbitraries.of(files));
    }

    /** The source, or a mutation of it: a few edits of characters or whole lines. */
    static Arbitrary<String> mutated(Arbitrary<String> sources) {
        Arbitrary<Edit> edit = Combinators.combine(
                Arbitraries.of(EditKind.values()),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.of(TOKENS))
                .as(Edit::new);
        return Combinators.combine(sources, edit.list().ofMinSize(1).ofMaxSize(6)).as(FrontEndFuzzTest::apply);
    }

    enum EditKind { DELETE_CHAR, INSERT_TOKEN, SWAP_CHARS, DUPLICATE_CHAR, DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, INDENT_LINE }

    /** One edit; {@code where} and {@code other} pick positions as fractions of the text. */
    record Edit(EditKind kind, double where, double other, String token) {}

    static String apply(String source, List<Edit> edits) {
        String s = source;
        for (Edit e : edits) {
            s = apply(s, e);
        }
        return s;
    }

    private static String apply(String s, Edit e) {
        int n = s.length();
        int at = (int) (e.where() * n);
        int other = (int) (e.other() * n);
        switch (e.kind()) {
            case DELETE_CHAR:
                return n == 0 ? s : s.substring(0, Math.min(at, n - 1)) + s.substring(Math.min(at, n - 1) + 1);
            case INSERT_TOKEN:
                return s.substring(0, at) + e.token() + s.substring(at);
            case SWAP_CHARS: {
                if (n < 2) {
                    return s;
                }
                char[] c = s.toCharArray();
                int i = Math.min(at, n - 1);
                int j = Math.min(other, n - 1);
                char t = c[i];
                c[i] = c[j];
                c[j] = t;
                return new String(c);
            }
            case DUPLICATE_CHAR:
                return n == 0 ? s : s.substring(0, Math.min(at, n - 1) + 1) + s.substring(Math.min(at, n - 1));
            default:
                return applyToLines(s, e);
        }
    }

    private static String applyToLines(String s, Edit e) {
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        int i = Math.min((int) (e.where() * lines.size()), lines.size() - 1);
        int j = Math.min((int) (e.other() * lines.size()), lines.size() - 1);
        switch (e.kind()) {
            case DELETE_LINE -> lines.remove(i);
            case DUPLICATE_LINE -> lines.add(i, lines.get(i));
            case SWAP_LINES -> {
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
            default -> lines.set(i, (e.other() < 0.5 ? "\t" : "  ") + lines.get(i));
        }
        return String.join("\n", lines);
    }

    /** The only outcomes allowed: an AST, a SyntaxError (or subclass), or CPython's nesting limits. */
    static void assertOnlySyntaxOutcomes(String source) {
        try {
            Module m = PythonFrontEnd.parse(source, "<fuzz>");
            if (m == null) {
                throw new AssertionError("no module for:\n" + source);
            }
        } catch (PySyntaxError e) {
            if (e.lineno() < 1 || e.message() == null || e.message().isEmpty()) {
                throw new AssertionError("malformed " + e.kind() + " (" + e.message() + ", line " + e.lineno()
                        + ") for:\n" + source, e);
            }
        } catch (SourceTooComplexError e) {
            // CPython's RecursionError / MemoryError for sources nested too deeply
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("front end crashed with " + e + " on:\n" + source, e);
        }
    }

    private static List<String> cachedLibraryFiles;

    /** A fixed sample of the standard library's smaller modules, or none without python3. */
    static synchronized List<String> libraryFiles() {
        if (cachedLibraryFiles != null) {
            return cachedLibraryFiles;
        }
        List<String> files = new ArrayList<>();
        try {
            Path dir = CPythonOracle.stdlibDir();
            if (!dir.toString().isEmpty() && Files.isDirectory(dir)) {
                try (Stream<Path> paths = Files.list(dir)) {
                    for (Path p : paths.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                        long size = Files.size(p);
                        if (size > 500 && size < 12_000 && files.size() < 40) {
                            files.add(Files.readString(p, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            files.clear(); // no usable CPython installation: the caller falls back to snippets
        }
        cachedLibraryFiles = List.copyOf(files);
        return cachedLibraryFiles;
    }
}
