package vn.parindex.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BandTest {

    private static final List<Band> BANDS = List.of(Band.of("C", "Nhóm C", "70"), Band.of("A", "Nhóm A", "90"),
            Band.of("B", "Nhóm B", "80"), Band.of("D", "Nhóm D", "0"));

    private static String band(String percent) {
        return Band.of(BANDS, new BigDecimal(percent)).map(Band::code).orElse("-");
    }

    @Test
    void aBandIncludesItsLowerBoundAndExcludesTheNextOnesBound() {
        assertEquals("A", band("90"));
        assertEquals("B", band("89.9999"));
        assertEquals("B", band("80"));
        assertEquals("C", band("79.99999999"));
        assertEquals("C", band("78.5668"));
        assertEquals("D", band("0"));
    }

    @Test
    void theUnroundedValueDecidesNotTheShownOne() {
        // 79.996 shows as 80.00 but is in group C
        assertEquals("C", band("79.996"));
    }

    @Test
    void belowTheLowestBandThereIsNoGroup() {
        assertEquals("-", Band.of(List.of(Band.of("A", "Nhóm A", "90")), new BigDecimal("85")).map(Band::code).orElse("-"));
    }
}
