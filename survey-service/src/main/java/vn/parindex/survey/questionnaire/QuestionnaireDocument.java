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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A questionnaire as imported and exported: the answer scale, which answers count as satisfied, the factors and
 * their items, the respondent-profile questions and how items aggregate into factors and factors into the index.
 * Omitted parts take the SIPAS defaults ({@link QuestionnaireRules#withDefaults}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "QuestionnaireDocument", description = "A questionnaire (phiếu khảo sát) as imported and exported: the answer "
        + "scale, which answers count as satisfied, the factors and their items, the respondent-profile questions, how items "
        + "aggregate into factors and factors into the satisfaction index (chỉ số hài lòng), and the groups. Parts left out "
        + "on import take the SIPAS defaults; a stored version is returned with them filled in.")
public record QuestionnaireDocument(
        @Schema(description = "The questionnaire's code, the same in every version.", example = "SIPAS-2017")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,59}", message = "use 2-60 capital letters, digits and dashes") String code,
        @Schema(description = "The questionnaire's name.", example = "Phiếu khảo sát sự hài lòng của người dân, tổ chức đối với "
                + "sự phục vụ của cơ quan hành chính nhà nước (SIPAS, mẫu)")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Free text on the questionnaire: its source, what is confirmed.") @Size(max = 4000) String description,
        @Schema(description = "Whether this is a template to adapt rather than an official form; false when left out.",
                example = "true") Boolean template,
        @Schema(description = "The ordinal answer scale; left out: the five levels 1 = Rất không hài lòng … 5 = Rất hài lòng.")
        @Size(max = 20) List<@Valid @NotNull ScaleLevel> scale,
        @Schema(description = "The scale values that count as satisfied; left out: the top two values of the scale.",
                example = "[4, 5]") List<@NotNull Integer> satisfied,
        @Schema(description = "The factors (yếu tố) the items are grouped in; each needs at least one item.")
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Factor> factors,
        @Schema(description = "The scored questions (tiêu chí), each in one factor; their codes are unique across items and "
                + "profile questions.") @NotEmpty @Size(max = 400) List<@Valid @NotNull Item> items,
        @Schema(description = "Questions about the respondent (not scored); left out: none.")
        @Size(max = 50) List<@Valid @NotNull ProfileQuestion> profile,
        @Schema(description = "How items aggregate into factors and factors into the index; left out: plain means at both "
                + "levels.") @Valid Aggregation aggregation,
        @Schema(description = "The groups (nhóm) a unit's index places it in; left out: none.") List<@Valid @NotNull Band> bands) {

    /** One answer on the ordinal scale, e.g. 5 = "Rất hài lòng". */
    @Schema(name = "ScaleLevel", description = "One answer on the questionnaire's ordinal scale, e.g. 5 = Rất hài lòng.")
    public record ScaleLevel(@Schema(description = "The answer's value, unique on the scale.", example = "5") @NotNull Integer value,
            @Schema(description = "The answer's label; a response may give the label instead of the value (case and diacritics "
                    + "ignored).", example = "Rất hài lòng") @NotBlank @Size(max = 100) String label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QuestionnaireFactor", description = "A factor (yếu tố) of the questionnaire, e.g. the five SIPAS factors: "
            + "access to services, administrative procedures, civil servants, service results, handling of feedback.")
    public record Factor(
            @Schema(description = "The factor's code, unique in the questionnaire (letters, digits, '.', '_' or '-').",
                    example = "TC") @NotBlank @Size(max = 32) String code,
            @Schema(description = "The factor's name.", example = "Tiếp cận dịch vụ") @NotBlank @Size(max = 300) String name,
            @Schema(description = "The factor's weight in the index; counts only when the index aggregates by WEIGHTED_MEAN. "
                    + "1 when left out.", example = "1") @DecimalMin(value = "0", inclusive = false) BigDecimal weight) {
    }

    /** A scored question; {@code weight} counts only when the factor aggregates by weighted mean. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QuestionnaireItem", description = "A scored question (tiêu chí) of the questionnaire, answered on the scale.")
    public record Item(
            @Schema(description = "The item's code, unique in the questionnaire; the key of its answer in a response and its "
                    + "column in the sheets.", example = "TC1") @NotBlank @Size(max = 32) String code,
            @Schema(description = "The question as the respondent reads it.", example = "Nơi ngồi chờ tại Bộ phận Một cửa có đủ chỗ "
                    + "ngồi") @NotBlank @Size(max = 1000) String text,
            @Schema(description = "The code of the factor the item belongs to.", example = "TC") @NotBlank @Size(max = 32) String factor,
            @Schema(description = "Whether every response must answer it; false when left out.", example = "true") Boolean required,
            @Schema(description = "The item's weight in its factor; counts only when factors aggregate by WEIGHTED_MEAN. 1 when "
                    + "left out.", example = "1") @DecimalMin(value = "0", inclusive = false) BigDecimal weight) {
    }

    /** A question about the respondent (age group, sex, channel, service used), not scored. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProfileQuestion", description = "A question about the respondent (age group, sex, channel, service used), "
            + "not scored.")
    public record ProfileQuestion(
            @Schema(description = "The question's code, unique across items and profile questions; the key of its answer in a "
                    + "response's profile.", example = "age") @NotBlank @Size(max = 32) String code,
            @Schema(description = "The question as the respondent reads it.", example = "Nhóm tuổi") @NotBlank @Size(max = 300) String text,
            @Schema(description = "The answers to choose from; empty: free text (at most 200 characters).")
            @Size(max = 100) List<@Valid @NotNull Option> options,
            @Schema(description = "Whether every response must answer it; false when left out.", example = "false") Boolean required) {
    }

    @Schema(name = "ProfileOption", description = "One answer to choose from for a profile question.")
    public record Option(
            @Schema(description = "The value stored; a response may give it or the label.", example = "18-29")
            @NotBlank @Size(max = 100) String value,
            @Schema(description = "The label shown.", example = "Từ 18 đến 29 tuổi") @NotBlank @Size(max = 200) String label) {
    }

    @Schema(name = "QuestionnaireAggregation", description = "How item percentages aggregate into factors, and factors into the "
            + "satisfaction index.")
    public record Aggregation(@Schema(description = "Items into their factor.") @NotNull Method factors,
            @Schema(description = "Factors into the index.") @NotNull Method index) {
    }

    @Schema(name = "AggregationMethod", description = "MEAN: the plain mean of the parts that have a value; WEIGHTED_MEAN: the "
            + "mean weighted by each part's weight, over the parts that have a value. A part without valid answers is left "
            + "out, not counted as 0 %.")
    public enum Method {
        /** The plain mean of the parts that have a value. */
        MEAN,
        /** The mean weighted by each part's weight, over the parts that have a value. */
        WEIGHTED_MEAN
    }

    /** A group reached from {@code minPercent} upwards (e.g. B from 85 %). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SatisfactionBand", description = "A group (nhóm) a unit reaches when its unrounded index is at least "
            + "minPercent; a unit is placed in the highest band it reaches.")
    public record Band(@Schema(description = "The group's code, unique in the questionnaire.", example = "B")
            @NotBlank @Size(max = 32) String group,
            @Schema(description = "The group's name.", example = "Từ 85 % đến dưới 90 %") @Size(max = 300) String name,
            @Schema(description = "The lowest index (%) in the group, 0-100.", example = "85")
            @NotNull @DecimalMin("0") BigDecimal minPercent) {
    }
}
