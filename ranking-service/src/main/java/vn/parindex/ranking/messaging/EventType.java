package vn.parindex.ranking.messaging;

/**
 * The events this service publishes: topic and CloudEvents type. The AsyncAPI document
 * (META-INF/resources/asyncapi.yaml) describes the same list; AsyncApiDocumentTest keeps the two in step.
 */
public enum EventType {
    LEAGUE_TABLE_CHANGED("parindex.league-tables.v1", "parindex.league-table.changed.v1");

    public final String topic;
    public final String ceType;

    EventType(String topic, String ceType) {
        this.topic = topic;
        this.ceType = ceType;
    }
}
