package vn.parindex.ranking.external;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.parindex.ranking.table.ExternalIndex;
import vn.parindex.ranking.table.OfficialTables;
import vn.parindex.ranking.table.TableStamps;
import vn.parindex.ranking.table.TableView.Index;

import vn.parindex.ranking.concurrency.RetryTransient;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.Text;
/**
 * Imports a year of an external index from the sheet it is published in: a header row with {@code unit}, {@code name}
 * and one column per dimension (PAPI D1–D8) or sub-index (PCI S1–S10), optionally sub-dimension columns such as
 * {@code D6.1}; for PCI a row whose unit is {@code weights} gives the weights in percent. Every row is checked; one
 * faulty row refuses the whole file (a table ranked from part of a year would have the wrong field size), and the
 * report names each fault by row and column. An accepted file replaces the year.
 */
@ApplicationScoped
@RetryTransient
public class ExternalImports {

    private static final Pattern SUB_DIMENSION = Pattern.compile("([A-Z]\\d+)\\.\\d+");
    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    @Schema(name = "ImportRowReport", description = "The outcome of one row of an imported sheet, or one fault in it: a row "
            + "with several faults has one line per fault.")
    public record RowReport(
            @Schema(description = "The row's number in the sheet, the header being row 1; 0 for a fault of the whole file "
                    + "(a PCI file without weights).", examples = "16") int row,
            @Schema(description = "The unit code as the row gives it, or 'weights' for PCI's weights row; null for a fault "
                    + "of the whole file.", examples = "24") String unit,
            @Schema(description = "ACCEPTED or REJECTED.", enumeration = { "ACCEPTED", "REJECTED" }, examples = "REJECTED")
            String outcome,
            @Schema(description = "REJECTED only: the column at fault (unit, name, a dimension or sub-index such as D3 or "
                    + "D6.1, weights or weights.S1); null for an accepted row.", examples = "D3") String field,
            @Schema(description = "REJECTED only: what is wrong; null for an accepted row.",
                    examples = "D3 = 11 is outside 1–10") String reason) {
    }

    @Schema(name = "ImportReport", description = "What an import of a year of PAPI or PCI found and did: every row's outcome "
            + "and whether the year was written.")
    public record Report(
            @Schema(description = "The index imported.", enumeration = { "PAPI", "PCI" }, examples = "PAPI") String index,
            @Schema(description = "The year imported.", examples = "2021") int year,
            @Schema(description = "The number of unit rows without faults.", examples = "63") int accepted,
            @Schema(description = "The number of faults found (REJECTED lines of rows); any fault refuses the whole file.",
                    examples = "0") int rejected,
            @Schema(description = "Whether the file replaced the year's scores: true only when nothing was rejected, dryRun "
                    + "was false and the file had at least one unit row.", examples = "true") boolean written,
            @Schema(description = "Each row's outcome, and each fault, in the order found.") List<RowReport> rows) {
    }

    private final TableStamps stamps;
    private final OfficialTables officialTables;

    ExternalImports(OfficialTables officialTables, TableStamps stamps) {
        this.officialTables = officialTables;
        this.stamps = stamps;
    }

