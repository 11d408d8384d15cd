package vn.parindex.survey.result;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table written as CSV or XLSX, the one way every export of this service is written. CSV in Vietnamese ({@code vi})
 * uses ';' between fields and a decimal comma, with a byte-order mark, as Excel in a Vietnamese locale expects.
 */
public final class Table {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Receives rows one at a time, so large exports stream. */
    public interface Sink extends AutoCloseable {
        void row(List<?> values) throws IOException;

        @Override
        void close() throws IOException;
    }

    private Table() {
    }

    public static Sink csv(OutputStream out, List<String> header, boolean vietnamese) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (vietnamese) {
            writer.write('\uFEFF');
        }
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(vietnamese ? ';' : ',').get());
        printer.printRecord(header);
        return new Sink() {
            @Override
            public void row(List<?> values) throws IOException {
                List<String> cells = new ArrayList<>(values.size());
                for (Object value : values) {
                    String text = value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
                    cells.add(value instanceof Number ? vietnamese && value instanceof BigDecimal ? text.replace('.', ',') : text
                            : neutralised(text));
                }
                printer.printRecord(cells);
            }

            @Override
            public void close() throws IOException {
                printer.close(true);
            }
        };
    }

    /**
     * A text cell that a spreadsheet would evaluate as a formula (it starts with =, +, -, @, a tab or a carriage return)
     * gets a leading apostrophe, so a respondent's free text stays text in staff spreadsheets. Numbers are not touched.
     */
    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static Sink xlsx(OutputStream out, String sheetName, List<String> header) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        Sheet sheet = workbook.createSheet(sheetName);
        int[] next = { 0 };
        Sink sink = new Sink() {
            @Override
            public void row(List<?> values) {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }

            @Override
            public void close() throws IOException {
                try {
                    workbook.write(out);
                } finally {
                    workbook.close();
                }
            }
        };
        try {
            sink.row(header);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return sink;
    }
}
