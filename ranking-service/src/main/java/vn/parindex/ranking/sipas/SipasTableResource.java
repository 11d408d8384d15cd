package vn.parindex.ranking.sipas;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.par.LeagueTableView.Visibility;

import vn.parindex.ranking.web.Roles;
import vn.parindex.ranking.web.LeagueTableSheet;
@Path("/api/v1/league-tables/sipas")
@Tag(name = "League tables")
@PermitAll
public class SipasTableResource {

    private final SecurityIdentity identity;
    private final SipasTables tables;

    SipasTableResource(SecurityIdentity identity, SipasTables tables) {
        this.identity = identity;
        this.tables = tables;
    }

    @GET
    @Path("/{wave}")
    @Operation(summary = "The satisfaction (SIPAS) league table of a survey wave", description = "Ranks units by their "
            + "unrounded satisfaction % (standard competition), overall or, with factor, for one factor; each row with its "
            + "95 % confidence interval, a 90 % rank interval (seeded parametric bootstrap over the standard errors) and "
            + "whether it differs significantly from the next row. OFFICIAL (anyone) once the wave is closed; PROVISIONAL "
            + "(admins and appraisers) while it runs.")
    @jakarta.ws.rs.Produces({ jakarta.ws.rs.core.MediaType.APPLICATION_JSON, "text/csv", LeagueTableSheet.XLSX })
    public jakarta.ws.rs.core.Response get(@PathParam("wave") String wave,
            @QueryParam("visibility") @DefaultValue("OFFICIAL") Visibility visibility, @QueryParam("factor") String factor,
            @QueryParam("lang") @DefaultValue("en") String lang, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        if (visibility == Visibility.PROVISIONAL && !(identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.APPRAISER))) {
            throw identity.isAnonymous() ? new UnauthorizedException()
                    : Refusal.forbidden("provisional tables are for admins and appraisers");
        }
        SipasTableView table = tables.build(wave, visibility, factor).orElseThrow(() -> Refusal.notFound("no "
                + (visibility == Visibility.OFFICIAL ? "final " : "") + "survey results for wave " + wave));
        String wanted = LeagueTableSheet.wanted(headers);
        if (wanted == null) {
            return jakarta.ws.rs.core.Response.ok(table, jakarta.ws.rs.core.MediaType.APPLICATION_JSON).build();
        }
        boolean vi = "vi".equals(lang);
        java.util.List<String> header = vi
                ? java.util.List.of("Hạng", "Số đơn vị", "Mã đơn vị", "Đơn vị", "Số phiếu", "Hài lòng (%)", "Sai số chuẩn", "Cận dưới 95%",
                        "Cận trên 95%", "Nhóm", "Hạng thấp nhất (90%)", "Hạng cao nhất (90%)")
                : java.util.List.of("Rank", "Field size", "Unit code", "Unit", "Respondents", "Satisfied (%)", "Standard error", "CI low",
                        "CI high", "Group", "Best rank (90%)", "Worst rank (90%)");
        java.util.List<java.util.List<Object>> rows = table.rows().stream().map(r -> java.util.Arrays.<Object>asList(r.rank(),
                r.fieldSize(), r.unitCode(), r.unitName(), r.respondents(), r.percent().setScale(2, java.math.RoundingMode.HALF_UP),
                r.standardError(), r.ciLow(), r.ciHigh(), r.group(), r.rankLow(), r.rankHigh())).toList();
        return LeagueTableSheet.download(wave + (factor == null ? "" : "-" + factor), header, rows, wanted.equals(LeagueTableSheet.XLSX), vi);
    }
}
