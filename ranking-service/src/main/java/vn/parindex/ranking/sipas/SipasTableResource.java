package vn.parindex.ranking.sipas;

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
import vn.parindex.ranking.web.LeagueTableSheet;
import vn.parindex.ranking.web.TableQuery;
import vn.parindex.ranking.web.ProvisionalTables;

@Path("/api/v1/league-tables/sipas")
@Tag(name = "League tables")
@PermitAll
public class SipasTableResource {

    private final SecurityIdentity identity;
    private final LeagueTables tables;
    private final Standings standings;

    SipasTableResource(SecurityIdentity identity, LeagueTables tables, Standings standings) {
        this.identity = identity;
        this.tables = tables;
        this.standings = standings;
    }

    @GET
    @Path("/{wave}/units/{unit}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A unit's row in a wave's official SIPAS table", description = "The row as the whole table has it "
            + "(satisfaction %, confidence and rank intervals, group, change against the year before), with the table's edition "
            + "and path.")
    public Standing unit(@PathParam("wave") String wave, @PathParam("unit") String unit) {
        return standings.row(Index.SIPAS, wave, unit);
    }

    @GET
    @Path("/{wave}")
    @Operation(summary = "The satisfaction (SIPAS) league table of a survey wave", description = "Ranks units by their "
            + "unrounded satisfaction % (standard competition), overall or, with factor, for one factor; each row with its "
            + "95 % confidence interval, a 90 % rank interval (seeded parametric bootstrap over the standard errors) and "
            + "whether it differs significantly from the next row, and the change against the wave of the year before "
            + "through unit lineage. OFFICIAL (anyone) once the wave is closed; PROVISIONAL (admins and appraisers) while "
            + "it runs. The same table shape as every index; CSV and XLSX as for the PAR Index.")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv", LeagueTableSheet.XLSX })
    public Response get(@PathParam("wave") String wave, @QueryParam("visibility") @DefaultValue("OFFICIAL") Visibility visibility,
            @QueryParam("factor") String factor, @BeanParam TableQuery query, @Context HttpHeaders headers) {
        ProvisionalTables.checkAllowed(identity, visibility);
        TableView table = tables.cached(Index.SIPAS, wave, visibility, factor, false).orElseThrow(() -> Refusal.notFound("no "
                + (visibility == Visibility.OFFICIAL ? "final " : "") + "survey results for wave " + wave));
        return query.answer(table, headers);
    }
}
