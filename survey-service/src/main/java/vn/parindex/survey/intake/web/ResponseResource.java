package vn.parindex.survey.intake.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.survey.Refusal;
import vn.parindex.survey.intake.Channel;
import vn.parindex.survey.intake.Ingestion;
import vn.parindex.survey.intake.ResponseFiles;
import vn.parindex.survey.intake.ResponseLog;
import vn.parindex.survey.questionnaire.Questionnaire;
import vn.parindex.survey.questionnaire.QuestionnaireDocument;
import vn.parindex.survey.result.Table;
import vn.parindex.survey.wave.Wave;
import vn.parindex.survey.wave.Waves;
import vn.parindex.survey.web.Actors;
import vn.parindex.survey.web.Negotiation;
import vn.parindex.survey.web.Roles;

@Path("/api/v1/waves/{wave}")
@Tag(name = "Responses")
public class ResponseResource {

    public static final String NDJSON = "application/x-ndjson";

    @Schema(name = "ResponseReceipt", description = "What became of one submitted response (phiếu trả lời).")
    public record Receipt(@Schema(description = "The response's id, as sent.", example = "SIPAS2020-24-0") String id,
            @Schema(description = "ACCEPTED (201) or DUPLICATE (200); a conflict or a rejection is answered as a problem.")
            Ingestion.Outcome outcome,
            @Schema(description = "For a duplicate, why it is one; null when accepted.",
                    example = "the same response as a response received before; counted once") String detail) {
    }

    private static final String WAVE = "The survey wave's (đợt khảo sát) code.";

    private final Ingestion ingestion;
    private final Waves waves;
    private final ResponseLog log;
    private final ResponseFiles files;
    private final AnonymousLimiter limiter;
    private final Actors actors;

    ResponseResource(Ingestion ingestion, Waves waves, ResponseLog log, ObjectMapper json, AnonymousLimiter limiter, Actors actors) {
        this.ingestion = ingestion;
        this.waves = waves;
        this.log = log;
        this.files = new ResponseFiles(json);
        this.limiter = limiter;
        this.actors = actors;
    }

