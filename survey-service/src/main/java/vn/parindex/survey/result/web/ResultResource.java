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
    @Operation(summary = "Satisfaction per unit of the wave", description = "As last computed (published on parindex.survey-results.v1 once the wave is closed) "
            + "(recomputed at most once a second while responses arrive): n, index, factors and items with standard errors "
            + "and 95 % intervals, group, coverage. Public once the wave is closed; while it runs, for admin, appraiser and "
            + "surveyor roles. JSON, or text/csv and XLSX (one row per unit); lang=vi for Vietnamese headers and decimal commas.")
    public Response results(@PathParam("wave") String waveCode, @Context HttpHeaders headers,
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
    @Operation(summary = "One unit's satisfaction in the wave, with its version")
    public Response result(@PathParam("wave") String waveCode, @PathParam("unit") String unitCode) {
        checkVisible(waveCode);
        SurveyResultChanged result = results.result(waveCode, unitCode);
        return Response.ok(result).header("ETag", "\"" + result.version() + "\"").build();
    }

    @POST
    @Path("/recount")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Count the wave's stored responses again", description = "Compares the running tallies with a count "
            + "from scratch over every stored response; they must be identical. repair=true corrects a difference (and the "
            + "results are then recomputed and published).")
    public SatisfactionResults.Recount recount(@PathParam("wave") String waveCode, @QueryParam("repair") @DefaultValue("false") boolean repair) {
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
