package vn.parindex.survey.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Factor;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Item;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Option;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.ProfileQuestion;

class QuestionnaireTest {

    private static final Questionnaire Q = new Questionnaire("Q", 1, QuestionnaireRules.withDefaults(new QuestionnaireDocument(
            "Q", "Q", null, null, null, null, List.of(new Factor("F", "F", null)),
            List.of(new Item("F1", "f1", "F", true, null), new Item("F2", "f2", "F", false, null)),
            List.of(new ProfileQuestion("sex", "Giới tính", List.of(new Option("M", "Nam"), new Option("F", "Nữ")), false)),
            null, null)));

    @Test
    void theDefaultsAreTheFiveLevelScaleWithTheTopTwoSatisfied() {
        assertEquals(5, Q.document().scale().size());
        assertEquals(List.of(4, 5), Q.document().satisfied());
        assertTrue(Q.isSatisfied(4) && Q.isSatisfied(5) && !Q.isSatisfied(3));
    }

    @Test
    void answersAreReadAsValuesOrLabelsWithOrWithoutDiacritics() {
        Map<String, JsonNode> answers = Map.of("F1", TextNode.valueOf("hai long"), "F2", TextNode.valueOf("Rất hài lòng"));
        Questionnaire.Answers read = Q.read(answers, Map.of("sex", TextNode.valueOf("nữ")));
        assertEquals(Map.of("F1", 4, "F2", 5), read.answers());
        assertEquals(Map.of("sex", "F"), read.profile());
        assertEquals(Map.of("F1", 3), Q.read(Map.of("F1", TextNode.valueOf("3"), "F2", TextNode.valueOf("")), null).answers());
    }

    @Test
    void profileAnswersMatchAnOptionByValueOrByLabel() {
        assertEquals(Map.of("sex", "M"), Q.read(Map.of("F1", IntNode.valueOf(4)), Map.of("sex", TextNode.valueOf("M"))).profile());
        assertEquals(Map.of("sex", "M"), Q.read(Map.of("F1", IntNode.valueOf(4)), Map.of("sex", TextNode.valueOf(" NAM "))).profile());
        assertEquals("profile.sex", reject(Map.of("F1", IntNode.valueOf(4)), Map.of("sex", TextNode.valueOf("m"))).field);
    }

    @Test
    void theCanonicalFormIsWhatJacksonWritesForTheSameMaps() throws Exception {
        Questionnaire q = new Questionnaire("Q", 1, QuestionnaireRules.withDefaults(new QuestionnaireDocument(
                "Q", "Q", null, null, null, null, List.of(new Factor("F", "F", null)),
                List.of(new Item("TT1", "t", "F", false, null), new Item("CC1", "c", "F", false, null), new Item("A\"B", "a", "F", false, null),
                        new Item("Z9", "z", "F", false, null)),
                List.of(new ProfileQuestion("place", "Nơi ở", List.of(), false), new ProfileQuestion("age", "Tuổi", List.of(), false),
                        new ProfileQuestion("job", "Nghề", List.of(), false)),
                null, null)));
        Questionnaire.Answers read = q.read(Map.of("TT1", IntNode.valueOf(4), "CC1", IntNode.valueOf(5), "A\"B", IntNode.valueOf(1)),
                Map.of("place", TextNode.valueOf("Bắc Giang \"Kinh Bắc\"\\\t"), "age", TextNode.valueOf("30-39")));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals(new java.util.TreeMap<>(Map.of("TT1", 4, "CC1", 5, "A\"B", 1)), read.answers());
        assertEquals(json.writeValueAsString(read.answers()), read.answersJson());
        assertEquals(json.writeValueAsString(read.profile()), read.profileJson());
        assertEquals("{\"A\\\"B\":1,\"CC1\":5,\"TT1\":4}", read.answersJson());
        assertEquals("{}", q.read(Map.of("Z9", IntNode.valueOf(3)), Map.of()).profileJson());
    }

