package vn.parindex.survey.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A questionnaire as imported and exported: the answer scale, which answers count as satisfied, the factors and
 * their items, the respondent-profile questions and how items aggregate into factors and factors into the index.
 * Omitted parts take the SIPAS defaults ({@link QuestionnaireRules#withDefaults}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionnaireDocument(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,59}", message = "use 2-60 capital letters, digits and dashes") String code,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 4000) String description,
        Boolean template,
        @Size(max = 20) List<@Valid @NotNull ScaleLevel> scale,
        List<@NotNull Integer> satisfied,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Factor> factors,
        @NotEmpty @Size(max = 400) List<@Valid @NotNull Item> items,
        @Size(max = 50) List<@Valid @NotNull ProfileQuestion> profile,
        @Valid Aggregation aggregation,
        List<@Valid @NotNull Band> bands) {

    /** One answer on the ordinal scale, e.g. 5 = "Rất hài lòng". */
    public record ScaleLevel(@NotNull Integer value, @NotBlank @Size(max = 100) String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Factor(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 300) String name, @DecimalMin(value = "0", inclusive = false) BigDecimal weight) {
    }

    /** A scored question; {@code weight} counts only when the factor aggregates by weighted mean. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 1000) String text, @NotBlank @Size(max = 32) String factor,
            Boolean required,
            @DecimalMin(value = "0", inclusive = false) BigDecimal weight) {
    }

    /** A question about the respondent (age group, sex, channel, service used), not scored. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfileQuestion(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 300) String text,
            @Size(max = 100) List<@Valid @NotNull Option> options, Boolean required) {
    }

    public record Option(@NotBlank @Size(max = 100) String value, @NotBlank @Size(max = 200) String label) {
    }

    public record Aggregation(@NotNull Method factors, @NotNull Method index) {
    }

    public enum Method {
        /** The plain mean of the parts that have a value. */
        MEAN,
        /** The mean weighted by each part's weight, over the parts that have a value. */
        WEIGHTED_MEAN
    }

    /** A group reached from {@code minPercent} upwards (e.g. B from 85 %). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Band(@NotBlank @Size(max = 32) String group, @Size(max = 300) String name, @NotNull @DecimalMin("0") BigDecimal minPercent) {
    }
}
