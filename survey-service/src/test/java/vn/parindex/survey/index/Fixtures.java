package vn.parindex.survey.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.survey.questionnaire.Questionnaire;
import vn.parindex.survey.questionnaire.QuestionnaireDocument;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Aggregation;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Band;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Factor;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Item;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Method;
import vn.parindex.survey.questionnaire.QuestionnaireRules;

/** Small questionnaires whose arithmetic can be checked by hand. */
final class Fixtures {

    private Fixtures() {
    }

    /** Factor A: items A1, A2 (A2 weight 3); factor B (weight 3): item B1. Bands A ≥ 90, B ≥ 85, C ≥ 0. */
    static Questionnaire twoFactors(Method factors, Method index) {
        QuestionnaireDocument document = new QuestionnaireDocument("T", "Test", null, null, null, null,
                List.of(new Factor("A", "Factor A", null), new Factor("B", "Factor B", new BigDecimal("3"))),
                List.of(new Item("A1", "a1", "A", false, null), new Item("A2", "a2", "A", false, new BigDecimal("3")),
                        new Item("B1", "b1", "B", false, null)),
                null, new Aggregation(factors, index),
                List.of(new Band("A", null, new BigDecimal("90")), new Band("B", null, new BigDecimal("85")),
                        new Band("C", null, BigDecimal.ZERO)));
        return new Questionnaire("T", 1, QuestionnaireRules.withDefaults(document));
    }

    static Questionnaire.Answers answers(Questionnaire questionnaire, Object... itemAndAnswer) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (int i = 0; i < itemAndAnswer.length; i += 2) {
            answers.put((String) itemAndAnswer[i], IntNode.valueOf((Integer) itemAndAnswer[i + 1]));
        }
        return questionnaire.read(answers, Map.of());
    }
}
