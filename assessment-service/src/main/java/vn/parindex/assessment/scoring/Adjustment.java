package vn.parindex.assessment.scoring;

import java.math.BigDecimal;

/**
 * A bonus (điểm thưởng) or penalty (điểm trừ) line of a provincial index: points added to or taken from the total,
 * at most {@code cap}. {@code area} names the area it is awarded for, where the methodology says so
 * (Đức Trọng 2022: +1 for administrative procedures, +0.5 for public finance).
 */
public record Adjustment(String code, String name, Kind kind, BigDecimal cap, String area) {

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
