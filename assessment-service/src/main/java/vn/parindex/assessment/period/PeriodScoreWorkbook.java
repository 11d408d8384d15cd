package vn.parindex.assessment.period;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.WorkbookCells;
import vn.parindex.assessment.assessment.AdjustmentAward;
import vn.parindex.assessment.assessment.Assessment;
import vn.parindex.assessment.assessment.CriterionEntry;
import vn.parindex.assessment.assessment.CriterionSheetEntry;
import vn.parindex.assessment.assessment.ScoreSheet;
import vn.parindex.assessment.methodology.MethodologyWorkbook;
import vn.parindex.assessment.scoring.Adjustment;
import vn.parindex.assessment.scoring.Channel;
import vn.parindex.assessment.scoring.CriterionNode;
import vn.parindex.assessment.scoring.ScoringScheme;
import vn.parindex.assessment.workflow.Stage;

/**
 * A period's appraisal (or final points) for many units in one workbook, the way an appraiser works through a
 * province's departments: one row per unit and self-assessed criterion, with the unit's version, its self-assessment for
 * reference, and the columns of the stage to fill in; bonus and penalty lines on a second sheet. The same workbook comes
 * back filled in, and each unit whose cells differ from what is stored is written with the version of its rows.
 */
public final class PeriodScoreWorkbook {

    public static final String MEDIA_TYPE = MethodologyWorkbook.MEDIA_TYPE;

    static final String SCORES = "Chấm điểm các đơn vị";
    static final String ADJUSTMENTS = "Điểm thưởng, điểm trừ";
    /** Which period and stage the workbook is for: a workbook uploaded to another period or stage is refused. */
    static final String ABOUT = "Thông tin";
    private static final int UNIT = 0;
    private static final int VERSION = 2;
    private static final int CRITERION = 4;
    /** The first of the stage's seven columns: points, achieved, numerator, denominator, value, not applicable, note. */
    private static final int STAGE = 14;
    private static final int LINE = 3;
    private static final int LINE_POINTS = 8;

    /** One unit's filled-in cells, with the version of its assessment the rows carry. */
    public record UnitSheet(String unit, long version, ScoreSheet sheet) {
    }

    /** What the workbook lists for one unit: its assessment and its entries and awards of every stage. */
    public record UnitScores(Assessment assessment, List<CriterionEntry> entries, List<AdjustmentAward> awards) {
    }

    private PeriodScoreWorkbook() {
    }

