package dev.terrarium.interpreter.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** PEP 263 source decoding, with CPython's wording of each failure. */
class SourceDecoderTest {

    private static String decode(byte[] b, SourceDecoder.Mode mode) {
        return SourceDecoder.decode(b, "x.py", mode);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void utf8IsTheDefaultAndABomIsDropped() {
        assertEquals("x = 'é'\n", decode("x = 'é'\n".getBytes(StandardCharsets.UTF_8), SourceDecoder.Mode.FILE));
        byte[] bom = "\ufeffx = 1\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("x = 1\n", decode(bom, SourceDecoder.Mode.FILE));
    }

    @Test
    void aCodingDeclarationOnLineOneOrTwoChoosesTheCodec() {
        assertEquals("# -*- coding: latin-1 -*-\nx = 'é'\n",
                decode(latin1("# -*- coding: latin-1 -*-\nx = 'é'\n"), SourceDecoder.Mode.FILE));
        assertEquals("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = '€'\n",
                decode("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = '\u00a4'\n"
                        .getBytes(StandardCharsets.ISO_8859_1), SourceDecoder.Mode.FILE));
        // not a comment on line 1: line 2 is not looked at, so the bytes must be UTF-8
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> decode(latin1("x = 1\n# coding: latin-1\ny = 'é'\n"), SourceDecoder.Mode.FILE));
        assertEquals("Non-UTF-8 code starting with '\\xe9' in file x.py on line 3, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details", e.message());
    }

    @Test
    void unknownCodecsAndBomConflictsAreSyntaxErrors() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> decode(latin1("# coding: uft-8\n"), SourceDecoder.Mode.BYTES));
        assertEquals("unknown encoding: uft-8", e.message());
        assertEquals(0, e.lineno());
        e = assertThrows(PySyntaxError.class, () -> decode(latin1("# coding: uft-8\n"), SourceDecoder.Mode.FILE));
        assertEquals("encoding problem: uft-8", e.message());
        byte[] bom = "\ufeff#coding: utf8\n".getBytes(StandardCharsets.UTF_8);
        e = assertThrows(PySyntaxError.class, () -> decode(bom, SourceDecoder.Mode.BYTES));
        assertEquals("encoding problem: utf8 with BOM", e.message());
    }

    @Test
    void codecNamesAreNormalizedAsCPythonDoes() {
        assertEquals("utf-8", SourceDecoder.normalName("UTF_8"));
        assertEquals("utf-8", SourceDecoder.normalName("utf-8-unix"));
        assertEquals("iso-8859-1", SourceDecoder.normalName("Latin-1"));
        assertEquals("utf8", SourceDecoder.normalName("utf8"));
        assertEquals("KOI8-R", SourceDecoder.lookup("koi8_r").name());
        assertEquals("windows-1252", SourceDecoder.lookup("cp1252").name());
        assertEquals("ISO-8859-15", SourceDecoder.lookup("iso8859_15").name());
        assertEquals(null, SourceDecoder.lookup("no-such-codec"));
    }
}
