package vn.parindex.ranking.table;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.SearchName;

/**
 * The rows a reader asked for: those whose name (ignoring case and diacritics) or code holds the search, in the order
 * of one column. A row without a value in that column (a unit with nothing to compare with the year before, an area
 * that does not apply to it) comes after the others in either direction; ties keep the table's rank order.
 */
public final class RowSelection {

    /** The columns a table can be ordered by. */
    public static final List<String> SORTS = List.of("rank", "unit", "points", "percent", "group", "change", "respondents",
            "rankInterval", "ci", "area:<code>");

    private RowSelection() {
    }

    /** The table with only the rows asked for, ordered; each row keeps its rank and field size. */
    public static TableView apply(TableView table, String query, String sort, boolean descending) {
        if ((query == null || query.isBlank()) && (sort == null || sort.equals("rank")) && !descending) {
            return table;
        }
        // an HTML form (and URLSearchParams) sends a space in a query as '+', which the query parameter keeps
        String search = query == null ? "" : query.replace('+', ' ').strip();
        String folded = SearchName.fold(search);
        List<TableView.Row> rows = table.rows().stream()
                .filter(row -> folded.isEmpty() || SearchName.fold(row.unitName()).contains(folded)
                        || (row.unitCode() != null && row.unitCode().contains(search)))
                .sorted(order(sort == null ? "rank" : sort, descending).thenComparingInt(TableView.Row::rank)).toList();
        return new TableView(table.index(), table.code(), table.name(), table.year(), table.family(), table.level(), table.parentKey(),
                table.methodologyCode(), table.methodologyVersion(), table.tieRule(), table.visibility(), table.area(), table.fieldSize(),
                table.rankReplicates(), table.rankSeed(), rows);
    }

    private static Comparator<TableView.Row> order(String sort, boolean descending) {
        if (sort.startsWith("area:")) {
            String area = sort.substring("area:".length());
            return by(row -> row.areas().stream().filter(a -> a.code().equals(area)).findFirst().map(TableView.Area::rank).orElse(null),
                    descending);
        }
        return switch (sort) {
            case "rank" -> by(TableView.Row::rank, descending);
            case "unit" -> by(row -> SearchName.fold(row.unitName()), descending);
            case "points" -> by(TableView.Row::points, descending);
            case "percent" -> by(TableView.Row::percent, descending);
            case "group" -> by(TableView.Row::band, descending);
            case "change" -> by(row -> row.change() == null ? null : row.change().rankChange(), descending);
            case "respondents" -> by(TableView.Row::respondents, descending);
            case "rankInterval" -> by(TableView.Row::rankLow, descending);
            case "ci" -> by(TableView.Row::ciLow, descending);
            default -> throw Refusal.invalid("sort", "one of " + String.join(", ", SORTS) + ", not '" + sort + "'");
        };
    }

    private static <T extends Comparable<? super T>> Comparator<TableView.Row> by(Function<TableView.Row, T> key, boolean descending) {
        Comparator<T> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(key, Comparator.nullsLast(values));
    }
}
