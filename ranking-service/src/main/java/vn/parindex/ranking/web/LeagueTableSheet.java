package vn.parindex.ranking.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.table.TableView;
import vn.parindex.ranking.table.YearOverYear;

/**
 * A league table of any index as a sheet, one layout for CSV and XLSX: rank, field size, unit, points (when the index
 * has points), %, group, the estimate's spread and rank interval (SIPAS), each area's score and rank and, when there is
 * a previous year, the change. CSV in Vietnamese has Vietnamese headers, decimal commas and ';'
 * between fields with a byte-order mark (what Excel expects in a Vietnamese locale); XLSX keeps numbers as numbers.
 * Percentages are rounded to two decimals only here, when shown.
 */
public final class LeagueTableSheet {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** "text/csv" or the XLSX type when the client names it before JSON; null for JSON. */
    public static String wanted(HttpHeaders headers) {
        return Negotiation.chosen(headers, MediaType.valueOf("text/csv"), MediaType.valueOf(XLSX)).map(MediaType::toString).orElse(null);
    }

    private LeagueTableSheet() {
    }

    /**
     * A league table in the type the client asked for: JSON by default; CSV or XLSX when named before JSON in Accept. Sheets
     * are in Vietnamese with lang=vi, or else when the first Accept-Language is Vietnamese.
     */
    public static Response response(TableView table, String lang, String format, HttpHeaders headers) {
        String wanted = format == null ? wanted(headers) : switch (format) {
            case "json" -> null;
            case "csv" -> "text/csv";
            case "xlsx" -> XLSX;
            default -> throw Refusal.invalid("format", "json, csv or xlsx, not '" + format + "'");
        };
        if (wanted == null) {
            return Response.ok(table, MediaType.APPLICATION_JSON_TYPE).build();
        }
        String language = lang != null ? lang
                : headers.getAcceptableLanguages().isEmpty() ? "en" : headers.getAcceptableLanguages().get(0).getLanguage();
        boolean vietnamese = language.toLowerCase(Locale.ROOT).startsWith("vi");
        String name = table.code() + (table.area() == null ? "" : "-" + table.area());
        return download(name, header(table, vietnamese), rows(table), wanted.equals(XLSX), vietnamese);
    }

