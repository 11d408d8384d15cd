package vn.parindex.assessment.unit.web;

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
import vn.parindex.assessment.unit.AdministrativeUnit;
import vn.parindex.assessment.unit.UnitLevel;
import vn.parindex.assessment.unit.UnitRegistry.UnitDefinition;
import vn.parindex.assessment.unit.UnitRegistry;
import vn.parindex.assessment.unit.messaging.UnitChanged;
import vn.parindex.assessment.web.Versions;
import vn.parindex.assessment.web.Roles;

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

    public record UnitView(String key, String code, String name, UnitLevel level, String parentKey, String parentCode,
            LocalDate validFrom, LocalDate validTo, List<UnitChanged.Link> predecessors, List<UnitChanged.Link> successors,
            long version, Instant updatedAt) {

        static UnitView of(UnitChanged unit) {
            return new UnitView(unit.key(), unit.code(), unit.name(), unit.level(), unit.parentKey(),
                    AdministrativeUnit.codeOf(unit.parentKey()), unit.validFrom(), unit.validTo(), unit.predecessors(),
                    unit.successors(), unit.version(), unit.changedAt());
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
        UnitView view = view(registration.unit());
        Response.ResponseBuilder response = registration.created()
                ? Response.created(URI.create("/api/v1/units/" + view.key()))
                : Response.ok();
        return response.entity(view).tag(etag(view.version())).build();
    }

    @PUT
    @Path("/{key}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a unit", description = "The path names the unit by its key (code@validFrom). Requires "
            + "If-Match with the version read; a stale version is a 409. Code and validFrom cannot change.")
    public Response change(@PathParam("key") String key,
            @Parameter(description = "the unit's current version, as in its ETag") @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid UnitRequest request) {
        AdministrativeUnit unit = registry.change(key, Versions.expected(ifMatch), request.definition());
        return Response.ok(view(unit)).tag(etag(unit.version)).build();
    }

    @GET
    @Path("/{reference}")
    @PermitAll
    @Operation(summary = "Read a unit, with its lineage", description = "By key (24@2008-08-01) or by code (24): the unit "
            + "with that code valid on validOn (default today), or, with no date and none valid today, the latest.")
    public Response get(@PathParam("reference") String reference, @QueryParam("validOn") LocalDate validOn) {
        AdministrativeUnit unit = registry.get(reference, validOn);
        return Response.ok(view(unit)).tag(etag(unit.version)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "Search units", description = "q matches names ignoring case and diacritics ('bac giang' finds "
            + "'Bắc Giang'); validOn keeps the units valid on that date; parent (a unit key) keeps its children. Pages in key "
            + "order: pass nextCursor as cursor.")
    public UnitPage search(@QueryParam("q") String query, @QueryParam("level") UnitLevel level,
            @QueryParam("validOn") LocalDate validOn, @QueryParam("parent") String parentKey, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        List<UnitView> items = registry.search(query, level, validOn, parentKey, cursor, limit).stream().map(this::view).toList();
        String next = items.size() == limit ? items.get(items.size() - 1).key() : null;
        return new UnitPage(items, next);
    }

    UnitView view(AdministrativeUnit unit) {
        return UnitView.of(registry.state(unit));
    }

    private static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
