package vn.parindex.survey.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.parindex.survey.Refusal;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Aggregation;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Method;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.ScaleLevel;

/** The SIPAS defaults for what a questionnaire leaves out, and the rules a questionnaire must keep. */
public final class QuestionnaireRules {

    /** The five-level scale of government satisfaction forms (domain §2.3). */
    public static final List<ScaleLevel> DEFAULT_SCALE = List.of(
            new ScaleLevel(1, "Rất không hài lòng"),
            new ScaleLevel(2, "Không hài lòng"),
            new ScaleLevel(3, "Bình thường"),
            new ScaleLevel(4, "Hài lòng"),
            new ScaleLevel(5, "Rất hài lòng"));
    public static final Aggregation DEFAULT_AGGREGATION = new Aggregation(Method.MEAN, Method.MEAN);
    /** Item codes travel as JSON keys, CSV headers and SQL values: keep them plain. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private QuestionnaireRules() {
    }

    /** The document with every omitted part filled in, as stored and exported. */
    public static QuestionnaireDocument withDefaults(QuestionnaireDocument q) {
        List<ScaleLevel> scale = q.scale() == null || q.scale().isEmpty() ? DEFAULT_SCALE : q.scale();
        List<Integer> satisfied = q.satisfied() == null || q.satisfied().isEmpty()
                ? scale.stream().map(ScaleLevel::value).sorted((a, b) -> b - a).limit(2).sorted().toList()
                : q.satisfied();
        List<QuestionnaireDocument.Factor> factors = q.factors().stream()
                .map(f -> new QuestionnaireDocument.Factor(f.code(), f.name(), f.weight() == null ? BigDecimal.ONE : f.weight()))
                .toList();
        List<QuestionnaireDocument.Item> items = q.items().stream()
                .map(i -> new QuestionnaireDocument.Item(i.code(), i.text(), i.factor(), i.required() != null && i.required(),
                        i.weight() == null ? BigDecimal.ONE : i.weight()))
                .toList();
        List<QuestionnaireDocument.ProfileQuestion> profile = q.profile() == null ? List.of() : q.profile().stream()
                .map(p -> new QuestionnaireDocument.ProfileQuestion(p.code(), p.text(), p.options() == null ? List.of() : p.options(),
                        p.required() != null && p.required()))
                .toList();
        return new QuestionnaireDocument(q.code(), q.name(), q.description(), q.template() != null && q.template(), scale,
                satisfied, factors, items, profile, q.aggregation() == null ? DEFAULT_AGGREGATION : q.aggregation(),
                q.bands() == null ? List.of() : q.bands());
    }

    /** Every rule the (defaulted) document breaks, each naming its field; empty when it is sound. */
    public static List<Refusal.FieldError> violations(QuestionnaireDocument q) {
        List<Refusal.FieldError> errors = new ArrayList<>();
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < q.scale().size(); i++) {
            if (!values.add(q.scale().get(i).value())) {
                errors.add(new Refusal.FieldError("scale[" + i + "].value", "the value " + q.scale().get(i).value() + " appears twice"));
            }
        }
        if (values.size() < 2) {
            errors.add(new Refusal.FieldError("scale", "a scale needs at least two levels"));
        }
        for (int i = 0; i < q.satisfied().size(); i++) {
            if (!values.contains(q.satisfied().get(i))) {
                errors.add(new Refusal.FieldError("satisfied[" + i + "]", q.satisfied().get(i) + " is not a value of the scale"));
            }
        }
        if (new HashSet<>(q.satisfied()).containsAll(values)) {
            errors.add(new Refusal.FieldError("satisfied", "if every answer counts as satisfied, the index says nothing"));
        }
        Map<String, Integer> itemsPerFactor = new HashMap<>();
        for (int i = 0; i < q.factors().size(); i++) {
            String code = q.factors().get(i).code();
            if (!CODE.matcher(code).matches()) {
                errors.add(new Refusal.FieldError("factors[" + i + "].code", "use letters, digits, '.', '_' or '-' (at most 40)"));
            }
            if (itemsPerFactor.put(code, 0) != null) {
                errors.add(new Refusal.FieldError("factors[" + i + "].code", "the factor " + code + " appears twice"));
            }
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < q.items().size(); i++) {
            QuestionnaireDocument.Item item = q.items().get(i);
            if (!CODE.matcher(item.code()).matches()) {
                errors.add(new Refusal.FieldError("items[" + i + "].code", "use letters, digits, '.', '_' or '-' (at most 40)"));
            }
            if (!codes.add(item.code())) {
                errors.add(new Refusal.FieldError("items[" + i + "].code", "the code " + item.code() + " appears twice"));
            }
            if (!itemsPerFactor.containsKey(item.factor())) {
                errors.add(new Refusal.FieldError("items[" + i + "].factor", "there is no factor " + item.factor()));
            } else {
                itemsPerFactor.merge(item.factor(), 1, Integer::sum);
            }
        }
        for (int i = 0; i < q.factors().size(); i++) {
            if (itemsPerFactor.getOrDefault(q.factors().get(i).code(), 0) == 0) {
                errors.add(new Refusal.FieldError("factors[" + i + "]", "the factor " + q.factors().get(i).code() + " has no items"));
            }
        }
        for (int i = 0; i < q.profile().size(); i++) {
            QuestionnaireDocument.ProfileQuestion question = q.profile().get(i);
            if (!CODE.matcher(question.code()).matches()) {
                errors.add(new Refusal.FieldError("profile[" + i + "].code", "use letters, digits, '.', '_' or '-' (at most 40)"));
            }
            if (!codes.add(question.code())) {
                errors.add(new Refusal.FieldError("profile[" + i + "].code", "the code " + question.code() + " is already used"));
            }
            Set<String> options = new HashSet<>();
            for (int j = 0; j < question.options().size(); j++) {
                if (!options.add(question.options().get(j).value())) {
                    errors.add(new Refusal.FieldError("profile[" + i + "].options[" + j + "].value", "the option appears twice"));
                }
            }
        }
        Set<String> groups = new HashSet<>();
        for (int i = 0; i < q.bands().size(); i++) {
            QuestionnaireDocument.Band band = q.bands().get(i);
            if (!groups.add(band.group())) {
                errors.add(new Refusal.FieldError("bands[" + i + "].group", "the group " + band.group() + " appears twice"));
            }
            if (band.minPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(new Refusal.FieldError("bands[" + i + "].minPercent", "a satisfaction cannot exceed 100 %"));
            }
        }
        return errors;
    }
}
