package vn.parindex.survey.wave.web;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.survey.wave.SampleSize;

@Path("/api/v1/sample-sizes")
@Tag(name = "Sampling")
@PermitAll
public class SampleSizeResource {

    public record SamplePlanRequest(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) BigDecimal margin,
            @NotEmpty Map<String, @NotNull @Min(1) Long> populations) {
    }

    public record SamplePlan(BigDecimal margin, Map<String, Long> targets, long total) {
    }

    @POST
    @Operation(summary = "Target sample per unit", description = "n = N / (1 + N·e²) for each unit's population N "
            + "(transactions or users in the period) and the allowed error e, rounded up (domain §2.4).")
    public SamplePlan plan(@NotNull @Valid SamplePlanRequest request) {
        Map<String, Long> targets = new LinkedHashMap<>();
        request.populations().forEach((unit, population) -> targets.put(unit, SampleSize.of(population, request.margin())));
        return new SamplePlan(request.margin(), targets, targets.values().stream().mapToLong(Long::longValue).sum());
    }
}