    /** Any table of this service as CSV: numbers (BigDecimal) as stored, with a decimal comma in Vietnamese. */
    public static String csv(List<String> header, List<List<Object>> rows, boolean vietnamese) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(vietnamese ? ';' : ',').setRecordSeparator("\r\n").get();
        StringWriter out = new StringWriter();
        if (vietnamese) {
            out.write('\ufeff');
        }
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(header);
            for (List<Object> cells : rows) {
                List<String> texts = new ArrayList<>();
                for (Object cell : cells) {
                    texts.add(cell instanceof BigDecimal number ? text(number, vietnamese)
                            : cell instanceof Number number ? number.toString() : cell == null ? "" : neutralised(cell.toString()));
                }
                printer.printRecord(texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A text cell that a spreadsheet would evaluate as a formula (it starts with =, +, -, @, a tab or a carriage return)
     * gets a leading apostrophe, so a unit's name or a client's text stays text in staff spreadsheets. Numbers are not
     * touched.
     */
    public static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Any table of this service as an XLSX workbook of one sheet; numbers stay numbers. */
    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            write(sheet.createRow(0), new ArrayList<>(header));
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A download of the table in the type asked for (CSV or XLSX), named after it. */
    public static Response download(String name, List<String> header, List<List<Object>> rows, boolean xlsx, boolean vietnamese) {
        return xlsx
                ? Response.ok(xlsx(name, header, rows), XLSX)
                        .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build()
                : Response.ok(csv(header, rows, vietnamese), "text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"").build();
    }

    private static void write(Row row, List<?> cells) {
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else if (cell != null) {
                row.createCell(c).setCellValue(cell.toString());
            }
        }
    }

    private static List<String> areas(TableView table) {
        return List.copyOf(areaNames(table).keySet());
    }

    /** The areas of the table's rows in their order, each with its name. */
    private static Map<String, String> areaNames(TableView table) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        table.rows().forEach(row -> row.areas().forEach(area -> names.putIfAbsent(area.code(), area.name() == null ? "" : area.name())));
        return names;
    }

    /**
     * Where a row's unit was the year before when it was not itself in that table, for a reader of the sheet: each
     * predecessor (or the former name) with its rank and points, e.g. "Tỉnh A: 2/63, 85.1; Tỉnh B: 30/63, 80.2".
     */
    private static String predecessors(YearOverYear.Change change) {
        if (change != null && change.previousName() != null) {
            return change.previousName() + ": " + change.previousRank() + "/" + change.previousFieldSize() + ", "
                    + change.previousPoints().stripTrailingZeros().toPlainString();
        }
        if (change == null || change.predecessors() == null || change.predecessors().isEmpty()) {
            return null;
        }
        return change.predecessors().stream().map(p -> p.previous() == null ? p.unitKey()
                : p.previous().unitName() + ": " + p.previous().rank() + "/" + p.previous().fieldSize() + ", "
                        + (p.previous().points() != null ? p.previous().points() : p.previous().percent()).stripTrailingZeros().toPlainString())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static List<String> header(TableView table, boolean vietnamese) {
        boolean points = hasPoints(table);
        List<String> header = new ArrayList<>(vietnamese ? List.of("Hạng", "Số đơn vị", "Mã đơn vị", "Đơn vị")
                : List.of("Rank", "Field size", "Unit code", "Unit"));
        if (points) {
            header.addAll(vietnamese ? List.of("Điểm", "Điểm tối đa") : List.of("Points", "Max points"));
        }
        header.addAll(vietnamese ? List.of("Chỉ số (%)", "Nhóm") : List.of("Index (%)", "Group"));
        if (estimated(table)) {
            header.addAll(vietnamese ? List.of("Số phiếu", "Sai số chuẩn", "Cận dưới 95%", "Cận trên 95%", "Hạng cao nhất (90%)",
                    "Hạng thấp nhất (90%)")
                    : List.of("Respondents", "Standard error", "CI low", "CI high", "Best rank (90%)", "Worst rank (90%)"));
        }
        Map<String, String> areas = areaNames(table);
        areas.forEach((area, name) -> header.add((vietnamese ? (points ? "Điểm lĩnh vực " : "Lĩnh vực (%) ")
                : (points ? "Points in area " : "Area (%) ")) + area + ". " + name));
        areas.forEach((area, name) -> header.add((vietnamese ? "Hạng lĩnh vực " : "Rank in area ") + area + ". " + name));
        if (hasChanges(table)) {
            header.addAll(vietnamese ? List.of("Hạng năm trước", "Số đơn vị năm trước", "Thay đổi hạng", "Thay đổi điểm", "Cơ sở so sánh",
                    "Đơn vị trước đây")
                    : List.of("Previous rank", "Previous field size", "Rank change", "Points change", "Basis", "Predecessors"));
        }
        return header;
    }

    /** Cells: numbers as BigDecimal (points as stored, percentages rounded to two decimals), the rest as values. */
    private static List<List<Object>> rows(TableView table) {
        boolean points = hasPoints(table);
        boolean estimated = estimated(table);
        List<String> areas = areas(table);
        boolean changes = hasChanges(table);
        List<List<Object>> rows = new ArrayList<>();
        for (TableView.Row row : table.rows()) {
            List<Object> cells = new ArrayList<>(List.of(row.rank(), row.fieldSize(), row.unitCode(), row.unitName()));
            if (points) {
                cells.add(stripped(row.points()));
                cells.add(stripped(row.maxPoints()));
            }
            cells.add(row.percent().setScale(2, RoundingMode.HALF_UP));
            cells.add(row.band());
            if (estimated) {
                cells.addAll(Arrays.asList(row.respondents(), row.standardError(), row.ciLow(), row.ciHigh(), row.rankLow(), row.rankHigh()));
            }
            Map<String, TableView.Area> byCode = new HashMap<>();
            row.areas().forEach(area -> byCode.put(area.code(), area));
            areas.forEach(code -> cells.add(Optional.ofNullable(byCode.get(code)).filter(a -> !a.notApplicable())
                    .map(a -> points ? stripped(a.points()) : a.percent().setScale(2, RoundingMode.HALF_UP)).orElse(null)));
            areas.forEach(code -> cells.add(Optional.ofNullable(byCode.get(code)).map(TableView.Area::rank).orElse(null)));
            if (changes) {
                YearOverYear.Change change = row.change();
                cells.add(change == null ? null : change.previousRank());
                cells.add(change == null ? null : change.previousFieldSize());
                cells.add(change == null ? null : change.rankChange());
                cells.add(change == null || change.pointsChange() == null ? null : change.pointsChange().stripTrailingZeros());
                cells.add(change == null ? null : change.basis());
                cells.add(predecessors(change));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static boolean hasPoints(TableView table) {
        return table.rows().stream().anyMatch(row -> row.points() != null);
    }

    private static boolean estimated(TableView table) {
        return table.rows().stream().anyMatch(row -> row.standardError() != null);
    }

    private static boolean hasChanges(TableView table) {
        return table.rows().stream().anyMatch(row -> row.change() != null);
    }

    private static BigDecimal stripped(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static String text(BigDecimal value, boolean vietnamese) {
        String text = value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        return vietnamese ? text.replace('.', ',') : text;
    }
}
