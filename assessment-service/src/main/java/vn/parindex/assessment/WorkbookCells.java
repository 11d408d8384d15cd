package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** Reading and writing the cells of the platform's workbooks (methodologies, score sheets) the same way. */
public final class WorkbookCells {

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private WorkbookCells() {
    }

    /** Writes the values into the row; numbers as numbers (points have at most four decimals, which a double keeps). */
    public static void write(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
            } else if (value instanceof Integer || value instanceof Long) {
                cell.setCellValue(((Number) value).longValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    /** The cell as text; a number in its shortest decimal form (13.5, not 13.500000001); text that breaks {@link Text}'s rule is a 400 naming the cell. */
    public static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return Text.checked(cell.getSheet().getSheetName() + "!" + cell.getAddress().formatAsString(), FORMATTER.formatCellValue(cell).strip());
    }

    /** "Có", "x", "true" or "yes". */
    public static boolean isYes(Cell cell) {
        String value = text(cell).toLowerCase(Locale.ROOT);
        return value.equals("có") || value.equals("x") || value.equals("true") || value.equals("yes");
    }

    public static Sheet sheet(Workbook workbook, String name) {
        Sheet sheet = workbook.getSheet(name);
        if (sheet == null) {
            throw Refusal.invalid(name, "the workbook has no sheet '" + name + "'");
        }
        return sheet;
    }

    /** The cell as a decimal (a decimal comma accepted); empty is null; anything else is a 400 naming the sheet and cell. */
    public static BigDecimal decimal(Cell cell, String sheet) {
        String value = text(cell).replace(',', '.');
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw Refusal.invalid(sheet + "!" + cell.getAddress().formatAsString(), "'" + value + "' is not a number");
        }
    }

    public static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