    @POST
    @Path("/responses")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    // a token, when sent, must be valid and allow submitting
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(operationId = "submitResponse", summary = "Gửi phiếu trả lời — submit one response", description = "Submits one "
            + "response (phiếu trả lời) to an open survey wave (đợt khảo sát). The id is the sender's: the same id with the "
            + "same content is answered 200 DUPLICATE and counted once; with different content 409. 201 ACCEPTED otherwise. "
            + "A wave that is not open, or a body naming another wave, is a 409; a response that breaks the questionnaire a "
            + "400 naming the field. Needs the surveyor or admin role, or no token at all when the wave takes anonymous "
            + "responses (a token with another role is a 403; no token for a wave without anonymous submission a 401); "
            + "anonymous responses are limited per client address and minute (429 with Retry-After).")
    @APIResponse(responseCode = "201", description = "ACCEPTED: the response is stored and counted.",
            headers = @Header(name = "Location", description = "The response's address, /api/v1/waves/{wave}/responses/{id} "
                    + "(getResponse reads it).",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "200", description = "DUPLICATE: the same response was received before; counted once.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Receipt.class)))
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    public Response submit(@Parameter(description = WAVE, example = "SIPAS-2020") @PathParam("wave") String waveCode,
            @RequestBody(description = "The response; wave may be left out.", required = true) @NotNull Ingestion.Submission submission,
            @Context HttpServerRequest request) {
        Wave wave = waves.find(waveCode);
        if (!actors.hasAny(Roles.SURVEYOR, Roles.ADMIN)) {
            if (!actors.isAnonymous()) {
                throw new io.quarkus.security.ForbiddenException();
            }
            if (!wave.anonymousSubmission) {
                throw new io.quarkus.security.UnauthorizedException();
            }
            limiter.acquire(waveCode, request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress(),
                    wave.anonymousPerMinute, System.currentTimeMillis());
        }
        Wave.Status status = wave.status(Instant.now());
        if (status != Wave.Status.OPEN) {
            throw Refusal.conflict("the wave " + waveCode + (status == Wave.Status.CLOSED ? " is closed" : " opens on " + wave.opensOn));
        }
        Channel channel = actors.isAnonymous() ? Channel.ANONYMOUS : Channel.API;
        Ingestion.RowReport row = ingestion.ingest(List.of(Ingestion.Row.of(1, submission)), channel, waveCode).rows().get(0);
        return switch (row.outcome()) {
            case ACCEPTED -> Response.created(URI.create("/api/v1/waves/" + waveCode + "/responses/" + row.id()))
                    .entity(new Receipt(row.id(), row.outcome(), null)).build();
            case DUPLICATE -> Response.ok(new Receipt(row.id(), row.outcome(), row.reason())).build();
            case CONFLICT -> throw Refusal.conflict(row.reason());
            // a rejection for the wave (it closed meanwhile, or the body names another) is a conflict; any other is bad input
            case REJECTED -> throw row.rejection() == Ingestion.RejectionKind.WAVE ? Refusal.conflict(row.reason())
                    : Refusal.invalid(row.field(), row.reason());
        };
    }

    @POST
    @Path("/response-batches")
    @RolesAllowed({ Roles.SURVEYOR, Roles.ADMIN })
    @Consumes({ MediaType.APPLICATION_JSON, NDJSON, "text/csv", Table.XLSX })
    @Operation(operationId = "submitResponseBatch", summary = "Gửi nhiều phiếu trả lời — submit up to 10,000 responses at once",
            description = "Submits up to 10,000 responses (phiếu trả lời) to the survey wave (đợt khảo sát): a JSON array, "
                    + "NDJSON (one response per line), or the sheet paper forms are keyed into (CSV or XLSX: header id, unit, "
                    + "then item and profile codes; answers as values or labels). One transaction: the report says per row "
                    + "ACCEPTED, DUPLICATE, CONFLICT or REJECTED with the reason and field; conflicting and rejected rows are "
                    + "not written, the others are. A row naming another wave, or a wave that is not open, is REJECTED in the "
                    + "report. report=problems leaves accepted rows out of the list.")
    @APIResponse(responseCode = "200", description = "The batch's report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ingestion.Report.class)))
    public Ingestion.Report batch(@Parameter(description = WAVE, example = "SIPAS-2020") @PathParam("wave") String waveCode,
            @Context HttpHeaders headers,
            @RequestBody(description = "The responses: a JSON array of responses; NDJSON, one response object per line (blank "
                    + "lines skipped); or a CSV (UTF-8, ',' or ';') or XLSX sheet (its first sheet) with a header row: id, "
                    + "unit, then one column per item and profile question code.", required = true, content = {
                            @Content(mediaType = MediaType.APPLICATION_JSON,
                                    schema = @Schema(type = SchemaType.ARRAY, implementation = Ingestion.Submission.class,
                                            maxItems = Ingestion.MAX_BATCH)),
                            @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
                                    description = "One ResponseSubmission JSON object per line.")),
                            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                            @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
            byte[] body,
            @Parameter(description = "all (the default): a report for every row; problems: the rows not accepted only (the "
                    + "counts still cover every row). Any other value reads as all.", example = "problems")
            @QueryParam("report") @DefaultValue("all") String report) {
        Wave wave = waves.find(waveCode);
        MediaType type = headers.getMediaType();
        List<Ingestion.Row> rows;
        if (type.isCompatible(MediaType.valueOf(NDJSON))) {
            rows = files.ndjson(body);
        } else if (type.isCompatible(MediaType.valueOf("text/csv"))) {
            rows = files.csv(body, waves.spec(wave.code).questionnaire());
        } else if (type.isCompatible(MediaType.valueOf(Table.XLSX))) {
            rows = files.xlsx(body, waves.spec(wave.code).questionnaire());
        } else {
            rows = files.jsonArray(body);
        }
        if (rows.isEmpty()) {
            throw Refusal.invalid("body", "the batch holds no responses");
        }
        Channel channel = type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(MediaType.valueOf(NDJSON))
                ? Channel.BATCH : Channel.FILE;
        Ingestion.Report result = ingestion.ingest(rows, channel, waveCode);
        return "problems".equals(report) ? result.onlyProblems() : result;
    }

    @GET
    @Path("/responses")
    @RolesAllowed({ Roles.SURVEYOR, Roles.ADMIN, Roles.APPRAISER })
    @Produces({ MediaType.APPLICATION_JSON, "text/csv", Table.XLSX })
    @Operation(operationId = "listResponses", summary = "Phiếu trả lời của đợt khảo sát — the wave's responses", description = "The "
            + "stored responses (phiếu trả lời) of the survey wave (đợt khảo sát), in the order they were accepted. JSON: a "
            + "page of up to `limit` responses after the cursor `after` (0 to start; `next` is the cursor of the following "
            + "page, null at the end). text/csv or XLSX: every response (columns id, unit, one per item and profile question "
            + "code, channel, receivedAt), answers as labels (labels=true, the default) or as codes; lang=vi for Vietnamese "
            + "CSV conventions.")
    @APIResponse(responseCode = "200", description = "A page of responses as JSON, or every response as a CSV or XLSX attachment "
            + "(WAVE-responses.csv, WAVE-responses.xlsx) when Accept names that type before JSON.",
            headers = @Header(name = "Content-Disposition", description = "CSV and XLSX only: attachment; "
                    + "filename=\"WAVE-responses.csv\" (or .xlsx).", schema = @Schema(type = SchemaType.STRING)), content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseLog.Page.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response responses(@Parameter(description = WAVE, example = "SIPAS-2020") @PathParam("wave") String waveCode,
            @Context HttpHeaders headers,
            @Parameter(description = "JSON only: the cursor to continue after (a previous page's next); 0 to start.", example = "0")
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @Parameter(description = "JSON only: the most responses on the page (1-10,000).", example = "1000")
            @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10000) int limit,
            @Parameter(description = "CSV and XLSX only: answers as their labels (true, the default) or as codes and values "
                    + "(false).", example = "true")
            @QueryParam("labels") @DefaultValue("true") boolean labels,
            @Parameter(description = "CSV only: vi for Vietnamese conventions (';' between fields, a byte-order mark); en "
                    + "(the default) otherwise.", example = "vi")
            @QueryParam("lang") @DefaultValue("en") String lang) {
        Wave wave = waves.find(waveCode);
        boolean csv = Negotiation.prefers(headers, MediaType.valueOf("text/csv"));
        boolean xlsx = Negotiation.prefers(headers, MediaType.valueOf(Table.XLSX));
        if (!csv && !xlsx) {
            return Response.ok(log.page(waveCode, after, limit), MediaType.APPLICATION_JSON).build();
        }
        Questionnaire questionnaire = waves.spec(wave.code).questionnaire();
        List<String> header = new ArrayList<>(List.of("id", "unit"));
        questionnaire.items().forEach(item -> header.add(item.code()));
        questionnaire.document().profile().forEach(question -> header.add(question.code()));
        header.addAll(List.of("channel", "receivedAt"));
        StreamingOutput output = out -> {
            try (Table.Sink sink = xlsx ? Table.xlsx(out, waveCode, header) : Table.csv(out, header, "vi".equals(lang))) {
                log.forEach(waveCode, response -> {
                    try {
                        sink.row(row(questionnaire, response, labels));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        };
        return Response.ok(output, xlsx ? Table.XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + waveCode + "-responses." + (xlsx ? "xlsx" : "csv") + "\"")
                .build();
    }

    @GET
    @Path("/responses/{id}")
    @RolesAllowed({ Roles.SURVEYOR, Roles.ADMIN, Roles.APPRAISER })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getResponse", summary = "Một phiếu trả lời — one stored response", description = "One stored "
            + "response (phiếu trả lời) of the survey wave (đợt khảo sát) by the id its sender gave it: where the Location "
            + "of an accepted submission points. Its answers as stored: labels read into scale values and option values.")
    public ResponseLog.StoredResponse response(@Parameter(description = WAVE, example = "SIPAS-2020") @PathParam("wave") String waveCode,
            @Parameter(description = "The response's id, as its sender gave it.", example = "SIPAS2020-24-0") @PathParam("id") String id) {
        waves.find(waveCode);
        return log.find(waveCode, id).orElseThrow(() -> Refusal.notFound("no response " + id + " in wave " + waveCode));
    }

    private static List<Object> row(Questionnaire questionnaire, ResponseLog.StoredResponse response, boolean labels) {
        List<Object> row = new ArrayList<>();
        row.add(response.id());
        row.add(response.unit());
        Map<String, Object> answers = response.answers();
        for (QuestionnaireDocument.Item item : questionnaire.items()) {
            Object answer = answers.get(item.code());
            row.add(answer == null ? null : labels ? questionnaire.label(((Number) answer).intValue()) : answer);
        }
        for (QuestionnaireDocument.ProfileQuestion question : questionnaire.document().profile()) {
            Object answer = response.profile().get(question.code());
            row.add(answer == null ? null : labels ? questionnaire.profileLabel(question.code(), answer.toString()) : answer);
        }
        row.add(response.channel().name());
        row.add(response.receivedAt().toString());
        return row;
    }
}
