package vn.parindex.ranking.par;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    private final ObjectMapper json;
    private final LeagueTables tables;

    private final GapAnalysis gaps;
    private final Standings standings;

    LeagueTableResource(SecurityIdentity identity, LeagueTables tables, GapAnalysis gaps, Standings standings, ObjectMapper json) {
        this.json = json;
        this.identity = identity;
        this.tables = tables;
        this.gaps = gaps;
        this.standings = standings;
    }

    @GET
    @Path("/{period}")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv", LeagueTableSheet.XLSX })
    @Operation(operationId = "getLeagueTable", summary = "Bảng xếp hạng Chỉ số CCHC — the PAR Index league table of an "
            + "assessment period", description = "The PAR Index (Chỉ số CCHC) league table of one assessment period (kỳ đánh "
            + "giá). Ranks by the unrounded index % under the methodology's tie rule, each rank with its field size, and each "
            + "unit's rank per area (lĩnh vực). OFFICIAL (anyone) ranks published results only, once the whole publication "
            + "has arrived; PROVISIONAL (admins and appraisers) ranks every unit's latest result. With area, the table ranks "
            + "that area. JSON by default; Accept: text/csv gives CSV — with lang=vi (or Accept-Language: vi) Vietnamese "
            + "headers, decimal commas, ';' between fields and a byte-order mark, as Excel in a Vietnamese locale expects; "
            + "Accept: the XLSX type gives a workbook with the same columns; format=csv|xlsx|json does the same for a link. "
            + "q, sort and desc choose and order the rows, in every format. Each row is compared with the official table of "
            + "the year before of the same family (in the same area, for an area table) through unit lineage (change: "
            + "SAME_UNIT or RENAMED with rank and points changes, each rank with its field size; MERGED or SPLIT with the "
            + "predecessors' ranks and points; derived=true adds a labelled mean of the predecessors; NEW).")
    @APIResponse(responseCode = "200", description = "The table: JSON by default; CSV or XLSX (an attachment named after the "
            + "period, and the area if any) when Accept names that type before JSON or format asks for it.",
            headers = @Header(name = "Content-Disposition", description = "CSV and XLSX only: attachment; "
                    + "filename=\"<period>[-<area>].csv\" (or .xlsx).", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TableView.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = LeagueTableSheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    // PROVISIONAL tables are for admins and appraisers only
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response get(
            @Parameter(description = "The assessment period's code (kỳ đánh giá).", example = "PAR-2020-PROVINCE")
            @PathParam("period") String period,
            @Parameter(description = "OFFICIAL (the default; anyone) or PROVISIONAL (admins and appraisers only: 401 without "
                    + "a token, 403 for other roles).", example = "OFFICIAL")
            @QueryParam("visibility") @DefaultValue("OFFICIAL") Visibility visibility,
            @Parameter(description = "Rank one area (lĩnh vực) instead of the total: the methodology's area code. A code "
                    + "no result has is refused (400).", example = "7") @QueryParam("area") String area,
            @Parameter(description = "true: the change of a merged or split unit also carries a derived back-series, the "
                    + "labelled mean of its predecessors' previous results (not an official figure).", example = "true")
            @QueryParam("derived") @DefaultValue("false") boolean derived, @BeanParam TableQuery query,
            @Context HttpHeaders headers) {
        ProvisionalTables.checkAllowed(identity, visibility);
        LeagueTables.Snapshot table = tables.forReaders(Index.PAR, period, visibility, area, derived).orElseThrow(() -> Refusal.notFound("no "
                + (visibility == Visibility.OFFICIAL ? "published " : "") + "results for period " + period));
        return query.answer(table, headers, json);
    }

    @GET
    @Path("/{period}/units/{unit}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getLeagueTableStanding", summary = "Vị trí của đơn vị trong bảng xếp hạng Chỉ số CCHC — a "
            + "unit's row in a period's official table", description = "The row as the whole official PAR Index table of the "
            + "period has it (rank and field size, points, group, rank per area, change against the year before), with the "
            + "table's edition and path. The unit is its code or unit key.")
    public Standing unit(
            @Parameter(description = "The assessment period's code (kỳ đánh giá).", example = "PAR-2020-PROVINCE")
            @PathParam("period") String period,
            @Parameter(description = "The unit's code (mã đơn vị hành chính) or its unit key.", example = "24")
            @PathParam("unit") String unit) {
        return standings.row(Index.PAR, period, unit);
    }

    @GET
    @Path("/{period}/units/{unit}/gap")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getGapAnalysis", summary = "Phân tích điểm bị mất — where a unit lost points and what it takes "
            + "to move up", description = "A unit's gap analysis in a period's PAR Index table: points below the maximum "
            + "per area (lĩnh vực) and per criterion (tiêu chí), largest first; the points needed to reach the next rank (and "
            + "targetRank, if given), measured on the unrounded percentage of the unit now holding that rank, and to reach "
            + "the next group; and the criteria with the most lost points that together hold them. The unit is its code or "
            + "unit key.")
    // PROVISIONAL tables are for admins and appraisers only
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "200", description = "The unit's gap analysis.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GapAnalysis.View.class)))
    public GapAnalysis.View gap(
            @Parameter(description = "The assessment period's code (kỳ đánh giá).", example = "PAR-2020-PROVINCE")
            @PathParam("period") String period,
            @Parameter(description = "The unit's code (mã đơn vị hành chính) or its unit key.", example = "06")
            @PathParam("unit") String unit,
            @Parameter(description = "The table to measure against: OFFICIAL (the default; anyone) or PROVISIONAL (admins "
                    + "and appraisers only: 401 without a token, 403 for other roles).", example = "OFFICIAL")
            @QueryParam("visibility") @DefaultValue("OFFICIAL") Visibility visibility,
            @Parameter(description = "A rank to aim for, from 1 to the table's field size (400 otherwise); listed in targets "
                    + "when it is above the unit's rank and not the next rank up.", example = "1")
            @QueryParam("targetRank") Integer targetRank) {
        ProvisionalTables.checkAllowed(identity, visibility);
        return gaps.analyse(period, visibility, unit, targetRank);
    }

}
