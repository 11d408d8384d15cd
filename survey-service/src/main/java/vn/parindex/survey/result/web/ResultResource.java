package vn.parindex.survey.result.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.survey.index.SatisfactionResult;
import vn.parindex.survey.result.SatisfactionResults;
import vn.parindex.survey.result.Table;
import vn.parindex.survey.result.messaging.SurveyResultChanged;
import vn.parindex.survey.wave.Wave;
import vn.parindex.survey.wave.Waves;
import vn.parindex.survey.web.Actors;
import vn.parindex.survey.web.Negotiation;
import vn.parindex.survey.web.Roles;

@Path("/api/v1/waves/{wave}")
@Tag(name = "Results")
public class ResultResource {

    private static final String WAVE = "The survey wave's (đợt khảo sát) code.";
    private static final String VISIBILITY = " Public once the wave is closed; while it runs, for the admin, appraiser and "
            + "surveyor roles only (401 without a token, 403 with another role).";

    private final SatisfactionResults results;
    private final Waves waves;
    private final Actors actors;

    ResultResource(SatisfactionResults results, Waves waves, Actors actors) {
        this.results = results;
        this.waves = waves;
        this.actors = actors;
    }

    @GET
    @Path("/results")
    @PermitAll
    @Produces({ MediaType.APPLICATION_JSON, "text/csv", Table.XLSX })
    // results of a wave not yet closed are for admins and surveyors only
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(operationId = "listWaveResults", summary = "Chỉ số hài lòng (SIPAS) của đợt khảo sát — satisfaction per unit of "
            + "the wave", description = "The SIPAS satisfaction index (chỉ số hài lòng) of every unit of the survey wave (đợt "
            + "khảo sát) that has a result, by unit code, as last computed (published on parindex.survey-results.v1 once the "
            + "wave is closed; recomputed at most once a second while responses arrive): n, index, factors and items with "
            + "standard errors and 95 % intervals, group, coverage. JSON, or text/csv and XLSX (one row per unit: unit, name, "
            + "respondents, target, coverage, index with its standard error and interval, group, then one column per factor "
            + "code); lang=vi for Vietnamese headers, and for CSV ';' between fields and decimal commas." + VISIBILITY)
    @APIResponse(responseCode = "200", description = "The results: JSON, or a CSV or XLSX attachment (WAVE-results.csv, "
            + "WAVE-results.xlsx) when Accept names that type before JSON.",
            headers = @Header(name = "Content-Disposition", description = "CSV and XLSX only: attachment; "
                    + "filename=\"WAVE-results.csv\" (or .xlsx).", schema = @Schema(type = SchemaType.STRING)), content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = SurveyResultChanged.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response results(@Parameter(description = WAVE, example = "SIPAS-2020") @PathParam("wave") String waveCode,
            @Context HttpHeaders headers,
            @Parameter(description = "The language of the CSV and XLSX headers: en (the default) or vi (Vietnamese headers; CSV "
                    + "with ';' and decimal commas). Any other value reads as en.", example = "vi")
            @QueryParam("lang") @DefaultValue("en") String lang) {
        checkVisible(waveCode);
        List<SurveyResultChanged> list = results.results(waveCode);
        boolean csv = Negotiation.prefers(headers, MediaType.valueOf("text/csv"));
        boolean xlsx = Negotiation.prefers(headers, MediaType.valueOf(Table.XLSX));
        if (!csv && !xlsx) {
            return Response.ok(list, MediaType.APPLICATION_JSON).build();
        }
        boolean vi = "vi".equals(lang);
        List<String> header = new ArrayList<>(vi
                ? List.of("Mã đơn vị", "Đơn vị", "Số phiếu", "Mẫu mục tiêu", "Độ bao phủ (%)", "Chỉ số (%)", "Sai số chuẩn",
                        "Cận dưới 95%", "Cận trên 95%", "Nhóm")
                : List.of("unit", "name", "respondents", "target", "coveragePercent", "indexPercent", "standardError", "ciLow",
                        "ciHigh", "group"));
        Waves.Spec spec = waves.spec(waveCode);
        spec.questionnaire().factors().forEach(factor -> header.add(factor.code() + (vi ? " (%)" : " %")));
        StreamingOutput output = out -> {
            try (Table.Sink sink = xlsx ? Table.xlsx(out, waveCode, header) : Table.csv(out, header, vi)) {
                for (SurveyResultChanged r : list) {
                    SatisfactionResult s = r.result();
                    List<Object> row = new ArrayList<>(List.of(r.unitCode(), r.unitName(), s.respondents(), r.target()));
                    row.add(r.coveragePercent());
                    row.add(vn.parindex.survey.index.Percent.shown(s.index().percent()));
                    row.add(s.index().standardError());
                    row.add(s.index().ciLow());
                    row.add(s.index().ciHigh());
                    row.add(s.group());
                    s.factors().forEach(f -> row.add(vn.parindex.survey.index.Percent.shown(f.percent())));
                    sink.row(row);
                }
            }
        };
        return Response.ok(output, xlsx ? Table.XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + waveCode + "-results." + (xlsx ? "xlsx" : "csv") + "\"")
                .build();
    }

    @GET
    @Path("/results/{unit}")
    @PermitAll
    // results of a wave not yet closed are for admins and surveyors only
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @Operation(operationId = "getUnitResult", summary = "Chỉ số hài lòng (SIPAS) của một đơn vị — one unit's satisfaction in "
            + "the wave, with its version", description = "One unit's (đơn vị) SIPAS satisfaction index (chỉ số hài lòng) in "
            + "the survey wave (đợt khảo sát), as last computed: the same document as the event "
            + "parindex.survey-result.changed.v1, with its per-unit version (also the ETag). 404 while the unit has no "
            + "result yet (none is computed before its first response is counted) or is not in the wave." + VISIBILITY)
    @APIResponse(responseCode = "200", description = "The unit's result.",
            headers = @Header(name = "ETag", description = "The result's version, quoted.", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyResultChanged.class)))
    public Response result(@Parameter(description = WAVE, example = "SIPAS-2020") @PathParam("wave") String waveCode,
            @Parameter(description = "The unit's (đơn vị) code in the wave.", example = "24") @PathParam("unit") String unitCode) {
        checkVisible(waveCode);
        SurveyResultChanged result = results.result(waveCode, unitCode);
        return Response.ok(result).header("ETag", "\"" + result.version() + "\"").build();
    }

