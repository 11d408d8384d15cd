package vn.parindex.survey;

/**
 * The one rule for text the service takes in, whatever the channel (path, query and body of a request, a workbook or
 * CSV cell, a Kafka record): no NUL and no other control character but tab, line feed and carriage return, and no half
 * of a surrogate pair. PostgreSQL refuses NUL in text and in JSON; the others are never meant and break what reads the
 * text later (a spreadsheet, a log line, an XML file).
 */
public final class Text {

    private Text() {
    }

    /** What is wrong with the value, or null when nothing is. */
    public static String fault(CharSequence value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return "contains the control character U+%04X".formatted((int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains half of a surrogate pair (U+%04X)".formatted((int) c);
            }
        }
        return null;
    }

    /** The value, or a 400 naming the field when it breaks the rule. */
    public static String checked(String field, String value) {
        String fault = fault(value);
        if (fault != null) {
            throw Refusal.invalid(field, "the text " + fault);
        }
        return value;
    }
}
