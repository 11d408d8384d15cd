package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A group (nhóm) that an index percentage of at least {@code minPercent} falls into, e.g. C = 70 to under 80. */
public record Band(String code, String name, BigDecimal minPercent) {

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
