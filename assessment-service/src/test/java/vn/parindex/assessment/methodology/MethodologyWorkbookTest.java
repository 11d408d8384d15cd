package vn.parindex.assessment.methodology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.scoring.CriterionNode;
import vn.parindex.assessment.scoring.ScoringRule;

class MethodologyWorkbookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = { "PAR-PROVINCE-2017", "PAR-PROVINCE-2020", "LAM-DONG-DISTRICT-2022" })
    void aReferenceMethodologySurvivesTheWorkbookUnchanged(String code) throws IOException {
        MethodologyDocument document = reference(code);

        MethodologyDocument back = MethodologyWorkbook.read(new ByteArrayInputStream(MethodologyWorkbook.write(document)));

        assertEquals(normalised(JSON.valueToTree(document)), normalised(JSON.valueToTree(back)));
    }

    @Test
    void aTreeWithThresholdsAndSubCriteriaSurvivesTheWorkbook() throws IOException {
        MethodologyDocument base = reference("PAR-PROVINCE-2020");
        CriterionNode area = CriterionNode.area("1", "Chỉ đạo, điều hành", "8.5",
                CriterionNode.leaf("1.1", "Họp Ban chỉ đạo", "5", new ScoringRule.Thresholds(List.of(
                        new ScoringRule.Thresholds.Step(new BigDecimal("1"), new BigDecimal("1.25")),
                        new ScoringRule.Thresholds.Step(new BigDecimal("4"), new BigDecimal("5"))))).withEvidenceRequired(),
                CriterionNode.area("1.2", "Kiểm tra", "3.5",
                        CriterionNode.leaf("1.2.1", "Tỷ lệ cơ quan được kiểm tra", "3.5", new ScoringRule.Ratio()).notApplicableAllowed()));
        MethodologyDocument document = new MethodologyDocument("TREE", base.name(), base.index(), base.unitLevel(), base.yearFrom(),
                base.yearTo(), null, List.of(area), List.of(), null, null, base.bands(), null);

        MethodologyDocument back = MethodologyWorkbook.read(new ByteArrayInputStream(MethodologyWorkbook.write(document)));

        assertEquals(normalised(JSON.valueToTree(document)), normalised(JSON.valueToTree(back)));
    }

    @Test
    void anUnknownRuleNamesItsCell() throws IOException {
        byte[] workbook = MethodologyWorkbook.write(reference("PAR-PROVINCE-2020"));
        try (XSSFWorkbook edited = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edited.getSheet("Tiêu chí").getRow(2).getCell(5).setCellValue("ĐOÁN");
            edited.write(out);

            Refusal problem = assertThrows(Refusal.class, () -> MethodologyWorkbook.read(new ByteArrayInputStream(out.toByteArray())));

            assertEquals("Tiêu chí!F3", problem.errors.get(0).field());
        }
    }

    @Test
    void somethingElseThanAWorkbookIsRefused() {
        Refusal problem = assertThrows(Refusal.class, () -> MethodologyWorkbook.read(new ByteArrayInputStream("code,name".getBytes())));
        assertEquals("file", problem.errors.get(0).field());
    }

    static MethodologyDocument reference(String code) throws IOException {
        try (InputStream in = MethodologyWorkbookTest.class.getClassLoader().getResourceAsStream("reference/methodologies/" + code + ".json")) {
            return JSON.readValue(in, MethodologyDocument.class);
        }
    }

    private static JsonNode normalised(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), normalised(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(normalised(item)));
            return copy;
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            return DecimalNode.valueOf(value.scale() < 0 ? value.setScale(0) : value);
        }
        return node;
    }
}
