package vn.parindex.survey.questionnaire;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.survey.Refusal;
import vn.parindex.survey.SearchName;
import vn.parindex.survey.Text;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Aggregation;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Method;

/**
 * A questionnaire as the workbook survey teams keep: a sheet of general settings, the scale, the factors, the items,
 * the respondent-profile questions and the groups. Reading names every fault by sheet and cell.
 */
public final class QuestionnaireWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String GENERAL = "Bảng hỏi";
    static final String SCALE = "Thang đo";
    static final String FACTORS = "Yếu tố";
    static final String ITEMS = "Câu hỏi";
    static final String PROFILE = "Người trả lời";
    static final String BANDS = "Nhóm";
    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private QuestionnaireWorkbook() {
    }

    public static byte[] write(QuestionnaireDocument q) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet general = workbook.createSheet(GENERAL);
            row(general, 0, "Mục", "Giá trị");
            row(general, 1, "Mã", q.code());
            row(general, 2, "Tên", q.name());
            row(general, 3, "Mô tả", q.description());
            row(general, 4, "Mẫu", Boolean.TRUE.equals(q.template()) ? "Có" : "Không");
            row(general, 5, "Trả lời hài lòng", String.join(", ", q.satisfied().stream().map(String::valueOf).toList()));
            row(general, 6, "Tổng hợp yếu tố", q.aggregation().factors().name());
            row(general, 7, "Tổng hợp chỉ số", q.aggregation().index().name());
            Sheet scale = workbook.createSheet(SCALE);
            row(scale, 0, "Giá trị", "Nhãn");
            for (int i = 0; i < q.scale().size(); i++) {
                row(scale, i + 1, q.scale().get(i).value(), q.scale().get(i).label());
            }
            Sheet factors = workbook.createSheet(FACTORS);
            row(factors, 0, "Mã", "Tên", "Trọng số");
            for (int i = 0; i < q.factors().size(); i++) {
                QuestionnaireDocument.Factor f = q.factors().get(i);
                row(factors, i + 1, f.code(), f.name(), f.weight());
            }
            Sheet items = workbook.createSheet(ITEMS);
            row(items, 0, "Mã", "Nội dung", "Yếu tố", "Bắt buộc", "Trọng số");
            for (int i = 0; i < q.items().size(); i++) {
                QuestionnaireDocument.Item item = q.items().get(i);
                row(items, i + 1, item.code(), item.text(), item.factor(), Boolean.TRUE.equals(item.required()) ? "Có" : "Không", item.weight());
            }
            Sheet profile = workbook.createSheet(PROFILE);
            row(profile, 0, "Mã", "Câu hỏi", "Bắt buộc", "Lựa chọn (giá trị=nhãn; ...)");
            for (int i = 0; i < q.profile().size(); i++) {
                QuestionnaireDocument.ProfileQuestion p = q.profile().get(i);
                row(profile, i + 1, p.code(), p.text(), Boolean.TRUE.equals(p.required()) ? "Có" : "Không",
                        String.join("; ", p.options().stream().map(o -> o.value() + "=" + o.label()).toList()));
            }
            Sheet bands = workbook.createSheet(BANDS);
            row(bands, 0, "Nhóm", "Tên", "Từ (%)");
            for (int i = 0; i < q.bands().size(); i++) {
                QuestionnaireDocument.Band b = q.bands().get(i);
                row(bands, i + 1, b.group(), b.name(), b.minPercent());
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static QuestionnaireDocument read(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<Refusal.FieldError> errors = new ArrayList<>();
            Sheet general = sheet(workbook, GENERAL);
            String code = null;
            String name = null;
            String description = null;
            boolean template = false;
            List<Integer> satisfied = null;
            Method factorMethod = Method.MEAN;
            Method indexMethod = Method.MEAN;
            for (int r = 1; r <= general.getLastRowNum(); r++) {
                Row row = general.getRow(r);
                if (row == null) {
                    continue;
                }
                String key = SearchName.fold(text(row.getCell(0)));
                String value = text(row.getCell(1));
                String cell = GENERAL + "!B" + (r + 1);
                switch (key) {
                    case "ma" -> code = value;
                    case "ten" -> name = value;
                    case "mo ta" -> description = value.isEmpty() ? null : value;
                    case "mau" -> template = isYes(value);
                    case "tra loi hai long" -> satisfied = integers(value, cell, errors);
                    case "tong hop yeu to" -> factorMethod = method(value, cell, errors);
                    case "tong hop chi so" -> indexMethod = method(value, cell, errors);
                    case "" -> { }
                    default -> errors.add(new Refusal.FieldError(GENERAL + "!A" + (r + 1), "unknown setting '" + text(row.getCell(0)) + "'"));
                }
            }
            List<QuestionnaireDocument.ScaleLevel> scale = new ArrayList<>();
            forRows(sheet(workbook, SCALE), (row, r) -> scale.add(new QuestionnaireDocument.ScaleLevel(
                    integer(text(row.getCell(0)), SCALE + "!A" + r, errors), text(row.getCell(1)))));
            List<QuestionnaireDocument.Factor> factors = new ArrayList<>();
            forRows(sheet(workbook, FACTORS), (row, r) -> factors.add(new QuestionnaireDocument.Factor(text(row.getCell(0)),
                    text(row.getCell(1)), decimal(text(row.getCell(2)), FACTORS + "!C" + r, errors))));
            List<QuestionnaireDocument.Item> items = new ArrayList<>();
            forRows(sheet(workbook, ITEMS), (row, r) -> items.add(new QuestionnaireDocument.Item(text(row.getCell(0)),
                    text(row.getCell(1)), text(row.getCell(2)), isYes(text(row.getCell(3))),
                    decimal(text(row.getCell(4)), ITEMS + "!E" + r, errors))));
            List<QuestionnaireDocument.ProfileQuestion> profile = new ArrayList<>();
            Sheet profileSheet = workbook.getSheet(PROFILE);
            if (profileSheet != null) {
                forRows(profileSheet, (row, r) -> profile.add(new QuestionnaireDocument.ProfileQuestion(text(row.getCell(0)),
                        text(row.getCell(1)), options(text(row.getCell(3)), PROFILE + "!D" + r, errors), isYes(text(row.getCell(2))))));
            }
            List<QuestionnaireDocument.Band> bands = new ArrayList<>();
            Sheet bandSheet = workbook.getSheet(BANDS);
            if (bandSheet != null) {
                forRows(bandSheet, (row, r) -> bands.add(new QuestionnaireDocument.Band(text(row.getCell(0)),
                        text(row.getCell(1)).isEmpty() ? null : text(row.getCell(1)), decimal(text(row.getCell(2)), BANDS + "!C" + r, errors))));
            }
            if (code == null || code.isEmpty()) {
                errors.add(new Refusal.FieldError(GENERAL + "!B2", "the questionnaire needs its code (Mã)"));
            }
            if (name == null || name.isEmpty()) {
                errors.add(new Refusal.FieldError(GENERAL + "!B3", "the questionnaire needs its name (Tên)"));
            }
            if (!errors.isEmpty()) {
                throw Refusal.invalid(errors);
            }
            return new QuestionnaireDocument(code, name, description, template, scale, satisfied, factors, items, profile,
                    new Aggregation(factorMethod, indexMethod), bands);
        } catch (IOException | org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException
                | org.apache.poi.ooxml.POIXMLException e) {
            throw Refusal.invalid("body", "the body is not an XLSX workbook");
        }
    }

    private interface RowReader {
        void read(Row row, int excelRow);
    }

    private static void forRows(Sheet sheet, RowReader reader) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !text(row.getCell(0)).isEmpty()) {
                reader.read(row, r + 1);
            }
        }
    }

    private static Sheet sheet(Workbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw Refusal.invalid(name, "the workbook has no sheet '" + name + "'");
        }
        return sheet;
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (values[i] != null) {
                row.createCell(i).setCellValue(values[i].toString());
            }
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

    private static boolean isYes(String value) {
        String folded = SearchName.fold(value);
        return folded.equals("co") || folded.equals("x") || folded.equals("true") || folded.equals("yes");
    }

    private static Integer integer(String value, String cell, List<Refusal.FieldError> errors) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(new Refusal.FieldError(cell, "'" + value + "' is not a whole number"));
            return 0;
        }
    }

    private static List<Integer> integers(String value, String cell, List<Refusal.FieldError> errors) {
        return value.isBlank() ? null : Arrays.stream(value.split("[,;\\s]+")).map(v -> integer(v, cell, errors)).toList();
    }

    private static BigDecimal decimal(String value, String cell, List<Refusal.FieldError> errors) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.add(new Refusal.FieldError(cell, "'" + value + "' is not a number"));
            return null;
        }
    }

    private static Method method(String value, String cell, List<Refusal.FieldError> errors) {
        try {
            return Method.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Refusal.FieldError(cell, "'" + value + "' is not MEAN or WEIGHTED_MEAN"));
            return Method.MEAN;
        }
    }

    private static List<QuestionnaireDocument.Option> options(String value, String cell, List<Refusal.FieldError> errors) {
        List<QuestionnaireDocument.Option> options = new ArrayList<>();
        if (value.isBlank()) {
            return options;
        }
        for (String part : value.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                errors.add(new Refusal.FieldError(cell, "'" + part.strip() + "' is not value=label"));
            } else {
                options.add(new QuestionnaireDocument.Option(pair[0].strip(), pair[1].strip()));
            }
        }
        return options;
    }
}
