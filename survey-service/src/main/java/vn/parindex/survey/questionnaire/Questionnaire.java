package vn.parindex.survey.questionnaire;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.parindex.survey.SearchName;

/**
 * A questionnaire version ready to read answers with: items numbered in document order, each tied to its factor,
 * answers accepted as scale values or their labels ("Hài lòng", "hai long" and 4 are the same answer).
 */
public final class Questionnaire {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    /** An answer set that breaks the questionnaire, naming the field at fault. */
    public static final class Rejection extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final String field;

        public Rejection(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }

    /** Answers and profile in canonical form: keys sorted, answers as scale values, no empty entries. */
    public record Answers(SortedMap<String, Integer> answers, SortedMap<String, String> profile) {

        /** The answers as stored and hashed: a compact JSON object in key order, as Jackson writes it. */
        public String answersJson() {
            return json(answers);
        }

        public String profileJson() {
            return json(profile);
        }

        // written by hand because it runs for every response ingested; a mapper per call costs more than the rest
        private static String json(SortedMap<String, ?> entries) {
            StringBuilder json = new StringBuilder(16 * entries.size() + 2).append('{');
            entries.forEach((key, value) -> {
                if (json.length() > 1) {
                    json.append(',');
                }
                quoted(json, key).append(':');
                if (value instanceof Integer number) {
                    json.append(number.intValue());
                } else {
                    quoted(json, value.toString());
                }
            });
            return json.append('}').toString();
        }

        private static StringBuilder quoted(StringBuilder json, String text) {
            json.append('"');
            return (needsEscape(text) ? json.append(JsonStringEncoder.getInstance().quoteAsString(text)) : json.append(text)).append('"');
        }

