package vn.parindex.ranking.dashboard;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public dashboard lives under /app/ (static pages served from META-INF/resources/app); the root leads there. */
@Path("/")
@PermitAll
public class DashboardResource {

    @GET
    @Operation(hidden = true)
    public Response root() {
        return Response.seeOther(URI.create("/app/")).build();
    }
}
