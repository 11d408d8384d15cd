package vn.parindex.ranking.external;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.standing.Standing;
import vn.parindex.ranking.standing.Standings;
import vn.parindex.ranking.table.ExternalIndex;
import vn.parindex.ranking.table.LeagueTables;
import vn.parindex.ranking.table.TableView;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;
import vn.parindex.ranking.web.LeagueTableSheet;
import vn.parindex.ranking.web.TableQuery;
import vn.parindex.ranking.web.Roles;

@Path("/api/v1/external-indices")
@Tag(name = "External indices")
public class ExternalIndexResource {

    static final String XLSX = LeagueTableSheet.XLSX;

    private final ExternalImports imports;
    private final LeagueTables tables;
    private final SecurityIdentity identity;
    private final Standings standings;

    ExternalIndexResource(ExternalImports imports, LeagueTables tables, SecurityIdentity identity, Standings standings) {
        this.imports = imports;
        this.tables = tables;
        this.identity = identity;
        this.standings = standings;
    }

    @POST
    @Path("/{index}/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes({ "text/csv", XLSX })
    @Operation(summary = "Import a year of PAPI or PCI", description = "CSV or XLSX: a header row with unit, name and one column "
            + "per PAPI dimension (D1–D8, 1–10 each; optional sub-dimension columns D1.1, D1.2, … must add up to their "
            + "dimension) or PCI sub-index (S1–S10, 0–10, and a row 'weights' with each weight in percent). The report names "
            + "every fault by row and column; one fault refuses the whole file (400) and nothing is written. An accepted file "
            + "replaces the year. dryRun=true checks without writing.")
    public Response importYear(@PathParam("index") String index, @PathParam("year") int year, @Context HttpHeaders headers,
            byte[] body, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        ExternalIndex kind = kind(index);
        if (year < 2000 || year > 2100) {
            throw Refusal.invalid("year", "the year " + year + " is out of range");
        }
        List<List<String>> sheet = headers.getMediaType().isCompatible(MediaType.valueOf(XLSX)) ? ExternalImports.xlsx(body)
                : ExternalImports.csv(body);
        ExternalImports.Report report = imports.importSheet(kind, year, sheet, identity.getPrincipal().getName(), dryRun);
        return Response.status(report.rejected() > 0 ? 400 : 200).type(MediaType.APPLICATION_JSON).entity(report).build();
    }

    @GET
    @Path("/{index}/{year}")
    @PermitAll
    @Operation(summary = "The league table of an external index for a year", description = "Ranked by the unrounded total "
            + "(standard competition), each dimension (area) with its score out of 10 and its rank; PAPI rows carry their "
            + "quartile group; the change against the year before through unit lineage. The same table shape as every "
            + "index; CSV and XLSX as for the PAR Index.")
    @jakarta.ws.rs.Produces({ MediaType.APPLICATION_JSON, "text/csv", XLSX })
    public Response table(@PathParam("index") String index, @PathParam("year") int year,
            @BeanParam TableQuery query, @Context HttpHeaders headers) {
        Index kind = Index.valueOf(kind(index).name());
        TableView table = tables.cached(kind, ExternalSource.code(kind, year), Visibility.OFFICIAL, null, false)
                .orElseThrow(() -> Refusal.notFound("no " + kind + " results for " + year));
        return query.answer(table, headers);
    }

    @GET
    @Path("/{index}/{year}/units/{unit}")
    @PermitAll
    @Operation(summary = "A unit's row in an external index's table for a year", description = "The row as the whole table "
            + "has it (total, rank per dimension, PAPI quartile group, change against the year before), with the table's "
            + "edition and path.")
    @jakarta.ws.rs.Produces(MediaType.APPLICATION_JSON)
    public Standing unit(@PathParam("index") String index, @PathParam("year") int year, @PathParam("unit") String unit) {
        Index kind = Index.valueOf(kind(index).name());
        return standings.row(kind, ExternalSource.code(kind, year), unit);
    }

    private static ExternalIndex kind(String index) {
        try {
            return ExternalIndex.valueOf(index.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("index", "'" + index + "' is not PAPI or PCI");
        }
    }
}
