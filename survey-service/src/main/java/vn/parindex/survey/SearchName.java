package vn.parindex.survey;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Vietnamese name folded for matching: lower case, without diacritics, single spaces.
 * "Bắc Giang", "bac  giang" and "BẮC GIANG" all fold to "bac giang".
 */
public final class SearchName {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchName() {
    }

    public static String fold(String text) {
        // đ/Đ is a letter of its own, not d with a combining mark, so NFD leaves it alone.
        String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }
}
