package dev.terrarium.runtime.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Character names as {@code \N{...}} resolves them. */
class UnicodeNamesTest {

    @Test
    void listedNamesAnyCase() {
        assertEquals(0x2022, UnicodeNames.lookup("BULLET"));
        assertEquals(0x2022, UnicodeNames.lookup("bullet"));
        assertEquals(0x3B1, UnicodeNames.lookup("GREEK SMALL LETTER ALPHA"));
        assertEquals(-1, UnicodeNames.lookup(" BULLET"));
        assertEquals(-1, UnicodeNames.lookup("NO SUCH CHARACTER"));
        assertEquals(-1, UnicodeNames.lookup(""));
    }

    @Test
    void namesDerivedByRule() {
        assertEquals(0x6574, UnicodeNames.lookup("CJK UNIFIED IDEOGRAPH-6574"));
        assertEquals(0xF900, UnicodeNames.lookup("CJK COMPATIBILITY IDEOGRAPH-F900"));
        assertEquals(0xAC00, UnicodeNames.lookup("HANGUL SYLLABLE GA"));
        assertEquals(0xD7A3, UnicodeNames.lookup("HANGUL SYLLABLE HIH"));
        assertEquals(0xC548, UnicodeNames.lookup("HANGUL SYLLABLE AN"));
        // a hex value outside the block, and the JDK's own labels, are not names
        assertEquals(-1, UnicodeNames.lookup("CJK UNIFIED IDEOGRAPH-0041"));
        assertEquals(-1, UnicodeNames.lookup("CJK UNIFIED IDEOGRAPHS 6574"));
        assertEquals(-1, UnicodeNames.lookup("HANGUL SYLLABLE XX"));
    }
}
