package vn.parindex.ranking.rest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.parindex.ranking.LeagueTableView;
import vn.parindex.ranking.LeagueTableView.Row;
import vn.parindex.ranking.table.YearOverYear;

/**
 * A league table as CSV: in Vietnamese, headers in Vietnamese, decimal commas and ';' between fields (what Excel
 * expects in a Vietnamese locale), with a byte-order mark; in English, ',' and decimal points. Percentages are rounded
 * to two decimals only here, when shown.
 */
final class LeagueTableCsv {

    private LeagueTableCsv() {
    }

    static String write(LeagueTableView table, boolean vietnamese) {
        List<String> areas = table.rows().stream().flatMap(row -> row.areaRanks().keySet().stream()).distinct().toList();
        List<String> header = new ArrayList<>(vietnamese
                ? List.of("Hạng", "Số đơn vị", "Mã đơn vị", "Đơn vị", "Điểm", "Điểm tối đa", "Chỉ số (%)", "Nhóm")
                : List.of("Rank", "Field size", "Unit code", "Unit", "Points", "Max points", "Index (%)", "Group"));
        areas.forEach(area -> header.add((vietnamese ? "Hạng lĩnh vực " : "Rank in area ") + area));
        boolean changes = table.rows().stream().anyMatch(row -> row.change() != null);
        if (changes) {
            header.addAll(vietnamese ? List.of("Hạng năm trước", "Số đơn vị năm trước", "Thay đổi hạng", "Thay đổi điểm", "Cơ sở so sánh")
                    : List.of("Previous rank", "Previous field size", "Rank change", "Points change", "Basis"));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(vietnamese ? ';' : ',').setRecordSeparator("\r\n").get();
        StringWriter out = new StringWriter();
        if (vietnamese) {
            out.write('\ufeff');
        }
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header);
            for (Row row : table.rows()) {
                List<Object> cells = new ArrayList<>(List.of(row.rank(), row.fieldSize(), row.unitCode(), row.unitName(),
                        number(row.points(), -1, vietnamese), number(row.maxPoints(), -1, vietnamese),
                        number(row.percent(), 2, vietnamese), row.band() == null ? "" : row.band()));
                areas.forEach(area -> cells.add(row.areaRanks().getOrDefault(area, null) == null ? "" : row.areaRanks().get(area)));
                if (changes) {
                    YearOverYear.Change change = row.change();
                    cells.add(change == null || change.previousRank() == null ? "" : change.previousRank());
                    cells.add(change == null || change.previousFieldSize() == null ? "" : change.previousFieldSize());
                    cells.add(change == null || change.rankChange() == null ? "" : change.rankChange());
                    cells.add(change == null || change.pointsChange() == null ? "" : number(change.pointsChange(), -1, vietnamese));
                    cells.add(change == null ? "" : change.basis());
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The number as stored (scale < 0) or rounded half up to that many decimals, with a decimal comma in Vietnamese. */
    static String number(BigDecimal value, int scale, boolean vietnamese) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = scale < 0 ? value.stripTrailingZeros() : value.setScale(scale, RoundingMode.HALF_UP);
        String text = shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
        return vietnamese ? text.replace('.', ',') : text;
    }
}
