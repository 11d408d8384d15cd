package vn.parindex.assessment.workflow;

/** The workflow's steps, each taken by one role from given statuses. */
public enum Action {
    SUBMIT, APPRAISE, REQUEST_EXPLANATION, EXPLAIN, FINALIZE, PUBLISH
}
