package vn.parindex.ranking.standing;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/units/{unit}/standings")
@Tag(name = "League tables")
@PermitAll
public class StandingResource {

    private final Standings standings;

    StandingResource(Standings standings) {
        this.standings = standings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getUnitStandings", summary = "Vị trí của đơn vị — where a unit stands in a year",
            description = "The unit's row in every official table of the year: the PAR Index (overall, with its rank in each "
                    + "area), SIPAS (with the 90 % rank interval), PAPI and PCI; each row with its rank and field size, group, "
                    + "and the change against the year before through unit lineage, and the path of the whole table. Without "
                    + "year, the latest year in which an official table ranks the unit. 404 when none does.")
    public Standings.UnitStandings get(
            @Parameter(description = "the unit's code (mã đơn vị hành chính), e.g. 24 for Bắc Giang, or its unit key",
                    example = "24") @PathParam("unit") String unit,
            @Parameter(description = "the year of the tables (năm đánh giá), e.g. 2020", example = "2020")
            @QueryParam("year") Integer year) {
        return standings.of(unit, year);
    }
}