        private static boolean needsEscape(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c == '"' || c == '\\') {
                    return true;
                }
            }
            return false;
        }
    }

    private final String code;
    private final int version;
    private final QuestionnaireDocument document;
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final int[] factorOfItem;
    private final Set<Integer> scaleValues = new HashSet<>();
    private final Map<String, Integer> valueOfLabel = new HashMap<>();
    private final Set<Integer> satisfied;
    private final Map<String, QuestionnaireDocument.ProfileQuestion> profile = new HashMap<>();
    /** Per profile question with options: each option's value, and its folded label, to the value. */
    private final Map<String, Map<String, String>> optionValues = new HashMap<>();

    public Questionnaire(String code, int version, QuestionnaireDocument defaulted) {
        this.code = code;
        this.version = version;
        this.document = defaulted;
        Map<String, Integer> factorIndex = new HashMap<>();
        for (int f = 0; f < defaulted.factors().size(); f++) {
            factorIndex.put(defaulted.factors().get(f).code(), f);
        }
        factorOfItem = new int[defaulted.items().size()];
        for (int i = 0; i < defaulted.items().size(); i++) {
            itemIndex.put(defaulted.items().get(i).code(), i);
            factorOfItem[i] = factorIndex.get(defaulted.items().get(i).factor());
        }
        for (QuestionnaireDocument.ScaleLevel level : defaulted.scale()) {
            scaleValues.add(level.value());
            valueOfLabel.put(SearchName.fold(level.label()), level.value());
        }
        satisfied = Set.copyOf(defaulted.satisfied());
        for (QuestionnaireDocument.ProfileQuestion question : defaulted.profile()) {
            profile.put(question.code(), question);
            if (!question.options().isEmpty()) {
                Map<String, String> values = new HashMap<>();
                question.options().forEach(option -> values.putIfAbsent(SearchName.fold(option.label()), option.value()));
                question.options().forEach(option -> values.put(option.value(), option.value()));
                optionValues.put(question.code(), values);
            }
        }
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public QuestionnaireDocument document() {
        return document;
    }

    public List<QuestionnaireDocument.Item> items() {
        return document.items();
    }

    public List<QuestionnaireDocument.Factor> factors() {
        return document.factors();
    }

    public int itemCount() {
        return factorOfItem.length;
    }

    public int factorOf(int item) {
        return factorOfItem[item];
    }

    /** The item's position, or -1 when the questionnaire has no such item. */
    public int indexOf(String item) {
        return itemIndex.getOrDefault(item, -1);
    }

    public boolean isSatisfied(int answer) {
        return satisfied.contains(answer);
    }

    public String label(int answer) {
        return document.scale().stream().filter(level -> level.value() == answer).findFirst()
                .map(QuestionnaireDocument.ScaleLevel::label).orElse(String.valueOf(answer));
    }

    /** A profile answer's label, or the answer itself when the question has no list of options. */
    public String profileLabel(String question, String value) {
        QuestionnaireDocument.ProfileQuestion q = profile.get(question);
        return q == null ? value : q.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(QuestionnaireDocument.Option::label).orElse(value);
    }

    public boolean isProfileQuestion(String code) {
        return profile.containsKey(code);
    }

    /**
     * Reads one respondent's answers: every key must be an item or a profile question, every answer on the scale
     * (a value or its label), every required item and question answered. Blank answers count as not answered.
     */
    public Answers read(Map<String, JsonNode> answers, Map<String, JsonNode> profileAnswers) {
        SortedMap<String, Integer> scored = new TreeMap<>();
        if (answers != null) {
            answers.forEach((item, answer) -> {
                if (indexOf(item) < 0) {
                    throw new Rejection("answers." + item, "the questionnaire " + code + " v" + version + " has no item " + item);
                }
                Integer value = scaleValue(answer, "answers." + item);
                if (value != null) {
                    scored.put(item, value);
                }
            });
        }
        for (QuestionnaireDocument.Item item : document.items()) {
            if (item.required() && !scored.containsKey(item.code())) {
                throw new Rejection("answers." + item.code(), "the item " + item.code() + " must be answered");
            }
        }
        SortedMap<String, String> profileValues = new TreeMap<>();
        if (profileAnswers != null) {
            profileAnswers.forEach((question, answer) -> {
                QuestionnaireDocument.ProfileQuestion q = profile.get(question);
                if (q == null) {
                    throw new Rejection("profile." + question, "the questionnaire has no profile question " + question);
                }
                String value = answer == null || answer.isNull() ? "" : answer.asText().strip();
                if (value.isEmpty()) {
                    return;
                }
                Map<String, String> options = optionValues.get(question);
                if (options != null) {
                    String option = options.get(value);
                    value = option != null ? option : options.get(SearchName.fold(value));
                    if (value == null) {
                        throw new Rejection("profile." + question, "'" + answer.asText() + "' is not an option of " + question);
                    }
                }
                profileValues.put(question, value);
            });
        }
        for (QuestionnaireDocument.ProfileQuestion q : document.profile()) {
            if (q.required() && !profileValues.containsKey(q.code())) {
                throw new Rejection("profile." + q.code(), "the profile question " + q.code() + " must be answered");
            }
        }
        if (scored.isEmpty()) {
            throw new Rejection("answers", "a response must answer at least one item");
        }
        return new Answers(scored, profileValues);
    }

    private Integer scaleValue(JsonNode answer, String field) {
        if (answer == null || answer.isNull() || answer.isTextual() && answer.asText().isBlank()) {
            return null;
        }
        Integer value = null;
        if (answer.isIntegralNumber()) {
            value = answer.intValue();
        } else if (answer.isNumber() && answer.decimalValue().stripTrailingZeros().scale() <= 0) {
            value = answer.decimalValue().intValue();
        } else if (answer.isTextual()) {
            String text = answer.asText().strip();
            value = INTEGER.matcher(text).matches() ? Integer.valueOf(text) : valueOfLabel.get(SearchName.fold(text));
        }
        if (value == null || !scaleValues.contains(value)) {
            throw new Rejection(field, "'" + answer.asText() + "' is not an answer on the scale " + scaleText());
        }
        return value;
    }

    private String scaleText() {
        StringBuilder text = new StringBuilder();
        for (QuestionnaireDocument.ScaleLevel level : document.scale()) {
            text.append(text.isEmpty() ? "" : ", ").append(level.value()).append(" = ").append(level.label());
        }
        return "(" + text + ")";
    }

    /** The weight of a factor or item as the aggregation uses it: 1 under a plain mean. */
    public BigDecimal factorWeight(int factor) {
        return document.aggregation().index() == QuestionnaireDocument.Method.MEAN ? BigDecimal.ONE : factors().get(factor).weight();
    }

    public BigDecimal itemWeight(int item) {
        return document.aggregation().factors() == QuestionnaireDocument.Method.MEAN ? BigDecimal.ONE : items().get(item).weight();
    }
}
