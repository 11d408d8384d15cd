package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A group (nhóm) that an index percentage of at least {@code minPercent} falls into, e.g. C = 70 to under 80. */
@Schema(name = "Band", description = "A group (nhóm, xếp loại) that an index percentage of at least minPercent falls "
        + "into, up to the next group's minimum, e.g. C = 70 to under 80.", requiredProperties = { "code", "name", "minPercent" })
public record Band(@Schema(description = "The group's code, unique in the methodology.", example = "B") String code,
        @Schema(description = "The group's name.", example = "Nhóm B") String name,
        @Schema(description = "The lowest unrounded index percentage in the group, 0 to 100.", example = "80")
        BigDecimal minPercent) {

    public static Band of(String code, String name, String minPercent) {
        return new Band(code, name, new BigDecimal(minPercent));
    }

    /** The highest band whose minimum the unrounded percentage reaches. */
    public static Optional<Band> of(List<Band> bands, BigDecimal percent) {
        return bands.stream()
                .filter(band -> percent.compareTo(band.minPercent()) >= 0)
                .max(Comparator.comparing(Band::minPercent));
    }
}
