package dev.terrarium.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** NEWLINE / INDENT / DEDENT placement and tokenizer errors, by the rules of CPython's tokenizer. */
class PythonLexerLayoutTest {

    /** The token stream as symbolic names; names and numbers are abbreviated to their text. */
    private static String tokens(String src) {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString(src));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        while (true) {
            Token t = lexer.nextToken();
            if (t.getType() == Token.EOF) {
                break;
            }
            String name = PythonLexer.VOCABULARY.getSymbolicName(t.getType());
            out.add(name.equals("NAME") || name.equals("NUMBER") ? t.getText() : name);
        }
        return String.join(" ", out);
    }

    private static PythonSyntaxException error(String src) {
        return assertThrows(PythonSyntaxException.class, () -> tokens(src));
    }

    @Test
    void simpleBlockIndentsAndDedents() {
        assertEquals("IF x COLON NEWLINE INDENT y NEWLINE DEDENT z NEWLINE", tokens("if x:\n    y\nz\n"));
    }

    @Test
    void severalLevelsCloseAtOnce() {
        assertEquals("IF a COLON NEWLINE INDENT IF b COLON NEWLINE INDENT c NEWLINE DEDENT DEDENT d NEWLINE",
                tokens("if a:\n  if b:\n      c\nd\n"));
    }

    @Test
    void endOfInputClosesLineAndBlocks() {
        assertEquals("IF a COLON NEWLINE INDENT IF b COLON NEWLINE INDENT c NEWLINE DEDENT DEDENT",
                tokens("if a:\n  if b:\n    c"));
    }

    @Test
    void blankAndCommentLinesAreIgnoredWhateverTheirIndentation() {
        assertEquals("IF a COLON NEWLINE INDENT b NEWLINE c NEWLINE DEDENT",
                tokens("if a:\n    b\n\n  # comment\n        \n# another\n    c\n"));
    }

    @Test
    void lineBreaksInsideBracketsAreNotNewlines() {
        assertEquals("x EQUAL LPAR 1 COMMA 2 RPAR NEWLINE y NEWLINE", tokens("x = (1,\n  2)\ny\n"));
        assertEquals("x EQUAL LSQB 1 COMMA LBRACE 2 COLON 3 RBRACE RSQB NEWLINE",
                tokens("x = [1,\n# c\n\n{2:\n3}]\n"));
    }

    @Test
    void backslashJoinsLinesWithoutIndentation() {
        assertEquals("IF a COLON NEWLINE INDENT x EQUAL 1 PLUS 2 NEWLINE DEDENT",
                tokens("if a:\n    x = 1 + \\\n2\n"));
    }

    @Test
    void tabsAdvanceToMultiplesOfEight() {
        // a tab and eight spaces are the same column when used consistently per level
        assertEquals("IF a COLON NEWLINE INDENT b NEWLINE c NEWLINE DEDENT", tokens("if a:\n\tb\n\tc\n"));
    }

    @Test
    void inconsistentTabsAndSpacesAreTabError() {
        PythonSyntaxException e = error("if x:\n\ta\n        b\n");
        assertEquals("TabError", e.kind);
        assertEquals("inconsistent use of tabs and spaces in indentation", e.msg);
        assertEquals(3, e.lineno);
    }

    @Test
    void dedentToUnknownLevel() {
        PythonSyntaxException e = error("if x:\n    a\n  b\n");
        assertEquals("IndentationError", e.kind);
        assertEquals("unindent does not match any outer indentation level", e.msg);
        assertEquals(3, e.lineno);
        assertEquals(4, e.offset);
    }

    @Test
    void indentationIsCheckedBeforeTheLinesFirstToken() {
        // CPython measures indentation first, so this is not "invalid decimal literal"
        PythonSyntaxException e = error("if x:\n    a\n 1e = 2\n");
        assertEquals("unindent does not match any outer indentation level", e.msg);
    }

    @Test
    void formFeedResetsTheColumn() {
        assertEquals("IF a COLON NEWLINE INDENT b NEWLINE c NEWLINE DEDENT", tokens("if a:\n    b\n  \f    c\n"));
    }

    @Test
    void unexpectedIndentIsLeftToTheParser() {
        assertEquals("INDENT x NEWLINE DEDENT", tokens("  x\n"));
    }

    @Test
    void unclosedBracketEndsTheStreamAndIsRecorded() {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString("x = (1,\n"));
        while (lexer.nextToken().getType() != Token.EOF) {
            // drain
        }
        assertNotNull(lexer.unclosedBracket());
        assertEquals("(", lexer.unclosedBracket().getText());
        assertEquals(5, lexer.unclosedBracket().getCharPositionInLine() + 1);
    }

    @Test
    void closedBracketsLeaveNothingRecorded() {
        PythonLexer lexer = new PythonLexer(CharStreams.fromString("x = (1,)\n"));
        while (lexer.nextToken().getType() != Token.EOF) {
            // drain
        }
        assertNull(lexer.unclosedBracket());
    }

    @Test
    void stringsAreSingleTokensWithAnyPrefix() {
        assertEquals("STRING STRING STRING STRING STRING NEWLINE",
                tokens("rb'a' F\"b\" '''c\n''' Rb\"\"\"d\"\"\" u'\\''\n"));
        assertEquals("x EQUAL STRING NEWLINE", tokens("x = 'a\\\nb'\n"));
    }

    @Test
    void softKeywordsAreTheirOwnTokens() {
        assertEquals("MATCH x COLON NEWLINE", tokens("match x:\n"));
        assertEquals("matches EQUAL CASE NEWLINE", tokens("matches = case\n"));
    }

    @Test
    void unterminatedStrings() {
        PythonSyntaxException e = error("x = 'abc\n");
        assertEquals("unterminated string literal (detected at line 1)", e.msg);
        assertEquals(5, e.offset);
        e = error("x = '''abc\nd\n");
        assertEquals("unterminated triple-quoted string literal (detected at line 2)", e.msg);
        assertEquals(1, e.lineno);
    }

    @Test
    void numbersMayNotRunIntoNames() {
        assertEquals("invalid decimal literal", error("1abc").msg);
        assertEquals("invalid hexadecimal literal", error("0x1g").msg);
        assertEquals("invalid imaginary literal", error("5jx").msg);
        assertEquals("1 IF x ELSE y NEWLINE", tokens("1if x else y\n"));
    }

    @Test
    void bracketMismatch() {
        assertEquals("unmatched ')'", error("x = )").msg);
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('", error("(]").msg);
        assertEquals("closing parenthesis ']' does not match opening parenthesis '(' on line 1", error("(\n]").msg);
    }
}
