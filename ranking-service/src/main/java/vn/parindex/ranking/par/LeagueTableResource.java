package vn.parindex.ranking.par;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.standing.Standing;
import vn.parindex.ranking.standing.Standings;
import vn.parindex.ranking.table.LeagueTables;
import vn.parindex.ranking.table.TableView;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;

import vn.parindex.ranking.web.ProvisionalTables;
import vn.parindex.ranking.web.LeagueTableSheet;
import vn.parindex.ranking.web.TableQuery;
@Path("/api/v1/league-tables")
@Tag(name = "League tables")
@PermitAll
public class LeagueTableResource {

    private final SecurityIdentity identity;
    private final LeagueTables tables;

    private final GapAnalysis gaps;
    private final Standings standings;

    LeagueTableResource(SecurityIdentity identity, LeagueTables tables, GapAnalysis gaps, Standings standings) {
        this.identity = identity;
        this.tables = tables;
        this.gaps = gaps;
        this.standings = standings;
    }

    @GET
    @Path("/{period}")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv", LeagueTableSheet.XLSX })
    @Operation(summary = "The league table of an assessment period", description = "Ranks by the unrounded index % under the "
            + "methodology's tie rule, each rank with its field size, and each unit's rank per area. OFFICIAL (anyone) ranks "
            + "published results only; PROVISIONAL (admins and appraisers) ranks every unit's latest result. With area, "
            + "the table ranks that area. JSON by default; Accept: text/csv gives CSV — with lang=vi (or Accept-Language: "
            + "vi) Vietnamese headers, decimal commas, ';' between fields and a byte-order mark, as Excel in a Vietnamese "
            + "locale expects; Accept: the XLSX type gives a workbook with the same columns. Overall tables compare each row with the previous year's table of the same index family "
            + "through unit lineage (change: SAME_UNIT or RENAMED with rank and points changes, each rank with its field "
            + "size; MERGED or SPLIT with the predecessors' ranks and points; derived=true adds a labelled mean of the "
            + "predecessors; NEW).")
    public Response get(@PathParam("period") String period,
            @QueryParam("visibility") @DefaultValue("OFFICIAL") Visibility visibility, @QueryParam("area") String area,
            @QueryParam("derived") @DefaultValue("false") boolean derived, @BeanParam TableQuery query, @Context HttpHeaders headers) {
        ProvisionalTables.checkAllowed(identity, visibility);
        TableView table = tables.cached(Index.PAR, period, visibility, area, derived).orElseThrow(() -> Refusal.notFound("no "
                + (visibility == Visibility.OFFICIAL ? "published " : "") + "results for period " + period));
        return query.answer(table, headers);
    }

    @GET
    @Path("/{period}/units/{unit}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A unit's row in a period's official table", description = "The row as the whole table has it (rank "
            + "and field size, points, group, rank per area, change against the year before), with the table's edition and "
            + "path. The unit is its code or unit key.")
    public Standing unit(@PathParam("period") String period, @PathParam("unit") String unit) {
        return standings.row(Index.PAR, period, unit);
    }

    @GET
    @Path("/{period}/units/{unit}/gap")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where a unit lost points and what it takes to move up", description = "Points below the maximum "
            + "per area and per criterion, largest first; the points needed to reach the next rank (and targetRank, if given), "
            + "measured on the unrounded percentage of the unit now holding that rank, and the criteria with the most lost "
            + "points that together hold them. The unit is its code or unit key.")
    public GapAnalysis.View gap(@PathParam("period") String period, @PathParam("unit") String unit,
            @QueryParam("visibility") @DefaultValue("OFFICIAL") Visibility visibility, @QueryParam("targetRank") Integer targetRank) {
        ProvisionalTables.checkAllowed(identity, visibility);
        return gaps.analyse(period, visibility, unit, targetRank);
    }

}
