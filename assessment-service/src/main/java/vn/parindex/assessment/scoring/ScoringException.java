package vn.parindex.assessment.scoring;

/** An input that cannot be scored, naming where it is: a criterion's field, or a bonus or penalty line. */
public class ScoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public final String criterion;
    public final String field;
    private final String section;

    public ScoringException(String criterion, String field, String message) {
        this("inputs", criterion, field, message);
    }

    private ScoringException(String section, String criterion, String field, String message) {
        super((section.equals("inputs") ? "criterion " : "line ") + criterion + ": " + message);
        this.section = section;
        this.criterion = criterion;
        this.field = field;
    }

    /** A bonus or penalty line that was awarded wrongly. */
    public static ScoringException adjustment(String line, String message) {
        return new ScoringException("adjustments", line, null, message);
    }

    /** Where the offending value sits in a scoring request, e.g. {@code inputs.1.2.points} or {@code adjustments.B1}. */
    public String path() {
        return section + "." + criterion + (field == null ? "" : "." + field);
    }
}
