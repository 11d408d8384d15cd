package vn.parindex.survey.messaging;

/**
 * The events this service publishes: topic and CloudEvents type. The AsyncAPI document
 * (META-INF/resources/asyncapi.yaml) describes the same list; AsyncApiDocumentTest keeps the two in step.
 */
public enum EventType {
    /** Public: final results, once their wave is closed. */
    SURVEY_RESULT_CHANGED("parindex.survey-results.v1", "parindex.survey-result.changed.v1"),
    /** Internal: every result as responses arrive, for the platform's provisional tables and survey criteria. */
    SURVEY_PROGRESS("parindex.internal.survey-progress.v1", "parindex.survey-result.changed.v1");

    public final String topic;
    public final String ceType;

    EventType(String topic, String ceType) {
        this.topic = topic;
        this.ceType = ceType;
    }
}