    @Test
    void eachWayOfBreakingTheQuestionnaireNamesTheField() {
        assertEquals("answers.X9", reject(Map.of("F1", IntNode.valueOf(4), "X9", IntNode.valueOf(4)), Map.of()).field);
        assertEquals("answers.F1", reject(Map.of("F1", IntNode.valueOf(6)), Map.of()).field);
        assertEquals("answers.F1", reject(Map.of("F2", IntNode.valueOf(4)), Map.of()).field, "F1 is required");
        assertEquals("answers.F1", reject(Map.of("F1", TextNode.valueOf("rất tốt")), Map.of()).field);
        assertEquals("profile.sex", reject(Map.of("F1", IntNode.valueOf(4)), Map.of("sex", TextNode.valueOf("?"))).field);
        assertEquals("profile.age", reject(Map.of("F1", IntNode.valueOf(4)), Map.of("age", TextNode.valueOf("30"))).field);
    }

    @Test
    void theRulesNameEveryFault() {
        QuestionnaireDocument broken = QuestionnaireRules.withDefaults(new QuestionnaireDocument("Q", "Q", null, null,
                List.of(new QuestionnaireDocument.ScaleLevel(1, "Không"), new QuestionnaireDocument.ScaleLevel(1, "Có")),
                List.of(1, 7), List.of(new Factor("F", "F", null), new Factor("G", "G", null)),
                List.of(new Item("F1", "f1", "F", true, null), new Item("F1", "again", "H", false, null)),
                null, null, List.of(new QuestionnaireDocument.Band("A", null, new BigDecimal("101")))));
        List<String> fields = QuestionnaireRules.violations(broken).stream().map(e -> e.field()).toList();
        assertEquals(List.of("scale[1].value", "scale", "satisfied[1]", "satisfied", "items[1].code", "items[1].factor",
                "factors[1]", "bands[0].minPercent"), fields);
    }

    @Test
    void answersOutsideTheScaleAreRefusedBeforeAnyNarrowing() {
        // 4294967300 is 4 once cut to 32 bits, -4294967291 is 5: both must stay what they are, off the scale
        assertEquals("answers.F1", reject(Map.of("F1", com.fasterxml.jackson.databind.node.LongNode.valueOf(4294967300L)), null).field);
        assertEquals("answers.F1", reject(Map.of("F1", com.fasterxml.jackson.databind.node.LongNode.valueOf(-4294967291L)), null).field);
        assertEquals("answers.F1", reject(Map.of("F1", com.fasterxml.jackson.databind.node.DecimalNode.valueOf(new BigDecimal("4294967300.0"))), null).field);
        assertEquals("answers.F1", reject(Map.of("F1", com.fasterxml.jackson.databind.node.BigIntegerNode.valueOf(
                new java.math.BigInteger("18446744073709551620"))), null).field);
        assertEquals(Map.of("F1", 4), Q.read(Map.of("F1", com.fasterxml.jackson.databind.node.DecimalNode.valueOf(new BigDecimal("4.0"))), null).answers());
    }

    @Test
    void profileTextWithControlCharactersOrBeyondItsLengthIsRefused() {
        Questionnaire open = new Questionnaire("Q", 1, QuestionnaireRules.withDefaults(new QuestionnaireDocument(
                "Q", "Q", null, null, null, null, List.of(new Factor("F", "F", null)), List.of(new Item("F1", "f1", "F", true, null)),
                List.of(new ProfileQuestion("job", "Nghề", List.of(), false)), null, null)));
        Map<String, JsonNode> answer = Map.of("F1", IntNode.valueOf(4));
        Questionnaire.Rejection nul = assertThrows(Questionnaire.Rejection.class,
                () -> open.read(answer, Map.of("job", TextNode.valueOf("giáo\u0000viên"))));
        assertEquals("profile.job", nul.field);
        assertTrue(nul.getMessage().contains("U+0000"), nul.getMessage());
        assertEquals("profile.job", assertThrows(Questionnaire.Rejection.class,
                () -> open.read(answer, Map.of("job", TextNode.valueOf("x".repeat(Questionnaire.PROFILE_LENGTH + 1))))).field);
        assertEquals(Map.of("job", "giáo viên"), open.read(answer, Map.of("job", TextNode.valueOf("giáo viên"))).profile());
    }

    private static Questionnaire.Rejection reject(Map<String, JsonNode> answers, Map<String, JsonNode> profile) {
        return assertThrows(Questionnaire.Rejection.class, () -> Q.read(answers, profile));
    }
}
