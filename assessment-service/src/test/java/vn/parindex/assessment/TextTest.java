package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void vietnameseTextTabsAndLineBreaksAndEmojiPass() {
        assertNull(Text.fault("Sở Nội vụ tỉnh Bắc Giang\tdòng 1\r\ndòng 2 😀"));
        assertNull(Text.fault(""));
        assertNull(Text.fault(null));
    }

    @Test
    void nulAndOtherControlCharactersAreNamed() {
        assertEquals("contains the control character U+0000", Text.fault("a\u0000b"));
        assertEquals("contains the control character U+001B", Text.fault("\u001B[31m"));
        assertEquals("contains the control character U+007F", Text.fault("x\u007F"));
    }

    @Test
    void halfASurrogatePairIsNamed() {
        assertEquals("contains half of a surrogate pair (U+D83D)", Text.fault("a\uD83D"));
        assertEquals("contains half of a surrogate pair (U+DE00)", Text.fault("\uDE00b"));
    }
}
