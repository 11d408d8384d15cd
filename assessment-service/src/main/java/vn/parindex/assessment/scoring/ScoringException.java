package vn.parindex.assessment.scoring;

/** An input that the criterion's rule cannot score, naming the criterion and the field. */
public class ScoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public final String criterion;
    public final String field;

    public ScoringException(String criterion, String field, String message) {
        super("criterion " + criterion + ": " + message);
        this.criterion = criterion;
        this.field = field;
    }
}
