package vn.parindex.ranking.sipas;

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
import vn.parindex.ranking.web.LeagueTableSheet;
import vn.parindex.ranking.web.TableQuery;
import vn.parindex.ranking.web.ProvisionalTables;

@Path("/api/v1/league-tables/sipas")
@Tag(name = "League tables")
@PermitAll
public class SipasTableResource {

    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final LeagueTables tables;
    private final Standings standings;

    SipasTableResource(SecurityIdentity identity, LeagueTables tables, Standings standings, ObjectMapper json) {
        this.json = json;
        this.identity = identity;
        this.tables = tables;
        this.standings = standings;
    }

    @GET
    @Path("/{wave}/units/{unit}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSipasTableStanding", summary = "Vị trí của đơn vị trong bảng xếp hạng SIPAS — a unit's row "
            + "in a wave's official SIPAS table", description = "The row as the whole official SIPAS table of the survey wave "
            + "(đợt khảo sát) has it (satisfaction %, confidence and rank intervals, group, change against the year before), "
            + "with the table's edition and path. The unit is its code or unit key.")
    public Standing unit(
            @Parameter(description = "The survey wave's code (đợt khảo sát).", example = "SIPAS-2020")
            @PathParam("wave") String wave,
            @Parameter(description = "The unit's code (mã đơn vị hành chính) or its unit key.", example = "24")
            @PathParam("unit") String unit) {
        return standings.row(Index.SIPAS, wave, unit);
    }

    @GET
    @Path("/{wave}")
    @Operation(operationId = "getSipasTable", summary = "Bảng xếp hạng Chỉ số SIPAS — the satisfaction (SIPAS) league table "
            + "of a survey wave", description = "Ranks units by their unrounded satisfaction % (chỉ số hài lòng; standard "
            + "competition), overall or, with factor, for one factor; each row with its 95 % confidence interval, a 90 % rank "
            + "interval (seeded parametric bootstrap over the standard errors) and whether it differs significantly from the "
            + "next row, and the change against the wave of the year before through unit lineage. OFFICIAL (anyone) once the "
            + "wave (đợt khảo sát) is closed and all its results are final; PROVISIONAL (admins and appraisers) while it "
            + "runs. The same table shape as every index; q, sort, desc, format and lang, CSV and XLSX as for the PAR Index.")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv", LeagueTableSheet.XLSX })
    @APIResponse(responseCode = "200", description = "The table: JSON by default; CSV or XLSX (an attachment named after the "
            + "wave, and the factor if any) when Accept names that type before JSON or format asks for it.",
            headers = @Header(name = "Content-Disposition", description = "CSV and XLSX only: attachment; "
                    + "filename=\"<wave>[-<factor>].csv\" (or .xlsx).", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TableView.class)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = LeagueTableSheet.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    // PROVISIONAL tables are for admins and appraisers only
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response get(
            @Parameter(description = "The survey wave's code (đợt khảo sát).", example = "SIPAS-2020")
            @PathParam("wave") String wave,
            @Parameter(description = "OFFICIAL (the default; anyone) or PROVISIONAL (admins and appraisers only: 401 without "
                    + "a token, 403 for other roles).", example = "OFFICIAL")
            @QueryParam("visibility") @DefaultValue("OFFICIAL") Visibility visibility,
            @Parameter(description = "Rank one factor instead of the index: its code in the questionnaire (SIPAS-2017: TC, "
                    + "TT, CC, KQ, GY). A code no result has is refused (400).", example = "KQ")
            @QueryParam("factor") String factor, @BeanParam TableQuery query, @Context HttpHeaders headers) {
        ProvisionalTables.checkAllowed(identity, visibility);
        LeagueTables.Snapshot table = tables.forReaders(Index.SIPAS, wave, visibility, factor, false).orElseThrow(() -> Refusal.notFound("no "
                + (visibility == Visibility.OFFICIAL ? "final " : "") + "survey results for wave " + wave));
        return query.answer(table, headers, json);
    }
}
