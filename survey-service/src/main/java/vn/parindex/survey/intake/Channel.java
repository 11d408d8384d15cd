package vn.parindex.survey.intake;

/** How a response reached the platform; stored with it. */
public enum Channel {
    /** One response per HTTP request, by a surveyor's system. */
    API,
    /** One response per HTTP request, by a citizen, without a token. */
    ANONYMOUS,
    /** A JSON array or NDJSON batch. */
    BATCH,
    /** A CSV or XLSX file keyed from paper forms. */
    FILE,
    /** The inbound topic parindex.survey-responses.v1. */
    KAFKA
}
