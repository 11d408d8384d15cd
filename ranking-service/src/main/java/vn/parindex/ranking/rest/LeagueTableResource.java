package vn.parindex.ranking.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.ranking.ApiProblem;
import vn.parindex.ranking.AssessmentResult;
import vn.parindex.ranking.table.LeagueTable;
import vn.parindex.ranking.table.TieRule;

@Path("/api/v1/league-tables")
@Tag(name = "League tables")
@PermitAll
public class LeagueTableResource {

    public enum Visibility {
        OFFICIAL, PROVISIONAL
    }

    public record RowView(int rank, int fieldSize, String unitKey, String unitCode, String unitName, BigDecimal points,
            BigDecimal maxPoints, BigDecimal percent, String band, String bandName, Map<String, Integer> areaRanks) {
    }

    public record LeagueTableView(String periodCode, String periodName, int year, String methodologyCode, int methodologyVersion,
            TieRule tieRule, Visibility visibility, String area, int fieldSize, List<RowView> rows) {
    }

    private static final String CSV = "text/csv";
    private static final MediaType CSV_TYPE = MediaType.valueOf(CSV);

    private final SecurityIdentity identity;

    LeagueTableResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Path("/{period}")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(summary = "The league table of an assessment period", description = "Ranks by the unrounded index % under the "
            + "methodology's tie rule, each rank with its field size, and each unit's rank per area. OFFICIAL (anyone) ranks "
            + "published results only; PROVISIONAL (admins and appraisers) ranks every unit's latest result. With area, "
            + "the table ranks that area. JSON by default; Accept: text/csv gives CSV — with lang=vi (or Accept-Language: "
            + "vi) Vietnamese headers, decimal commas, ';' between fields and a byte-order mark, as Excel in a Vietnamese "
            + "locale expects.")
    public Response get(@PathParam("period") String period,
            @QueryParam("visibility") @DefaultValue("OFFICIAL") Visibility visibility, @QueryParam("area") String area,
            @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        LeagueTableView table = table(period, visibility, area);
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(CSV_TYPE))
                .findFirst().map(type -> !type.isWildcardType() && type.isCompatible(CSV_TYPE)).orElse(false);
        if (!csv) {
            return Response.ok(table, MediaType.APPLICATION_JSON_TYPE).build();
        }
        String language = lang != null ? lang
                : headers.getAcceptableLanguages().isEmpty() ? "en" : headers.getAcceptableLanguages().get(0).getLanguage();
        boolean vietnamese = language.toLowerCase(Locale.ROOT).startsWith("vi");
        String file = period + (area == null ? "" : "-" + area) + ".csv";
        return Response.ok(LeagueTableCsv.write(table, vietnamese), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    LeagueTableView table(String period, Visibility visibility, String area) {
        if (visibility == Visibility.PROVISIONAL && !(identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.APPRAISER))) {
            throw identity.isAnonymous() ? new io.quarkus.security.UnauthorizedException()
                    : ApiProblem.forbidden("provisional tables are for admins and appraisers");
        }
        List<AssessmentResult> results = AssessmentResult.<AssessmentResult>list("periodCode", period).stream()
                .filter(r -> visibility == Visibility.PROVISIONAL || r.isPublished()).toList();
        if (results.isEmpty()) {
            throw ApiProblem.notFound("no " + (visibility == Visibility.OFFICIAL ? "published " : "") + "results for period " + period);
        }
        AssessmentResult first = results.get(0);
        List<LeagueTable.Entry> entries = results.stream().map(r -> entry(r, area)).filter(e -> e != null).toList();
        if (entries.isEmpty()) {
            throw ApiProblem.invalid("area", "period " + period + " has no area " + area);
        }
        LeagueTable table = LeagueTable.of(entries, TieRule.valueOf(first.tieRule));
        List<RowView> rows = table.rows().stream().map(row -> new RowView(row.rank(), row.fieldSize(), row.entry().unitKey(),
                row.entry().unitCode(), row.entry().unitName(), row.entry().points(), row.entry().maxPoints(), row.entry().percent(),
                row.entry().band(), row.entry().bandName(), row.areaRanks())).toList();
        return new LeagueTableView(period, first.periodName, first.year, first.methodologyCode, first.methodologyVersion,
                table.tieRule(), visibility, area, table.fieldSize(), rows);
    }

    private static LeagueTable.Entry entry(AssessmentResult r, String area) {
        List<LeagueTable.AreaScore> areas = r.areas.stream()
                .map(a -> new LeagueTable.AreaScore(a.code(), a.name(), a.points(), a.maxPoints(), a.percent())).toList();
        if (area == null) {
            return new LeagueTable.Entry(r.unitKey, r.unitCode, r.unitName, r.total, r.maxPoints, r.indexPercent, r.band,
                    r.bandName, areas);
        }
        return areas.stream().filter(a -> a.code().equals(area)).findFirst()
                .map(a -> new LeagueTable.Entry(r.unitKey, r.unitCode, r.unitName, a.points(), a.maxPoints(), a.percent(), null,
                        null, List.of()))
                .orElse(null);
    }
}
