package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A bonus (điểm thưởng) or penalty (điểm trừ) line of a provincial index: points added to or taken from the total,
 * at most {@code cap}. {@code area} names the area it is awarded for, where the methodology says so
 * (Đức Trọng 2022: +1 for administrative procedures, +0.5 for public finance).
 */
@Schema(name = "Adjustment", description = "A bonus (điểm thưởng) or penalty (điểm trừ) line of a methodology: points "
        + "added to or taken from the total, at most cap.", requiredProperties = { "code", "name", "kind", "cap" })
public record Adjustment(
        @Schema(description = "The line's code, unique in the methodology; awards name the line by it.",
                example = "THUONG-TTHC") String code,
        @Schema(description = "The line's name.", example = "Điểm thưởng cải cách thủ tục hành chính") String name,
        @Schema(description = "Whether the line adds or takes away points.") Kind kind,
        @Schema(description = "The most points the line can add or take, more than 0.", example = "1") BigDecimal cap,
        @Schema(description = "The code of the area the line is awarded for, where the methodology says so.",
                example = "TTHC") String area) {

    @Schema(name = "AdjustmentKind", description = "BONUS: points added to the total (điểm thưởng); PENALTY: points "
            + "taken from it (điểm trừ).")
    public enum Kind {
        BONUS, PENALTY
    }

    public static Adjustment bonus(String code, String name, String cap, String area) {
        return new Adjustment(code, name, Kind.BONUS, new BigDecimal(cap), area);
    }

    public static Adjustment penalty(String code, String name, String cap, String area) {
        return new Adjustment(code, name, Kind.PENALTY, new BigDecimal(cap), area);
    }
}