    @POST
    @Path("/recount")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recountWave", summary = "Đếm lại phiếu trả lời — count the wave's stored responses again",
            description = "Compares the running tallies of every unit of the survey wave (đợt khảo sát) with a count from "
                    + "scratch over every stored response (phiếu trả lời); they must be identical. repair=true corrects a "
                    + "difference (and the results are then recomputed and published). For a "
                    + "recount with repair, intake from the inbound topic can be paused first (PUT /api/v1/intake/kafka); the "
                    + "HTTP channels are not paused.")
    @APIResponse(responseCode = "200", description = "The comparison, and whether it repaired anything.")
    public SatisfactionResults.Recount recount(@Parameter(description = WAVE, example = "SIPAS-2020") @PathParam("wave") String waveCode,
            @Parameter(description = "Whether to correct the running tallies where they differ from the count.", example = "false")
            @QueryParam("repair") @DefaultValue("false") boolean repair) {
        return results.recount(waveCode, repair);
    }

    private void checkVisible(String waveCode) {
        Wave wave = waves.find(waveCode);
        if (wave.status(Instant.now()) != Wave.Status.CLOSED && !actors.hasAny(Roles.ADMIN, Roles.APPRAISER, Roles.SURVEYOR)) {
            if (actors.isAnonymous()) {
                throw new io.quarkus.security.UnauthorizedException();
            }
            throw new io.quarkus.security.ForbiddenException();
        }
    }
}
