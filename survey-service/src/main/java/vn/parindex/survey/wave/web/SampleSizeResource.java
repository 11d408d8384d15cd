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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.parindex.survey.wave.SampleSize;

@Path("/api/v1/sample-sizes")
@Tag(name = "Sampling")
@PermitAll
public class SampleSizeResource {

    @Schema(name = "SamplePlanRequest", description = "The populations to plan a sample (cỡ mẫu) for, and the allowed error.")
    public record SamplePlanRequest(
            @Schema(description = "The allowed error e, between 0 and 1 (exclusive).", example = "0.05")
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) BigDecimal margin,
            @Schema(description = "Each unit's population N (transactions or users in the period, at least 1), keyed by unit "
                    + "code.", example = "{\"24\": 125000, \"06\": 20000}")
            @NotEmpty Map<String, @NotNull @Min(1) Long> populations) {
    }

    @Schema(name = "SamplePlan", description = "The target sample (cỡ mẫu) of each unit: n = N / (1 + N·e²), rounded up and never "
            + "more than N.")
    public record SamplePlan(@Schema(description = "The allowed error e the plan was made with.", example = "0.05") BigDecimal margin,
            @Schema(description = "Each unit's target number of responses, keyed by unit code as in the request.",
                    example = "{\"24\": 399, \"06\": 393}") Map<String, Long> targets,
            @Schema(description = "The sum of the targets.", example = "792") long total) {
    }

    @POST
    @Operation(operationId = "planSampleSizes", summary = "Cỡ mẫu — target sample per unit", description = "The SIPAS sample "
            + "size (cỡ mẫu): n = N / (1 + N·e²) for each unit's population N (transactions or users in the period) and the "
            + "allowed error e, rounded up and never more than N (domain §2.4). Stores nothing; open a wave with the "
            + "populations and the margin to have its targets derived the same way.")
    @APIResponse(responseCode = "200", description = "The target of each unit and their sum.")
    public SamplePlan plan(@RequestBody(description = "The populations and the allowed error.", required = true)
            @NotNull @Valid SamplePlanRequest request) {
        Map<String, Long> targets = new LinkedHashMap<>();
        request.populations().forEach((unit, population) -> targets.put(unit, SampleSize.of(population, request.margin())));
        return new SamplePlan(request.margin(), targets, targets.values().stream().mapToLong(Long::longValue).sum());
    }
}
