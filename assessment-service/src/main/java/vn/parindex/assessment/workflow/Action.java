package vn.parindex.assessment.workflow;

import java.util.Locale;
import vn.parindex.assessment.Refusal;

/** The workflow's steps, each taken by one role from given statuses. */
public enum Action {
    SUBMIT, APPRAISE, REQUEST_EXPLANATION, EXPLAIN, FINALIZE, PUBLISH;

    /** The step an address names ("submit", "request-explanation", …). */
    public static Action named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("action", "'" + name + "' is not submit, appraise, request-explanation, explain, finalize or publish");
        }
    }
}
