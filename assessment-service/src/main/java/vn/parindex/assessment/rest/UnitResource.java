package vn.parindex.assessment.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.assessment.AdministrativeUnit;
import vn.parindex.assessment.ApiProblem;
import vn.parindex.assessment.UnitLevel;
import vn.parindex.assessment.UnitRegistry;
import vn.parindex.assessment.UnitRegistry.UnitDefinition;

@Path("/api/v1/units")
@Tag(name = "Administrative units")
public class UnitResource {

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";

    public record UnitRequest(
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = "letters, digits, '.', '_' or '-', at most 32") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull UnitLevel level,
            @Pattern(regexp = CODE_PATTERN) String parentCode,
            @NotNull LocalDate validFrom,
            LocalDate validTo) {

        UnitDefinition definition() {
            return new UnitDefinition(code, name.strip(), level, parentCode, validFrom, validTo);
        }
    }

    public record UnitView(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom,
            LocalDate validTo, long version, Instant updatedAt) {

        static UnitView of(AdministrativeUnit unit) {
            return new UnitView(unit.code, unit.name, unit.level, unit.parentCode, unit.validFrom, unit.validTo,
                    unit.version, unit.updatedAt);
        }
    }

    public record UnitPage(List<UnitView> items, String nextCursor) {
    }

    private final UnitRegistry registry;

    UnitResource(UnitRegistry registry) {
        this.registry = registry;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a unit", description = "Idempotent on the code: the same unit again answers 200 with "
            + "the stored unit; other values under an existing code are a 409.")
    public Response register(@NotNull @Valid UnitRequest request) {
        UnitRegistry.Registration registration = registry.register(request.definition());
        UnitView view = UnitView.of(registration.unit());
        Response.ResponseBuilder response = registration.created()
                ? Response.created(URI.create("/api/v1/units/" + view.code()))
                : Response.ok();
        return response.entity(view).tag(etag(view.version())).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a unit", description = "Requires If-Match with the version read; a stale version is a 409.")
    public Response change(@PathParam("code") String code,
            @Parameter(description = "the unit's current version, as in its ETag") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid UnitRequest request) {
        if (!code.equals(request.code())) {
            throw ApiProblem.invalid("code", "the body's code " + request.code() + " differs from the path's " + code);
        }
        AdministrativeUnit unit = registry.change(code, expectedVersion(ifMatch), request.definition());
        return Response.ok(UnitView.of(unit)).tag(etag(unit.version)).build();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "Read a unit")
    public Response get(@PathParam("code") String code) {
        AdministrativeUnit unit = registry.get(code);
        return Response.ok(UnitView.of(unit)).tag(etag(unit.version)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Search units", description = "q matches names ignoring case and diacritics ('bac giang' finds "
            + "'Bắc Giang'); validOn keeps the units valid on that date. Pages in code order: pass nextCursor as cursor.")
    public UnitPage search(@QueryParam("q") String query, @QueryParam("level") UnitLevel level,
            @QueryParam("validOn") LocalDate validOn, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        List<UnitView> items = registry.search(query, level, validOn, cursor, limit).stream().map(UnitView::of).toList();
        String next = items.size() == limit ? items.get(items.size() - 1).code() : null;
        return new UnitPage(items, next);
    }

    private static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    private static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.invalid("If-Match", "send If-Match with the version you read (its ETag)");
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.invalid("If-Match", "'" + ifMatch + "' is not a version");
        }
    }
}
