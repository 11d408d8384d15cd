package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchNameTest {

    @Test
    void foldsCaseDiacriticsAndTheLetterDd() {
        assertEquals("bac giang", SearchName.fold("Bắc Giang"));
        assertEquals("da lat", SearchName.fold("Đà Lạt"));
        assertEquals("duc trong", SearchName.fold("  ĐỨC   TRỌNG "));
        assertEquals("thua thien hue", SearchName.fold("Thừa Thiên Huế"));
    }

    @Test
    void precomposedAndDecomposedInputFoldAlike() {
        String decomposed = java.text.Normalizer.normalize("Bắc Kạn", java.text.Normalizer.Form.NFD);
        assertEquals(SearchName.fold("Bắc Kạn"), SearchName.fold(decomposed));
    }
}
