package vn.parindex.assessment.methodology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.WorkbookCells;
import vn.parindex.assessment.scoring.Adjustment;
import vn.parindex.assessment.scoring.Band;
import vn.parindex.assessment.scoring.Channel;
import vn.parindex.assessment.scoring.CriterionNode;
import vn.parindex.assessment.scoring.ScoringRule;
import vn.parindex.assessment.scoring.TieRule;
import vn.parindex.assessment.unit.UnitLevel;

/**
 * A methodology as the workbook provincial staff keep: sheet "Tiêu chí" with one row per node (code, parent code,
 * name, max points, channel, rule, steps, evidence, may be not applicable, inferred), sheet "Thông tin" with the
 * methodology's attributes, "Điểm thưởng, điểm trừ" and "Nhóm xếp loại". Reading names the sheet and cell of any fault.
 */
public final class MethodologyWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CRITERIA = "Tiêu chí";
    static final String ATTRIBUTES = "Thông tin";
    static final String ADJUSTMENTS = "Điểm thưởng, điểm trừ";
    static final String BANDS = "Nhóm xếp loại";
    private static final List<String> CRITERIA_HEADER = List.of("Mã", "Mã cha", "Tên", "Điểm tối đa", "Kênh", "Quy tắc chấm",
            "Bậc điểm (giá trị:điểm; …)", "Bắt buộc minh chứng", "Có thể không áp dụng", "Suy luận");
    private static final String YES = "Có";

    private MethodologyWorkbook() {
    }

    public static byte[] write(MethodologyDocument document) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet criteria = workbook.createSheet(CRITERIA);
            WorkbookCells.write(criteria.createRow(0), CRITERIA_HEADER.toArray());
            int[] next = { 1 };
            for (CriterionNode area : document.areas()) {
                writeNode(criteria, area, null, next);
            }
            Sheet attributes = workbook.createSheet(ATTRIBUTES);
            Object[][] values = { { "Mã", document.code() }, { "Tên", document.name() }, { "Chỉ số", document.index().name() },
                    { "Cấp đơn vị", document.unitLevel().name() }, { "Từ năm", document.yearFrom() }, { "Đến năm", document.yearTo() },
                    { "Nguồn", document.source() }, { "Quy tắc đồng hạng", document.tieRule() == null ? null : document.tieRule().name() },
                    { "Tổng điểm thưởng tối đa", document.bonusCap() }, { "Tổng điểm trừ tối đa", document.penaltyCap() } };
            for (int i = 0; i < values.length; i++) {
                WorkbookCells.write(attributes.createRow(i), values[i]);
            }
            Sheet adjustments = workbook.createSheet(ADJUSTMENTS);
            WorkbookCells.write(adjustments.createRow(0), "Mã", "Tên", "Loại", "Tối đa", "Lĩnh vực");
            List<Adjustment> lines = document.adjustments() == null ? List.of() : document.adjustments();
            for (int i = 0; i < lines.size(); i++) {
                Adjustment a = lines.get(i);
                WorkbookCells.write(adjustments.createRow(i + 1), a.code(), a.name(), a.kind().name(), a.cap(), a.area());
            }
            Sheet bands = workbook.createSheet(BANDS);
            WorkbookCells.write(bands.createRow(0), "Mã", "Tên", "Từ (%)");
            List<Band> groups = document.bands() == null ? List.of() : document.bands();
            for (int i = 0; i < groups.size(); i++) {
                WorkbookCells.write(bands.createRow(i + 1), groups.get(i).code(), groups.get(i).name(), groups.get(i).minPercent());
            }
            for (Sheet sheet : List.of(criteria, attributes, adjustments, bands)) {
                for (int column = 0; column < 10; column++) {
                    sheet.autoSizeColumn(column);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MethodologyDocument read(InputStream in) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Map<String, String> attributes = new HashMap<>();
            Sheet info = WorkbookCells.sheet(workbook, ATTRIBUTES);
            for (Row row : info) {
                attributes.put(WorkbookCells.text(row.getCell(0)), WorkbookCells.text(row.getCell(1)));
            }
            List<CriterionNode> areas = readTree(WorkbookCells.sheet(workbook, CRITERIA));
            List<Adjustment> adjustments = new ArrayList<>();
            Sheet lines = workbook.getSheet(ADJUSTMENTS);
            if (lines != null) {
                for (Row row : lines) {
                    if (row.getRowNum() == 0 || blank(row)) {
                        continue;
                    }
                    adjustments.add(new Adjustment(WorkbookCells.text(row.getCell(0)), WorkbookCells.text(row.getCell(1)),
                            enumValue(Adjustment.Kind.class, row.getCell(2), ADJUSTMENTS), decimal(row.getCell(3), ADJUSTMENTS),
                            WorkbookCells.emptyToNull(WorkbookCells.text(row.getCell(4)))));
                }
            }
            List<Band> bands = new ArrayList<>();
            Sheet groups = workbook.getSheet(BANDS);
            if (groups != null) {
                for (Row row : groups) {
                    if (row.getRowNum() == 0 || blank(row)) {
                        continue;
                    }
                    bands.add(new Band(WorkbookCells.text(row.getCell(0)), WorkbookCells.text(row.getCell(1)), decimal(row.getCell(2), BANDS)));
                }
            }
            return new MethodologyDocument(attribute(attributes, "Mã"), attribute(attributes, "Tên"),
                    IndexKind.valueOf(attribute(attributes, "Chỉ số")), enumOf(UnitLevel.class, attribute(attributes, "Cấp đơn vị"), "Cấp đơn vị"),
                    integer(attributes, "Từ năm"), integer(attributes, "Đến năm"), WorkbookCells.emptyToNull(attributes.get("Nguồn")), areas,
                    adjustments, optionalDecimal(attributes.get("Tổng điểm thưởng tối đa"), "Tổng điểm thưởng tối đa"),
                    optionalDecimal(attributes.get("Tổng điểm trừ tối đa"), "Tổng điểm trừ tối đa"), bands,
                    WorkbookCells.emptyToNull(attributes.get("Quy tắc đồng hạng")) == null ? null
                            : enumOf(TieRule.class, attributes.get("Quy tắc đồng hạng"), "Quy tắc đồng hạng"));
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw Refusal.invalid("file", "the body is not an XLSX workbook");
        }
    }

    private static void writeNode(Sheet sheet, CriterionNode node, String parent, int[] next) {
        String steps = node.rule() instanceof ScoringRule.Thresholds thresholds ? thresholds.steps().stream()
                .map(step -> step.atLeast().toPlainString() + ":" + step.points().toPlainString())
                .reduce((a, b) -> a + "; " + b).orElse("") : null;
        WorkbookCells.write(sheet.createRow(next[0]++), node.code(), parent, node.name(), node.maxPoints(), node.channel().name(),
                node.rule() == null ? null : ruleName(node.rule()), steps, yesNo(node.evidenceRequired()),
                yesNo(node.mayBeNotApplicable()), yesNo(node.inferred()));
        for (CriterionNode child : node.children()) {
            writeNode(sheet, child, node.code(), next);
        }
    }

    /** Rows in any order; each names its parent by code. */
    private static List<CriterionNode> readTree(Sheet sheet) {
        record Line(int row, String code, String parent, CriterionNode node) {
        }
        Map<String, Line> lines = new LinkedHashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || blank(row)) {
                continue;
            }
            String at = CRITERIA + "!A" + (row.getRowNum() + 1);
            String code = WorkbookCells.text(row.getCell(0));
            if (code.isEmpty()) {
                throw Refusal.invalid(at, "each row needs a code");
            }
            if (lines.containsKey(code)) {
                throw Refusal.invalid(at, "code " + code + " appears twice");
            }
            String ruleName = WorkbookCells.text(row.getCell(5));
            ScoringRule rule = ruleName.isEmpty() ? null : rule(ruleName, WorkbookCells.text(row.getCell(6)), row.getRowNum() + 1);
            CriterionNode node = new CriterionNode(code, WorkbookCells.text(row.getCell(2)), decimal(row.getCell(3), CRITERIA),
                    WorkbookCells.text(row.getCell(4)).isEmpty() ? Channel.SELF_ASSESSED : enumValue(Channel.class, row.getCell(4), CRITERIA),
                    WorkbookCells.isYes(row.getCell(7)), WorkbookCells.isYes(row.getCell(8)), WorkbookCells.isYes(row.getCell(9)), rule, List.of());
            lines.put(code, new Line(row.getRowNum() + 1, code, WorkbookCells.emptyToNull(WorkbookCells.text(row.getCell(1))), node));
        }
        for (Line line : lines.values()) {
            if (line.parent() != null && !lines.containsKey(line.parent())) {
                throw Refusal.invalid(CRITERIA + "!B" + line.row(), "no row with the parent code " + line.parent());
            }
        }
        Map<String, List<String>> children = new LinkedHashMap<>();
        lines.values().forEach(line -> children.computeIfAbsent(line.parent(), k -> new ArrayList<>()).add(line.code()));
        return build(null, children, lines.values().stream().collect(Collectors.toMap(Line::code, Line::node)), 0);
    }

    private static List<CriterionNode> build(String parent, Map<String, List<String>> children, Map<String, CriterionNode> nodes,
            int depth) {
        if (depth > 10) {
            throw Refusal.invalid(CRITERIA, "the parent codes form a cycle");
        }
        List<CriterionNode> built = new ArrayList<>();
        for (String code : children.getOrDefault(parent, List.of())) {
            CriterionNode n = nodes.get(code);
            built.add(new CriterionNode(n.code(), n.name(), n.maxPoints(), n.channel(), n.evidenceRequired(), n.mayBeNotApplicable(),
                    n.inferred(), n.rule(), build(code, children, nodes, depth + 1)));
        }
        return built;
    }

    private static ScoringRule rule(String name, String steps, int row) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "MANUAL" -> new ScoringRule.Manual();
            case "BOOLEAN" -> new ScoringRule.Achieved();
            case "RATIO" -> new ScoringRule.Ratio();
            case "RELATIVE_TO_BEST" -> new ScoringRule.RelativeToBest();
            case "SURVEY" -> new ScoringRule.SurveyShare();
            case "THRESHOLDS" -> new ScoringRule.Thresholds(steps(steps, row));
            default -> throw Refusal.invalid(CRITERIA + "!F" + row,
                    "'" + name + "' is not MANUAL, BOOLEAN, RATIO, THRESHOLDS, RELATIVE_TO_BEST or SURVEY");
        };
    }

    private static List<ScoringRule.Thresholds.Step> steps(String text, int row) {
        List<ScoringRule.Thresholds.Step> steps = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] pair = part.split(":");
            try {
                steps.add(new ScoringRule.Thresholds.Step(new BigDecimal(pair[0].strip().replace(',', '.')),
                        new BigDecimal(pair[1].strip().replace(',', '.'))));
            } catch (RuntimeException e) {
                throw Refusal.invalid(CRITERIA + "!G" + row, "write steps as value:points; value:points, e.g. 1:5; 2:10");
            }
        }
        return steps;
    }

    private static String ruleName(ScoringRule rule) {
        if (rule instanceof ScoringRule.Achieved) {
            return "BOOLEAN";
        } else if (rule instanceof ScoringRule.Ratio) {
            return "RATIO";
        } else if (rule instanceof ScoringRule.Thresholds) {
            return "THRESHOLDS";
        } else if (rule instanceof ScoringRule.RelativeToBest) {
            return "RELATIVE_TO_BEST";
        } else if (rule instanceof ScoringRule.SurveyShare) {
            return "SURVEY";
        }
        return "MANUAL";
    }




    private static boolean blank(Row row) {
        for (Cell cell : row) {
            if (!WorkbookCells.text(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal decimal(Cell cell, String sheet) {
        String value = WorkbookCells.text(cell).replace(',', '.');
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw Refusal.invalid(sheet + "!" + (cell == null ? "?" : cell.getAddress().formatAsString()),
                    "'" + value + "' is not a number");
        }
    }

    private static BigDecimal optionalDecimal(String value, String attribute) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw Refusal.invalid(ATTRIBUTES + "!" + attribute, "'" + value + "' is not a number");
        }
    }

    private static Integer integer(Map<String, String> attributes, String name) {
        try {
            return Integer.valueOf(attribute(attributes, name));
        } catch (NumberFormatException e) {
            throw Refusal.invalid(ATTRIBUTES + "!" + name, "a year is a whole number");
        }
    }

    private static String attribute(Map<String, String> attributes, String name) {
        String value = attributes.get(name);
        if (value == null || value.isBlank()) {
            throw Refusal.invalid(ATTRIBUTES + "!" + name, "'" + name + "' is required");
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Cell cell, String sheet) {
        return enumOf(type, WorkbookCells.text(cell), sheet + "!" + (cell == null ? "?" : cell.getAddress().formatAsString()));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(where, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }


    private static String yesNo(boolean value) {
        return value ? YES : "Không";
    }

}
