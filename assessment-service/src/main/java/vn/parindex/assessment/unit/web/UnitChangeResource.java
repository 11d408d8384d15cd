package vn.parindex.assessment.unit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.assessment.unit.LineageKind;
import vn.parindex.assessment.unit.UnitRegistry;
import vn.parindex.assessment.unit.web.UnitResource.UnitView;
import vn.parindex.assessment.web.Roles;

@Path("/api/v1/unit-changes")
@Tag(name = "Administrative units")
public class UnitChangeResource {

    @Schema(name = "UnitChangeRequest", description = "A merge, split, rename or abolition (sáp nhập, chia tách, đổi tên, "
            + "giải thể) between registered units.")
    public record UnitChangeRequest(@Schema(description = "How the units change.") @NotNull LineageKind kind,
            @Schema(description = "The first day of the new units; the old ones end the day before.", example = "2025-07-01")
            @NotNull LocalDate effectiveDate,
            @Schema(description = "The units that end (keys, code@validFrom), 1 to 100.", example = "[\"24@2008-08-01\", "
                    + "\"27@2008-08-01\"]") @NotNull @Size(min = 1, max = 100) List<@NotBlank String> from,
            @Schema(description = "The units valid from effectiveDate (keys), at most 100; none for ABOLISH.",
                    example = "[\"24@2025-07-01\"]") @NotNull @Size(max = 100) List<@NotBlank String> to) {
    }

    private final UnitRegistry registry;
    private final UnitResource units;

    UnitChangeResource(UnitRegistry registry, UnitResource units) {
        this.registry = registry;
        this.units = units;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "recordUnitChange", summary = "Sáp nhập, chia tách, đổi tên, giải thể — record a merge, split, "
            + "rename or abolition", description = "from: the units (keys, code@validFrom) that end the day before "
            + "effectiveDate; to: the units valid from it (none for ABOLISH), each registered first. Answers every unit "
            + "involved with its lineage. Recording the same change again is a no-op.")
    @APIResponse(responseCode = "200", description = "Every unit involved, with its lineage.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = UnitView.class)))
    public List<UnitView> record(@RequestBody(description = "The change.", required = true)
            @NotNull @Valid UnitChangeRequest request) {
        return registry.record(new UnitRegistry.UnitChange(request.kind(), request.effectiveDate(), request.from(), request.to()))
                .stream().map(units::view).toList();
    }
}