    public static byte[] write(ScoringScheme scheme, String periodCode, Stage stage, List<UnitScores> units) {
        String label = label(stage);
        List<CriterionNode> leaves = scheme.nodes().filter(node -> node.isLeaf() && node.channel() == Channel.SELF_ASSESSED).toList();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SCORES);
            WorkbookCells.write(sheet.createRow(0), "Mã đơn vị", "Đơn vị", "Phiên bản", "Trạng thái", "Mã tiêu chí", "Tiêu chí",
                    "Điểm tối đa", "Quy tắc", "Tự chấm: điểm", "Tự chấm: đạt", "Tự chấm: tử số", "Tự chấm: mẫu số",
                    "Tự chấm: giá trị", "Tự chấm: không áp dụng", label + ": điểm", label + ": đạt", label + ": tử số",
                    label + ": mẫu số", label + ": giá trị", label + ": không áp dụng", label + ": ghi chú");
            Sheet lines = workbook.createSheet(ADJUSTMENTS);
            WorkbookCells.write(lines.createRow(0), "Mã đơn vị", "Đơn vị", "Phiên bản", "Mã", "Tên", "Loại", "Tối đa", "Tự chấm", label);
            Sheet about = workbook.createSheet(ABOUT);
            WorkbookCells.write(about.createRow(0), "Kỳ đánh giá", periodCode);
            WorkbookCells.write(about.createRow(1), "Giai đoạn", stage.name());
            int row = 1;
            int line = 1;
            for (UnitScores unit : units) {
                Assessment a = unit.assessment();
                for (CriterionNode leaf : leaves) {
                    CriterionEntry self = entry(unit.entries(), leaf.code(), Stage.SELF);
                    CriterionEntry mine = entry(unit.entries(), leaf.code(), stage);
                    WorkbookCells.write(sheet.createRow(row++), a.unit.code, a.unit.name, a.version, a.status.name(), leaf.code(),
                            leaf.name(), leaf.maxPoints(), leaf.rule().getClass().getSimpleName(),
                            self == null ? null : self.points, self == null ? null : yes(self.achieved), self == null ? null : self.numerator,
                            self == null ? null : self.denominator, self == null ? null : self.value,
                            self == null || !self.notApplicable ? null : "Có",
                            mine == null ? null : mine.points, mine == null ? null : yes(mine.achieved), mine == null ? null : mine.numerator,
                            mine == null ? null : mine.denominator, mine == null ? null : mine.value,
                            mine == null || !mine.notApplicable ? null : "Có", mine == null ? null : mine.note);
                }
                for (Adjustment adjustment : scheme.adjustments()) {
                    WorkbookCells.write(lines.createRow(line++), a.unit.code, a.unit.name, a.version, adjustment.code(), adjustment.name(),
                            adjustment.kind().name(), adjustment.cap(), award(unit.awards(), adjustment.code(), Stage.SELF),
                            award(unit.awards(), adjustment.code(), stage));
                }
            }
            for (int column = 0; column <= STAGE + 6; column++) {
                sheet.autoSizeColumn(column);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The units with anything in the stage's columns, in the order they first appear. */
    public static List<UnitSheet> read(InputStream in, String periodCode, Stage stage) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet about = WorkbookCells.sheet(workbook, ABOUT);
            String[] expected = { periodCode, stage.name() };
            for (int i = 0; i < expected.length; i++) {
                Row row = about.getRow(i);
                String found = row == null ? "" : WorkbookCells.text(row.getCell(1));
                if (!expected[i].equals(found)) {
                    throw Refusal.invalid(ABOUT + "!B" + (i + 1), "this workbook is for " + (i == 0 ? "period " : "stage ")
                            + (found.isEmpty() ? "nothing" : found) + ", not " + expected[i] + "; download the one for this period and stage");
                }
            }
            Map<String, Long> versions = new LinkedHashMap<>();
            Map<String, Map<String, CriterionSheetEntry>> criteria = new LinkedHashMap<>();
            Map<String, Map<String, BigDecimal>> adjustments = new LinkedHashMap<>();
            for (Row row : WorkbookCells.sheet(workbook, SCORES)) {
                String unit = WorkbookCells.text(row.getCell(UNIT));
                if (row.getRowNum() == 0 || unit.isEmpty() || !filled(row, STAGE, STAGE + 6)) {
                    continue;
                }
                version(versions, unit, row, SCORES);
                boolean achievedGiven = !WorkbookCells.text(row.getCell(STAGE + 1)).isEmpty();
                criteria.computeIfAbsent(unit, u -> new LinkedHashMap<>()).put(WorkbookCells.text(row.getCell(CRITERION)),
                        new CriterionSheetEntry(WorkbookCells.decimal(row.getCell(STAGE), SCORES),
                                achievedGiven ? WorkbookCells.isYes(row.getCell(STAGE + 1)) : null,
                                WorkbookCells.decimal(row.getCell(STAGE + 2), SCORES), WorkbookCells.decimal(row.getCell(STAGE + 3), SCORES),
                                WorkbookCells.decimal(row.getCell(STAGE + 4), SCORES), WorkbookCells.isYes(row.getCell(STAGE + 5)),
                                WorkbookCells.emptyToNull(WorkbookCells.text(row.getCell(STAGE + 6)))));
            }
            Sheet lines = workbook.getSheet(ADJUSTMENTS);
            if (lines != null) {
                for (Row row : lines) {
                    String unit = WorkbookCells.text(row.getCell(UNIT));
                    BigDecimal points = row.getRowNum() == 0 || unit.isEmpty() ? null : WorkbookCells.decimal(row.getCell(LINE_POINTS), ADJUSTMENTS);
                    if (points != null) {
                        version(versions, unit, row, ADJUSTMENTS);
                        adjustments.computeIfAbsent(unit, u -> new LinkedHashMap<>()).put(WorkbookCells.text(row.getCell(LINE)), points);
                    }
                }
            }
            List<UnitSheet> units = new ArrayList<>();
            versions.forEach((unit, version) -> units.add(new UnitSheet(unit, version, new ScoreSheet(
                    criteria.getOrDefault(unit, Map.of()), adjustments.getOrDefault(unit, Map.of())))));
            return units;
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw Refusal.invalid("file", "the body is not an XLSX workbook");
        }
    }

    /** The stage's word in the column headers. */
    private static String label(Stage stage) {
        return switch (stage) {
            case APPRAISED -> "Thẩm định";
            case FINAL -> "Điểm cuối cùng";
            default -> throw Refusal.invalid("stage", "a period workbook carries appraised or final points");
        };
    }

    /** Each unit's rows carry the version of its assessment the appraiser downloaded; rows of one unit must agree. */
    private static void version(Map<String, Long> versions, String unit, Row row, String sheet) {
        BigDecimal version = WorkbookCells.decimal(row.getCell(VERSION), sheet);
        String cell = sheet + "!" + new org.apache.poi.ss.util.CellAddress(row.getRowNum(), VERSION).formatAsString();
        if (version == null || version.signum() <= 0 || version.stripTrailingZeros().scale() > 0
                || version.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw Refusal.invalid(cell, "the version of unit " + unit + "'s assessment is missing; download the workbook again");
        }
        Long earlier = versions.putIfAbsent(unit, version.longValueExact());
        if (earlier != null && earlier != version.longValueExact()) {
            throw Refusal.invalid(cell, "unit " + unit + "'s rows carry versions " + earlier + " and " + version.toPlainString());
        }
    }

    private static boolean filled(Row row, int from, int to) {
        for (int column = from; column <= to; column++) {
            if (!WorkbookCells.text(row.getCell(column)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static CriterionEntry entry(List<CriterionEntry> entries, String code, Stage stage) {
        return entries.stream().filter(e -> e.criterionCode.equals(code) && e.stage == stage && e.hasInput()).findFirst().orElse(null);
    }

    private static BigDecimal award(List<AdjustmentAward> awards, String line, Stage stage) {
        return awards.stream().filter(a -> a.lineCode.equals(line) && a.stage == stage).map(a -> a.points).findFirst().orElse(null);
    }

    private static String yes(Boolean value) {
        return value == null ? null : value ? "Có" : "Không";
    }
}
