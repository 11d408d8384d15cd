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

    public record Receipt(String id, Ingestion.Outcome outcome, String detail) {
    }

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
    @Operation(summary = "Submit one response", description = "The id is the sender's: the same id with the same content is "
            + "answered 200 DUPLICATE and counted once; with different content 409. 201 ACCEPTED otherwise. Needs the "
            + "surveyor or admin role, or none when the wave takes anonymous responses (then limited per client and minute).")
    public Response submit(@PathParam("wave") String waveCode, @NotNull Ingestion.Submission submission, @Context HttpServerRequest request) {
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
    @Operation(summary = "Submit up to 10,000 responses at once", description = "A JSON array, NDJSON (one response per "
            + "line), or the sheet paper forms are keyed into (CSV or XLSX: header id, unit, then item and profile codes; "
            + "answers as values or labels). One transaction: the report says per row ACCEPTED, DUPLICATE, CONFLICT or "
            + "REJECTED with the reason and field; rejected rows are not written, the others are. report=problems leaves "
            + "accepted rows out of the list.")
    public Ingestion.Report batch(@PathParam("wave") String waveCode, @Context HttpHeaders headers, byte[] body,
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
    @Operation(summary = "The wave's responses", description = "JSON: a page of up to `limit` responses after the cursor "
            + "`after` (0 to start; `next` is the cursor of the following page, null at the end). text/csv or XLSX: every "
            + "response, answers as labels (labels=true, the default) or as codes; lang=vi for Vietnamese CSV conventions.")
    public Response responses(@PathParam("wave") String waveCode, @Context HttpHeaders headers,
            @QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("1000") @Min(1) @Max(10000) int limit,
            @QueryParam("labels") @DefaultValue("true") boolean labels, @QueryParam("lang") @DefaultValue("en") String lang) {
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
