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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.assessment.unit.AdministrativeUnit;
import vn.parindex.assessment.unit.UnitLevel;
import vn.parindex.assessment.unit.UnitRegistry.UnitDefinition;
import vn.parindex.assessment.unit.UnitRegistry;
import vn.parindex.assessment.unit.messaging.UnitChanged;
import vn.parindex.assessment.web.Versions;
import vn.parindex.assessment.web.Roles;

@Path("/api/v1/units")
@Tag(name = "Administrative units", description = "Đơn vị hành chính: units with their lineage (merges, splits, renames, "
        + "abolitions); a unit is identified by its key, code@validFrom.")
public class UnitResource {

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";
    private static final String VERSION_TAG = "The unit's version, quoted, e.g. \"1\": send it as If-Match to change the unit.";

    @Schema(name = "UnitRequest", description = "An administrative unit (đơn vị) as registered or changed.")
    public record UnitRequest(
            @Schema(description = "The General Statistics Office code: letters, digits, '.', '_' or '-', at most 32; with "
                    + "validFrom it identifies the unit and cannot change.", example = "24")
            @NotBlank @Pattern(regexp = CODE_PATTERN, message = "letters, digits, '.', '_' or '-', at most 32") String code,
            @Schema(description = "The Vietnamese name with diacritics (at most 200 characters).", example = "Tỉnh Bắc Giang")
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "The unit's level.") @NotNull UnitLevel level,
            @Schema(description = "The parent unit's code (the parent valid on validFrom); absent for a province or a "
                    + "ministry.", example = "68") @Pattern(regexp = CODE_PATTERN) String parentCode,
            @Schema(description = "The first day the unit exists under this code; cannot change.", example = "2008-08-01")
            @NotNull LocalDate validFrom,
            @Schema(description = "The last day it exists; absent while it exists.", example = "2025-06-30") LocalDate validTo) {

        UnitDefinition definition() {
            return new UnitDefinition(code, name.strip(), level, parentCode, validFrom, validTo);
        }
    }

    @Schema(name = "Unit", description = "An administrative unit (đơn vị) with its lineage. version is the value to send "
            + "back as If-Match to change it (also the ETag).")
    public record UnitView(@Schema(description = "The unit's key, code@validFrom: a code alone does not identify a unit "
            + "across the 2025 reform (24 was Bắc Giang, then Bắc Ninh).", example = "24@2008-08-01") String key,
            @Schema(description = "The General Statistics Office code.", example = "24") String code,
            @Schema(description = "The Vietnamese name with diacritics.", example = "Tỉnh Bắc Giang") String name,
            @Schema(description = "The unit's level.") UnitLevel level,
            @Schema(description = "The parent unit's key; null for a province or a ministry.") String parentKey,
            @Schema(description = "The parent unit's code; null for a province or a ministry.") String parentCode,
            @Schema(description = "The first day the unit exists.", example = "2008-08-01") LocalDate validFrom,
            @Schema(description = "The last day it exists; null while it exists.", example = "2025-06-30") LocalDate validTo,
            @Schema(description = "The units this unit was made from.") List<UnitChanged.Link> predecessors,
            @Schema(description = "What this unit became (key null for ABOLISH).") List<UnitChanged.Link> successors,
            @Schema(description = "The unit's version: send it as If-Match to change the unit.", example = "1") long version,
            @Schema(description = "When the unit last changed.") Instant updatedAt) {

        static UnitView of(UnitChanged unit) {
            return new UnitView(unit.key(), unit.code(), unit.name(), unit.level(), unit.parentKey(),
                    AdministrativeUnit.codeOf(unit.parentKey()), unit.validFrom(), unit.validTo(), unit.predecessors(),
                    unit.successors(), unit.version(), unit.changedAt());
        }
    }


    @Schema(name = "UnitPage", description = "One page of units, in key order.")
    public record UnitPage(@Schema(description = "The units of this page.") List<UnitView> items,
            @Schema(description = "Pass as cursor for the next page; null on the last page.", example = "24@2008-08-01")
            String nextCursor) {
    }

    private final UnitRegistry registry;

    UnitResource(UnitRegistry registry) {
        this.registry = registry;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerUnit", summary = "Đăng ký đơn vị — register a unit", description = "Registers an "
            + "administrative unit (đơn vị) under its key, code@validFrom. Idempotent on the key: the same unit again answers "
            + "200 with the stored unit; other values under an existing key are a 409 (change it with PUT instead).")
    @APIResponse(responseCode = "201", description = "Registered.", headers = {
            @Header(name = "Location", description = "The unit's address, /api/v1/units/{key}.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "200", description = "The same unit was registered already: the stored unit.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response register(@RequestBody(description = "The unit to register.", required = true)
            @NotNull @Valid UnitRequest request) {
        UnitRegistry.Registration registration = registry.register(request.definition());
        UnitView view = view(registration.unit());
        Response.ResponseBuilder response = registration.created()
                ? Response.created(URI.create("/api/v1/units/" + view.key()))
                : Response.ok();
        return response.entity(view).tag(etag(view.version())).build();
    }

    @PUT
    @Path("/{reference}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeUnit", summary = "Sửa đơn vị — change a unit", description = "Changes a unit's name, "
            + "level, parent or last day; the path names the unit by its key (code@validFrom), not by code alone. Requires "
            + "If-Match with the version read; a stale version is a 409 carrying the current one. Code and validFrom cannot "
            + "change: register a new unit and record the change between them (POST /api/v1/unit-changes).")
    @APIResponse(responseCode = "200", description = "The unit as changed, with its new version.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response change(@Parameter(description = "The unit's key, code@validFrom.", example = "24@2008-08-01")
            @PathParam("reference") String key,
            @Parameter(description = "The unit's version as last read (its ETag or version), e.g. \"1\".", required = true,
                    example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(description = "The unit's new values; code and validFrom as they are.", required = true)
            @NotNull @Valid UnitRequest request) {
        AdministrativeUnit unit = registry.change(key, Versions.expected(ifMatch), request.definition());
        return Response.ok(view(unit)).tag(etag(unit.version)).build();
    }

    @GET
    @Path("/{reference}")
    @PermitAll
    @Operation(operationId = "getUnit", summary = "Đơn vị — read a unit, with its lineage", description = "By key "
            + "(24@2008-08-01) or by code (24): the unit with that code valid on validOn (default today), or, with no date and "
            + "none valid today, the latest.")
    @APIResponse(responseCode = "200", description = "The unit.",
            headers = @Header(name = "ETag", description = VERSION_TAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    public Response get(@Parameter(description = "The unit's key (code@validFrom) or code.", example = "24@2008-08-01")
            @PathParam("reference") String reference,
            @Parameter(description = "For a code: the day the unit is valid on (YYYY-MM-DD); ignored for a key.",
                    example = "2020-12-31") @QueryParam("validOn") LocalDate validOn) {
        AdministrativeUnit unit = registry.get(reference, validOn);
        return Response.ok(view(unit)).tag(etag(unit.version)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "listUnits", summary = "Tìm đơn vị — search units", description = "Administrative units "
            + "(đơn vị), filtered: q matches names ignoring case and diacritics ('bac giang' finds 'Bắc Giang'); validOn keeps "
            + "the units valid on that date; parent (a unit key) keeps its children. Pages in key order: pass nextCursor as "
            + "cursor.")
    @APIResponse(responseCode = "200", description = "One page of units.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UnitPage.class)))
    public UnitPage search(
            @Parameter(description = "Part of the name, in any case, with or without diacritics.", example = "bac giang")
            @QueryParam("q") String query,
            @Parameter(description = "Only units of this level.", example = "PROVINCE") @QueryParam("level") UnitLevel level,
            @Parameter(description = "Only units valid on this day (YYYY-MM-DD).", example = "2020-12-31")
            @QueryParam("validOn") LocalDate validOn,
            @Parameter(description = "Only the children of this unit (its key).", example = "68@2008-08-01")
            @QueryParam("parent") String parentKey,
            @Parameter(description = "The nextCursor of the previous page; absent for the first page.", example = "24@2008-08-01")
            @QueryParam("cursor") String cursor,
            @Parameter(description = "The most units a page holds, 1 to 1000.", example = "100")
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
