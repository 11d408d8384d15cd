package vn.parindex.assessment.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.WorkbookCells;
import vn.parindex.assessment.assessment.messaging.AssessmentResultChanged;
import vn.parindex.assessment.methodology.MethodologyWorkbook;
import vn.parindex.assessment.scoring.Adjustment;
import vn.parindex.assessment.scoring.Channel;
import vn.parindex.assessment.scoring.CriterionNode;
import vn.parindex.assessment.scoring.NodeScore;
import vn.parindex.assessment.scoring.ScoringScheme;
import vn.parindex.assessment.workflow.Stage;

/**
 * An assessment's scores as a workbook: the score sheet out (every criterion with the unit's self-assessment, the
 * appraised and final points, the points counted and where they come from) is also the self-assessment sheet in — a
 * unit fills columns E to K and the bonus lines, and uploads it.
 */
public final class ScoreWorkbook {

    public static final String MEDIA_TYPE = MethodologyWorkbook.MEDIA_TYPE;

    static final String SCORES = "Chấm điểm";
    static final String ADJUSTMENTS = "Điểm thưởng, điểm trừ";
    private static final String[] HEADER = { "Mã", "Tiêu chí", "Điểm tối đa", "Quy tắc", "Tự chấm: điểm", "Tự chấm: đạt",
            "Tự chấm: tử số", "Tự chấm: mẫu số", "Tự chấm: giá trị", "Không áp dụng", "Ghi chú của đơn vị", "Điểm thẩm định",
            "Điểm cuối cùng", "Điểm tính", "Nguồn điểm" };

    private ScoreWorkbook() {
    }

    public static byte[] write(ScoringScheme scheme, List<CriterionEntry> entries, List<AdjustmentAward> awards,
            AssessmentResultChanged result) {
        Map<Stage, Map<String, CriterionEntry>> byStage = new HashMap<>();
        entries.forEach(e -> byStage.computeIfAbsent(e.stage, s -> new HashMap<>()).put(e.criterionCode, e));
        Map<String, NodeScore> counted = new HashMap<>();
        result.areas().forEach(area -> collect(area, counted));
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SCORES);
            WorkbookCells.write(sheet.createRow(0), (Object[]) HEADER);
            int index = 1;
            for (CriterionNode node : scheme.nodes().toList()) {
                Row row = sheet.createRow(index++);
                CriterionEntry self = byStage.getOrDefault(Stage.SELF, Map.of()).get(node.code());
                CriterionEntry appraised = byStage.getOrDefault(Stage.APPRAISED, Map.of()).get(node.code());
                CriterionEntry fin = byStage.getOrDefault(Stage.FINAL, Map.of()).get(node.code());
                NodeScore score = counted.get(node.code());
                Stage stage = result.stages().get(node.code());
                WorkbookCells.write(row, node.code(), node.name(), node.maxPoints(),
                        node.isLeaf() ? node.channel() == Channel.SURVEY ? "SURVEY" : node.rule().getClass().getSimpleName() : "",
                        self == null ? null : self.points, self == null || self.achieved == null ? null : self.achieved ? "Có" : "Không",
                        self == null ? null : self.numerator, self == null ? null : self.denominator, self == null ? null : self.value,
                        self != null && self.notApplicable ? "Có" : null, self == null ? null : self.note,
                        appraised == null ? null : appraised.points, fin == null ? null : fin.points,
                        score == null ? null : score.points(), stage == null ? null : stage.name());
            }
            Sheet lines = workbook.createSheet(ADJUSTMENTS);
            WorkbookCells.write(lines.createRow(0), "Mã", "Tên", "Loại", "Tối đa", "Tự chấm", "Thẩm định / cuối cùng");
            int line = 1;
            for (Adjustment adjustment : scheme.adjustments()) {
                BigDecimal self = awards.stream().filter(a -> a.lineCode.equals(adjustment.code()) && a.stage == Stage.SELF)
                        .map(a -> a.points).findFirst().orElse(null);
                BigDecimal later = awards.stream().filter(a -> a.lineCode.equals(adjustment.code()) && a.stage != Stage.SELF)
                        .max((a, b) -> a.stage.compareTo(b.stage)).map(a -> a.points).orElse(null);
                WorkbookCells.write(lines.createRow(line++), adjustment.code(), adjustment.name(), adjustment.kind().name(), adjustment.cap(), self, later);
            }
            for (int column = 0; column < HEADER.length; column++) {
                sheet.autoSizeColumn(column);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The self-assessment in a filled sheet: rows with something in columns E to K, and the bonus lines' self points. */
    public static ScoreSheet readSelfAssessment(InputStream in) {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = WorkbookCells.sheet(workbook, SCORES);
            Map<String, CriterionSheetEntry> criteria = new LinkedHashMap<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String code = WorkbookCells.text(row.getCell(0));
                boolean filled = false;
                for (int column = 4; column <= 10; column++) {
                    filled |= !WorkbookCells.text(row.getCell(column)).isEmpty();
                }
                if (code.isEmpty() || !filled) {
                    continue;
                }
                boolean achievedGiven = !WorkbookCells.text(row.getCell(5)).isEmpty();
                criteria.put(code, new CriterionSheetEntry(WorkbookCells.decimal(row.getCell(4), SCORES),
                        achievedGiven ? WorkbookCells.isYes(row.getCell(5)) : null, WorkbookCells.decimal(row.getCell(6), SCORES),
                        WorkbookCells.decimal(row.getCell(7), SCORES), WorkbookCells.decimal(row.getCell(8), SCORES),
                        WorkbookCells.isYes(row.getCell(9)), WorkbookCells.emptyToNull(WorkbookCells.text(row.getCell(10)))));
            }
            Map<String, BigDecimal> adjustments = new LinkedHashMap<>();
            Sheet lines = workbook.getSheet(ADJUSTMENTS);
            if (lines != null) {
                for (Row row : lines) {
                    BigDecimal points = row.getRowNum() == 0 ? null : WorkbookCells.decimal(row.getCell(4), ADJUSTMENTS);
                    if (points != null) {
                        adjustments.put(WorkbookCells.text(row.getCell(0)), points);
                    }
                }
            }
            return new ScoreSheet(criteria, adjustments);
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw Refusal.invalid("file", "the body is not an XLSX workbook");
        }
    }

    private static void collect(NodeScore node, Map<String, NodeScore> into) {
        into.put(node.code(), node);
        node.children().forEach(child -> collect(child, into));
    }
}
