package vn.parindex.ranking.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * The positions of the ranked values from first to last, and the rank at each place.
     *
     * @param order the position (in the values given) of the entry at each place of the ranking
     * @param ranks the rank at each place
     */
    record Ranking(int[] order, int[] ranks) {
    }

    private Ranks() {
    }

    public static <T> List<Ranked<T>> rank(List<T> entries, Function<T, BigDecimal> value, Function<T, String> key, TieRule rule) {
        BigDecimal[] values = new BigDecimal[entries.size()];
        String[] keys = new String[entries.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.apply(entries.get(i));
            keys[i] = key.apply(entries.get(i));
        }
        Ranking ranking = rank(values, keys, rule);
        List<Ranked<T>> ranked = new ArrayList<>(values.length);
        for (int place = 0; place < values.length; place++) {
            ranked.add(new Ranked<>(entries.get(ranking.order()[place]), ranking.ranks()[place]));
        }
        return ranked;
    }

    /**
     * The ranking of values by {@code values[i]} from the highest, equal values by {@code keys[i]}, equal keys in the
     * order given. Each value and key is read where it lies, so a large table is sorted without looking anything up.
     */
    static Ranking rank(BigDecimal[] values, String[] keys, TieRule rule) {
        long[] scaled = scaled(values);
        int[] order = scaled != null ? orderOf(scaled, keys) : null;
        if (order == null) {
            order = orderOf(values, keys);
        }
        int[] ranks = new int[values.length];
        int distinctAbove = 0;
        int rank = 0;
        for (int place = 0; place < values.length; place++) {
            int entry = order[place];
            int above = place > 0 ? order[place - 1] : -1;
            boolean tiesPrevious = place > 0
                    && (scaled != null ? scaled[entry] == scaled[above] : values[entry].compareTo(values[above]) == 0);
            if (!tiesPrevious && place > 0) {
                distinctAbove++;
            }
            rank = switch (rule) {
                case STANDARD_COMPETITION -> tiesPrevious ? rank : place + 1;
                case DENSE -> distinctAbove + 1;
                case ORDINAL -> place + 1;
            };
            ranks[place] = rank;
        }
        return new Ranking(order, ranks);
    }

    /** The order of any values: one stable sort by value and then key. */
    private static int[] orderOf(BigDecimal[] values, String[] keys) {
        Integer[] sorted = new Integer[values.length];
        Arrays.setAll(sorted, i -> i);
        Comparator<Integer> byValue = (a, b) -> values[b].compareTo(values[a]);
        Arrays.sort(sorted, byValue.thenComparing(i -> keys[i]));
        return Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
    }

    /**
     * The same order for values given as longs, sorted as numbers: each is packed with its position into one long that
     * sorts by value (highest first) and then position, and only runs of equal values are sorted again, by key. Null
     * when the values are too far apart to share a long with the positions.
     */
    private static int[] orderOf(long[] scaled, String[] keys) {
        int count = scaled.length;
        int positionBits = 32 - Integer.numberOfLeadingZeros(count);
        long highest = Long.MIN_VALUE;
        long lowest = Long.MAX_VALUE;
        for (long value : scaled) {
            highest = Math.max(highest, value);
            lowest = Math.min(lowest, value);
        }
        if (count > 0 && highest - lowest >= 1L << (63 - positionBits)) {
            return null;
        }
        long[] packed = new long[count];
        for (int i = 0; i < count; i++) {
            packed[i] = (highest - scaled[i]) << positionBits | i;
        }
        Arrays.sort(packed);
        int[] order = new int[count];
        for (int place = 0; place < count; place++) {
            order[place] = (int) (packed[place] & ((1L << positionBits) - 1));
        }
        for (int start = 0, end; start < count; start = end) {
            end = start + 1;
            while (end < count && scaled[order[end]] == scaled[order[start]]) {
                end++;
            }
            if (end - start > 1) {
                sortByKey(order, start, end, keys);
            }
        }
        return order;
    }

    /** Sorts {@code order[from..to)} by key; stable, so equal keys stay in the order of their positions. */
    private static void sortByKey(int[] order, int from, int to, String[] keys) {
        Integer[] tied = new Integer[to - from];
        Arrays.setAll(tied, t -> order[from + t]);
        Arrays.sort(tied, Comparator.comparing(i -> keys[i]));
        for (int t = 0; t < tied.length; t++) {
            order[from + t] = tied[t];
        }
    }

    /**
     * The values as whole numbers at the largest scale among them (85.5 and 85.50 both 8550), which compare as the
     * values do; null when a value is missing or one would not fit in a long, and the values are compared as they are.
     */
    private static long[] scaled(BigDecimal[] values) {
        int scale = 0;
        int integerDigits = 0;
        for (BigDecimal value : values) {
            if (value == null) {
                return null;
            }
            scale = Math.max(scale, value.scale());
            integerDigits = Math.max(integerDigits, value.precision() - value.scale());
        }
        // below 10^18 whatever the sign, so within a long
        if ((long) integerDigits + scale > 18) {
            return null;
        }
        long[] scaled = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i].movePointRight(scale).longValueExact();
        }
        return scaled;
    }
}
