package vn.parindex.assessment.messaging;

/**
 * The events this service publishes: topic and CloudEvents type. The AsyncAPI document
 * (META-INF/resources/asyncapi.yaml) describes the same list; AsyncApiDocumentTest keeps the two in step.
 */
public enum EventType {
    UNIT_CHANGED("parindex.units.v1", "parindex.unit.changed.v1"),
    /** Public: published results and their corrections only. */
    ASSESSMENT_RESULT_CHANGED("parindex.assessment-results.v1", "parindex.assessment-result.changed.v1"),
    /** Internal: every change of a result, drafts included, for the platform's own provisional tables. */
    ASSESSMENT_PROGRESS("parindex.internal.assessment-progress.v1", "parindex.assessment-result.changed.v1");

    public final String topic;
    public final String ceType;

    EventType(String topic, String ceType) {
        this.topic = topic;
        this.ceType = ceType;
    }
}
