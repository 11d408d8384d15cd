package vn.parindex.ranking.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks entries from the highest value to the lowest, comparing unrounded values (85.004 and 85.001 do not tie even
 * though both show as 85.00). Ordinal ranking breaks ties by the entries' keys, so the order is stable.
 */
public final class Ranks {

    /** An entry and its rank; the field size is the number of entries ranked. */
    public record Ranked<T>(T entry, int rank) {
    }

    private Ranks() {
    }

    public static <T> List<Ranked<T>> rank(List<T> entries, Function<T, BigDecimal> value, Function<T, String> key, TieRule rule) {
        List<T> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(value, Comparator.reverseOrder()).thenComparing(key));
        List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
        int distinctAbove = 0;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            boolean tiesPrevious = i > 0 && value.apply(sorted.get(i)).compareTo(value.apply(sorted.get(i - 1))) == 0;
            if (!tiesPrevious && i > 0) {
                distinctAbove++;
            }
            rank = switch (rule) {
                case STANDARD_COMPETITION -> tiesPrevious ? rank : i + 1;
                case DENSE -> distinctAbove + 1;
                case ORDINAL -> i + 1;
            };
            ranked.add(new Ranked<>(sorted.get(i), rank));
        }
        return ranked;
    }
}
