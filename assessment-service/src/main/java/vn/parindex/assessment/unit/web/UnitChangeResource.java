package vn.parindex.assessment.unit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.assessment.unit.LineageKind;
import vn.parindex.assessment.unit.UnitRegistry;
import vn.parindex.assessment.unit.web.UnitResource.UnitView;
import vn.parindex.assessment.web.Roles;

@Path("/api/v1/unit-changes")
@Tag(name = "Administrative units")
public class UnitChangeResource {

    public record UnitChangeRequest(@NotNull LineageKind kind, @NotNull LocalDate effectiveDate,
            @NotNull @Size(min = 1, max = 100) List<@NotBlank String> from, @NotNull @Size(max = 100) List<@NotBlank String> to) {
    }

    private final UnitRegistry registry;
    private final UnitResource units;

    UnitChangeResource(UnitRegistry registry, UnitResource units) {
        this.registry = registry;
        this.units = units;
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Record a merge, split, rename or abolition", description = "from: the units (keys, code@validFrom) "
            + "that end the day before effectiveDate; to: the units valid from it (none for ABOLISH). Answers every unit "
            + "involved with its lineage. Recording the same change again is a no-op.")
    public List<UnitView> record(@NotNull @Valid UnitChangeRequest request) {
        return registry.record(new UnitRegistry.UnitChange(request.kind(), request.effectiveDate(), request.from(), request.to()))
                .stream().map(units::view).toList();
    }
}
