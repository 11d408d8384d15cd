package vn.parindex.survey.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a response reached the platform; stored with it. */
@Schema(name = "ResponseChannel", description = "How a response (phiếu trả lời) reached the platform: API, one response per "
        + "request by a surveyor's system; ANONYMOUS, one response per request by a citizen without a token; BATCH, a JSON "
        + "array or NDJSON batch; FILE, a CSV or XLSX sheet keyed from paper forms; KAFKA, the inbound topic "
        + "parindex.survey-responses.v1.")
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
