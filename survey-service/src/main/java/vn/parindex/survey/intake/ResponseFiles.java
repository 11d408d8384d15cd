package vn.parindex.survey.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.parindex.survey.Refusal;
import vn.parindex.survey.SearchName;
import vn.parindex.survey.questionnaire.Questionnaire;

/**
 * The ways a batch of responses arrives, read into rows with their position for the report: a JSON array, NDJSON
 * (one response per line), and the sheet survey teams key paper forms into (CSV or XLSX: a header row with
 * {@code id}, {@code unit}, then one column per item and profile question, named by code; answers as scale values or
 * labels). A row that cannot be read becomes a rejected row; it never stops the others.
 */
public final class ResponseFiles {

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);
    private static final List<String> ID_HEADERS = List.of("id", "ma phieu", "response id");
    private static final List<String> UNIT_HEADERS = List.of("unit", "don vi", "ma don vi");

    private final ObjectMapper json;
    private final SubmissionReader submissionReader;

    public ResponseFiles(ObjectMapper json) {
        this.json = json;
        this.submissionReader = new SubmissionReader(json);
    }

    /** A JSON array; rows are numbered from 1 in array order. */
    public List<Ingestion.Row> jsonArray(byte[] body) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (IOException e) {
            throw Refusal.invalid("body", "the body is not valid JSON: " + e.getMessage());
        }
        if (tree == null || !tree.isArray()) {
            throw Refusal.invalid("body", "a batch is a JSON array of responses (or NDJSON, one per line)");
        }
        limit(tree.size());
        List<Ingestion.Row> rows = new ArrayList<>(tree.size());
        for (int i = 0; i < tree.size(); i++) {
            rows.add(submission(i + 1, tree.get(i)));
        }
        return rows;
    }

    /**
     * NDJSON; rows are numbered by line, blank lines skipped. Each line is read when the ingestion reaches it, so a
     * batch never holds ten thousand parsed responses at once.
     */
    public List<Ingestion.Row> ndjson(byte[] body) {
        int[] starts = new int[64];
        int[] ends = new int[64];
        int[] lines = new int[64];
        int count = 0;
        int line = 0;
        for (int start = 0; start < body.length;) {
            int end = start;
            while (end < body.length && body[end] != '\n') {
                end++;
            }
            line++;
            if (!isBlank(body, start, end)) {
                limit(count + 1);
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    lines = Arrays.copyOf(lines, count * 2);
                }
                starts[count] = start;
                ends[count] = end;
                lines[count++] = line;
            }
            start = end + 1;
        }
        int[] from = starts;
        int[] to = ends;
        int[] numbers = lines;
        return Ingestion.Row.readOnDemand(count, index -> SubmissionReader.row(numbers[index], "line " + numbers[index],
                () -> submissionReader.read(body, from[index], to[index] - from[index])));
    }

    private static boolean isBlank(byte[] body, int start, int end) {
        for (int i = start; i < end; i++) {
            if (body[i] != ' ' && body[i] != '\t' && body[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private Ingestion.Row submission(int number, JsonNode node) {
        return SubmissionReader.row(number, "row " + number, () -> {
            try (JsonParser parser = node.traverse(json)) {
                return submissionReader.read(parser, parser.nextToken());
            }
        });
    }

    /** A CSV sheet (UTF-8, a byte-order mark allowed; comma or semicolon); rows are numbered as the lines of the file. */
    public List<Ingestion.Row> csv(byte[] body, Questionnaire questionnaire) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (Reader reader = new StringReader(text)) {
            String firstLine = text.lines().findFirst().orElse("");
            char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get().parse(reader);
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                throw Refusal.invalid("body", "the file is empty");
            }
            List<String> header = new ArrayList<>();
            records.get(0).forEach(header::add);
            Columns columns = columns(header, questionnaire);
            limit(records.size() - 1);
            List<Ingestion.Row> rows = new ArrayList<>();
            for (int r = 1; r < records.size(); r++) {
                List<String> cells = new ArrayList<>();
                records.get(r).forEach(cells::add);
                rows.add(columns.row((int) records.get(r).getRecordNumber(), cells));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw Refusal.invalid("body", "the CSV file cannot be read: " + e.getMessage());
        }
    }

    /** The first sheet of an XLSX workbook, laid out like the CSV sheet; rows are numbered as Excel shows them. */
    public List<Ingestion.Row> xlsx(byte[] body, Questionnaire questionnaire) {
        try (InputStream in = new ByteArrayInputStream(body); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            if (headerRow == null) {
                throw Refusal.invalid("body", "the first sheet is empty");
            }
            List<String> header = new ArrayList<>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                header.add(text(headerRow.getCell(c)));
            }
            Columns columns = columns(header, questionnaire);
            limit(sheet.getLastRowNum() - headerRow.getRowNum());
            List<Ingestion.Row> rows = new ArrayList<>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(columns.row(r + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal problem) {
                throw problem;
            }
            throw Refusal.invalid("body", "the body is not an XLSX workbook: " + e.getMessage());
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return FORMATTER.formatCellValue(cell).strip();
    }

    /** Which column holds what: id, unit, each item, each profile question. */
    private record Columns(int id, int unit, Map<Integer, String> items, Map<Integer, String> profile) {
        Ingestion.Row row(int number, List<String> cells) {
            Map<String, JsonNode> answers = new LinkedHashMap<>();
            items.forEach((column, item) -> answers.put(item, JsonNodeFactory.instance.textNode(cell(cells, column))));
            Map<String, JsonNode> profileAnswers = new LinkedHashMap<>();
            profile.forEach((column, question) -> profileAnswers.put(question, JsonNodeFactory.instance.textNode(cell(cells, column))));
            String unitCode = cell(cells, unit);
            return Ingestion.Row.of(number, new Ingestion.Submission(cell(cells, id), null, unitCode.isEmpty() ? null : unitCode,
                    answers, profileAnswers));
        }

        private static String cell(List<String> cells, int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }
    }

    private static Columns columns(List<String> header, Questionnaire questionnaire) {
        int id = -1;
        int unit = -1;
        Map<Integer, String> items = new LinkedHashMap<>();
        Map<Integer, String> profile = new LinkedHashMap<>();
        List<Refusal.FieldError> errors = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            String folded = SearchName.fold(name);
            if (name.isEmpty()) {
                continue;
            }
            if (ID_HEADERS.contains(folded)) {
                id = c;
            } else if (UNIT_HEADERS.contains(folded)) {
                unit = c;
            } else if (questionnaire.indexOf(name) >= 0) {
                items.put(c, name);
            } else if (questionnaire.isProfileQuestion(name)) {
                profile.put(c, name);
            } else {
                errors.add(new Refusal.FieldError("header." + name,
                        "column " + (c + 1) + " '" + name + "' is neither id, unit, an item nor a profile question of "
                                + questionnaire.code() + " v" + questionnaire.version()));
            }
        }
        if (id < 0) {
            errors.add(new Refusal.FieldError("header.id", "the header has no 'id' column (the response id)"));
        }
        if (unit < 0) {
            errors.add(new Refusal.FieldError("header.unit", "the header has no 'unit' column (the unit code)"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return new Columns(id, unit, items, profile);
    }

    private static void limit(int rows) {
        if (rows > Ingestion.MAX_BATCH) {
            throw Refusal.tooLarge("a batch holds at most " + Ingestion.MAX_BATCH + " responses; split the file");
        }
    }
}