    @Transactional
    public Report importSheet(ExternalIndex index, int year, List<List<String>> sheet, String title, String actor, boolean dryRun) {
        if (sheet.isEmpty()) {
            throw Refusal.invalid("body", "the file is empty");
        }
        List<String> header = sheet.get(0).stream().map(String::strip).toList();
        int unitColumn = column(header, "unit");
        int nameColumn = column(header, "name");
        Map<String, Integer> componentColumns = new LinkedHashMap<>();
        Map<String, List<Integer>> subColumns = new HashMap<>();
        List<Refusal.FieldError> headerErrors = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c);
            Matcher sub = SUB_DIMENSION.matcher(name);
            if (c == unitColumn || c == nameColumn || name.isEmpty()) {
                continue;
            }
            if (index.components.stream().anyMatch(component -> component.code().equals(name))) {
                componentColumns.put(name, c);
            } else if (sub.matches() && index.components.stream().anyMatch(component -> component.code().equals(sub.group(1)))) {
                subColumns.computeIfAbsent(sub.group(1), k -> new ArrayList<>()).add(c);
            } else {
                headerErrors.add(new Refusal.FieldError("header." + name, "'" + name + "' is not a column of " + index));
            }
        }
        index.components.stream().filter(c -> !componentColumns.containsKey(c.code()))
                .forEach(c -> headerErrors.add(new Refusal.FieldError("header." + c.code(), "the column " + c.code() + " (" + c.name() + ") is missing")));
        if (unitColumn < 0) {
            headerErrors.add(new Refusal.FieldError("header.unit", "the column 'unit' (the unit code) is missing"));
        }
        if (nameColumn < 0) {
            headerErrors.add(new Refusal.FieldError("header.name", "the column 'name' is missing"));
        }
        if (!headerErrors.isEmpty()) {
            throw Refusal.invalid(headerErrors);
        }
        Map<String, BigDecimal> weights = new HashMap<>();
        List<RowReport> reports = new ArrayList<>();
        List<ExternalScore> scores = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int line = 1; line < sheet.size(); line++) {
            int r = line;
            List<String> cells = sheet.get(r);
            String unit = cell(cells, unitColumn);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            List<ExternalIndex.Fault> faults = new ArrayList<>();
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            componentColumns.forEach((code, c) -> number(cells, c, code, faults).ifPresent(v -> values.put(code, v)));
            if (unit.equalsIgnoreCase("weights")) {
                weights.putAll(values);
                index.checkWeights(weights).forEach(f -> reports.add(new RowReport(r + 1, unit, "REJECTED", f.field(), f.reason())));
                continue;
            }
            Map<String, List<BigDecimal>> subs = new HashMap<>();
            subColumns.forEach((code, columns) -> columns.forEach(c -> number(cells, c, header.get(c), faults)
                    .ifPresent(v -> subs.computeIfAbsent(code, k -> new ArrayList<>()).add(v))));
            if (unit.isEmpty()) {
                faults.add(new ExternalIndex.Fault("unit", "the unit code is missing"));
            } else if (unit.length() > 40) {
                faults.add(new ExternalIndex.Fault("unit", "a unit code has at most 40 characters"));
            } else if (cell(cells, nameColumn).length() > 200) {
                faults.add(new ExternalIndex.Fault("name", "a unit's name has at most 200 characters"));
            } else if (Text.fault(unit) != null || Text.fault(cell(cells, nameColumn)) != null) {
                String field = Text.fault(unit) != null ? "unit" : "name";
                faults.add(new ExternalIndex.Fault(field, "the text " + Text.fault(field.equals("unit") ? unit : cell(cells, nameColumn))));
            } else if (!seen.add(unit)) {
                faults.add(new ExternalIndex.Fault("unit", "the unit " + unit + " appears twice"));
            }
            if (faults.isEmpty()) {
                faults.addAll(index.check(new ExternalIndex.Scores(values, subs)));
            }
            if (!faults.isEmpty()) {
                faults.forEach(f -> reports.add(new RowReport(r + 1, unit, "REJECTED", f.field(), f.reason())));
                continue;
            }
            ExternalScore score = new ExternalScore();
            score.indexCode = index.name();
            score.year = year;
            score.unitCode = unit;
            score.unitName = cell(cells, nameColumn);
            score.components = index.components.stream()
                    .map(c -> new ExternalScore.Component(c.code(), c.name(), values.get(c.code()))).toList();
            scores.add(score);
            reports.add(new RowReport(r + 1, unit, "ACCEPTED", null, null));
        }
        if (index == ExternalIndex.PCI && weights.isEmpty()) {
            reports.add(new RowReport(0, null, "REJECTED", "weights", "a PCI file needs a row 'weights' with each sub-index's weight in percent"));
        }
        int rejected = (int) reports.stream().filter(r -> r.outcome().equals("REJECTED")).count();
        boolean write = rejected == 0 && !dryRun && !scores.isEmpty();
        if (write) {
            Instant now = Instant.now();
            for (ExternalScore score : scores) {
                Map<String, BigDecimal> values = new HashMap<>();
                score.components.forEach(c -> values.put(c.code(), c.score()));
                score.total = index.total(new ExternalIndex.Scores(values, Map.of()), weights);
                score.maxPoints = index.maxPoints;
                score.importedAt = now;
                score.importedBy = actor;
            }
            stamps.changing();
            ExternalScore.delete("indexCode = ?1 and year = ?2", index.name(), year);
            ExternalEdition.delete("indexCode = ?1 and year = ?2", index.name(), year);
            ExternalScore.getEntityManager().flush();
            scores.forEach(score -> score.persist());
            if (title != null) {
                ExternalEdition edition = new ExternalEdition();
                edition.indexCode = index.name();
                edition.year = year;
                edition.title = title;
                edition.persist();
            }
            // the table is published as it will be read back: from the stored rows, with the database's scale
            ExternalScore.getEntityManager().flush();
            ExternalScore.getEntityManager().clear();
            Index table = Index.valueOf(index.name());
            officialTables.refresh(table, ExternalSource.code(table, year));
        }
        return new Report(index.name(), year, scores.size(), rejected, write, reports);
    }

    /** Rows of cells from CSV (UTF-8, optional byte-order mark, ',' or ';'). */
    public static List<List<String>> csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().findFirst().orElse("");
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        try {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                rows.add(cells);
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw Refusal.invalid("body", "the CSV file cannot be read: " + e.getMessage());
        }
    }

    /** Rows of cells from the first sheet of an XLSX workbook. */
    public static List<List<String>> xlsx(byte[] body) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            int width = sheet.getRow(sheet.getFirstRowNum()) == null ? 0 : sheet.getRow(sheet.getFirstRowNum()).getLastCellNum();
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row == null ? "" : text(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw Refusal.invalid("body", "the body is not an XLSX workbook");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return Text.checked(cell.getSheet().getSheetName() + "!" + cell.getAddress().formatAsString(), FORMATTER.formatCellValue(cell).strip());
    }

    private static int column(List<String> header, String name) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).equalsIgnoreCase(name)) {
                return c;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
    }

    private static java.util.Optional<BigDecimal> number(List<String> cells, int column, String field, List<ExternalIndex.Fault> faults) {
        String text = cell(cells, column).replace(',', '.');
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            faults.add(new ExternalIndex.Fault(field, "'" + cell(cells, column) + "' is not a number"));
            return java.util.Optional.empty();
        }
    }
}
