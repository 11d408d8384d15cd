package vn.parindex.ranking.rest;

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
import vn.parindex.ranking.ApiProblem;
import vn.parindex.ranking.LeagueTableView.Visibility;
import vn.parindex.ranking.SipasTableView;
import vn.parindex.ranking.SipasTables;

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
    public SipasTableView get(@PathParam("wave") String wave, @QueryParam("visibility") @DefaultValue("OFFICIAL") Visibility visibility,
            @QueryParam("factor") String factor) {
        if (visibility == Visibility.PROVISIONAL && !(identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.APPRAISER))) {
            throw identity.isAnonymous() ? new UnauthorizedException()
                    : ApiProblem.forbidden("provisional tables are for admins and appraisers");
        }
        return tables.build(wave, visibility, factor).orElseThrow(() -> ApiProblem.notFound("no "
                + (visibility == Visibility.OFFICIAL ? "final " : "") + "survey results for wave " + wave));
    }
}
