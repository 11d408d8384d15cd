package vn.parindex.survey.questionnaire;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.parindex.survey.SearchName;
import vn.parindex.survey.Text;

/**
 * A questionnaire version ready to read answers with: items numbered in document order, each tied to its factor,
 * answers accepted as scale values or their labels ("Hài lòng", "hai long" and 4 are the same answer).
 */
public final class Questionnaire {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    /** The longest answer to a profile question (an occupation, a district written out). */
    public static final int PROFILE_LENGTH = 200;

    /** An answer set that breaks the questionnaire, naming the field at fault. */
    public static final class Rejection extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final String field;

        public Rejection(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }

    /**
     * One respondent's answers in canonical form: a scale value per item and a value per profile question, by position
     * (absent where not answered). Arrays rather than maps: a batch holds ten thousand of these at once.
     */
    public static final class Answers {
        private static final int ABSENT = Integer.MIN_VALUE;

        private final Questionnaire questionnaire;
        private final int[] values;
        private final String[] profile;

        private Answers(Questionnaire questionnaire, int[] values, String[] profile) {
            this.questionnaire = questionnaire;
            this.values = values;
            this.profile = profile;
        }

        public Questionnaire questionnaire() {
            return questionnaire;
        }

        public boolean isAnswered(int item) {
            return values[item] != ABSENT;
        }

        /** The scale value given to the item; only meaningful where {@link #isAnswered}. */
        public int value(int item) {
            return values[item];
        }

        /** The answers by item code, in code order. */
        public SortedMap<String, Integer> answers() {
            SortedMap<String, Integer> answers = new TreeMap<>();
            for (int item : questionnaire.itemsByCode) {
                if (isAnswered(item)) {
                    answers.put(questionnaire.items().get(item).code(), values[item]);
                }
            }
            return answers;
        }

        public SortedMap<String, String> profile() {
            SortedMap<String, String> answers = new TreeMap<>();
            for (int question : questionnaire.profileByCode) {
                if (profile[question] != null) {
                    answers.put(questionnaire.document.profile().get(question).code(), profile[question]);
                }
            }
            return answers;
        }

        /** The answers as stored and hashed: a compact JSON object in key order, as Jackson writes it. */
        public String answersJson() {
            StringBuilder json = new StringBuilder(8 * values.length + 2).append('{');
            for (int item : questionnaire.itemsByCode) {
                if (isAnswered(item)) {
                    (json.length() > 1 ? json.append(',') : json).append(questionnaire.itemKeys[item]).append(values[item]);
                }
            }
            return json.append('}').toString();
        }

        public String profileJson() {
            StringBuilder json = new StringBuilder(24 * profile.length + 2).append('{');
            for (int question : questionnaire.profileByCode) {
                if (profile[question] != null) {
                    quoted(json.length() > 1 ? json.append(',') : json, questionnaire.document.profile().get(question).code())
                            .append(':');
                    quoted(json, profile[question]);
                }
            }
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
    /** Sorted, searched per answer: no boxing on the ingestion path. */
    private final int[] scaleValues;
    private final Map<String, Integer> valueOfLabel = new HashMap<>();
    private final int[] satisfied;
    /** Per profile question with options: each option's value, and its folded label, to the value. */
    private final Map<String, Map<String, String>> optionValues = new HashMap<>();
    private final Map<String, Integer> profileIndex = new HashMap<>();
    /** Item and profile positions in code order, and each item's JSON key: the canonical form's order, computed once. */
    private final int[] itemsByCode;
    private final int[] profileByCode;
    private final String[] itemKeys;

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
            valueOfLabel.put(SearchName.fold(level.label()), level.value());
        }
        scaleValues = defaulted.scale().stream().mapToInt(QuestionnaireDocument.ScaleLevel::value).sorted().distinct().toArray();
        satisfied = defaulted.satisfied().stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        List<QuestionnaireDocument.Item> items = defaulted.items();
        itemsByCode = inCodeOrder(items, QuestionnaireDocument.Item::code);
        itemKeys = new String[items.size()];
        for (int i = 0; i < items.size(); i++) {
            itemKeys[i] = Answers.quoted(new StringBuilder(), items.get(i).code()).append(':').toString();
        }
        List<QuestionnaireDocument.ProfileQuestion> questions = defaulted.profile();
        profileByCode = inCodeOrder(questions, QuestionnaireDocument.ProfileQuestion::code);
        for (int q = 0; q < questions.size(); q++) {
            profileIndex.put(questions.get(q).code(), q);
        }
        for (QuestionnaireDocument.ProfileQuestion question : defaulted.profile()) {
            if (!question.options().isEmpty()) {
                Map<String, String> values = new HashMap<>();
                question.options().forEach(option -> values.putIfAbsent(SearchName.fold(option.label()), option.value()));
                question.options().forEach(option -> values.put(option.value(), option.value()));
                optionValues.put(question.code(), values);
            }
        }
    }

    /** The positions of the entries, ordered by their codes. */
    private static <T> int[] inCodeOrder(List<T> entries, java.util.function.Function<T, String> code) {
        return java.util.stream.IntStream.range(0, entries.size()).boxed()
                .sorted(java.util.Comparator.comparing(i -> code.apply(entries.get(i)))).mapToInt(Integer::intValue).toArray();
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
        return java.util.Arrays.binarySearch(satisfied, answer) >= 0;
    }

    public String label(int answer) {
        return document.scale().stream().filter(level -> level.value() == answer).findFirst()
                .map(QuestionnaireDocument.ScaleLevel::label).orElse(String.valueOf(answer));
    }

    /** A profile answer's label, or the answer itself when the question has no list of options. */
    public String profileLabel(String question, String value) {
        Integer index = profileIndex.get(question);
        QuestionnaireDocument.ProfileQuestion q = index == null ? null : document.profile().get(index);
        return q == null ? value : q.options().stream().filter(o -> o.value().equals(value)).findFirst()
                .map(QuestionnaireDocument.Option::label).orElse(value);
    }

    public boolean isProfileQuestion(String code) {
        return profileIndex.containsKey(code);
    }

    /**
     * Reads one respondent's answers: every key must be an item or a profile question, every answer on the scale
     * (a value or its label), every required item and question answered. Blank answers count as not answered.
     */
    public Answers read(Map<String, JsonNode> answers, Map<String, JsonNode> profileAnswers) {
        int[] values = new int[itemCount()];
        java.util.Arrays.fill(values, Answers.ABSENT);
        int answered = 0;
        if (answers != null) {
            for (Map.Entry<String, JsonNode> entry : answers.entrySet()) {
                String item = entry.getKey();
                int index = indexOf(item);
                if (index < 0) {
                    throw new Rejection("answers." + item, "the questionnaire " + code + " v" + version + " has no item " + item);
                }
                Integer value = scaleValue(entry.getValue(), "answers." + item);
                if (value != null) {
                    answered += values[index] == Answers.ABSENT ? 1 : 0;
                    values[index] = value;
                }
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == Answers.ABSENT && document.items().get(i).required()) {
                String item = document.items().get(i).code();
                throw new Rejection("answers." + item, "the item " + item + " must be answered");
            }
        }
        String[] profileValues = new String[document.profile().size()];
        if (profileAnswers != null) {
            profileAnswers.forEach((question, answer) -> {
                Integer index = profileIndex.get(question);
                if (index == null) {
                    throw new Rejection("profile." + question, "the questionnaire has no profile question " + question);
                }
                String value = answer == null || answer.isNull() ? "" : answer.asText().strip();
                if (value.isEmpty()) {
                    return;
                }
                String fault = Text.fault(value);
                if (fault != null) {
                    throw new Rejection("profile." + question, "the text " + fault);
                }
                if (value.length() > PROFILE_LENGTH) {
                    throw new Rejection("profile." + question, "an answer to a profile question has at most " + PROFILE_LENGTH + " characters");
                }
                Map<String, String> options = optionValues.get(question);
                if (options != null) {
                    String option = options.get(value);
                    value = option != null ? option : options.get(SearchName.fold(value));
                    if (value == null) {
                        throw new Rejection("profile." + question, "'" + answer.asText() + "' is not an option of " + question);
                    }
                }
                profileValues[index] = value;
            });
        }
        for (int q = 0; q < profileValues.length; q++) {
            if (profileValues[q] == null && document.profile().get(q).required()) {
                String question = document.profile().get(q).code();
                throw new Rejection("profile." + question, "the profile question " + question + " must be answered");
            }
        }
        if (answered == 0) {
            throw new Rejection("answers", "a response must answer at least one item");
        }
        return new Answers(this, values, profileValues);
    }

    /** Answers as stored (canonical, already checked when they came in); the profile is not needed to count them. */
    public Answers stored(Map<String, Integer> answers) {
        int[] values = new int[itemCount()];
        java.util.Arrays.fill(values, Answers.ABSENT);
        answers.forEach((item, value) -> {
            int index = indexOf(item);
            if (index < 0) {
                throw new IllegalStateException("a stored response answers " + item + ", which " + code + " v" + version + " does not have");
            }
            values[index] = value;
        });
        return new Answers(this, values, new String[document.profile().size()]);
    }

    private Integer scaleValue(JsonNode answer, String field) {
        if (answer == null || answer.isNull() || answer.isTextual() && answer.asText().isBlank()) {
            return null;
        }
        Integer value = null;
        // range-checked before any narrowing: 4294967300 must not become 4
        if (answer.isIntegralNumber()) {
            value = answer.canConvertToInt() ? answer.intValue() : null;
        } else if (answer.isNumber() && answer.decimalValue().stripTrailingZeros().scale() <= 0) {
            BigDecimal number = answer.decimalValue().stripTrailingZeros();
            value = number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0 ? number.intValueExact() : null;
        } else if (answer.isTextual()) {
            String text = answer.asText().strip();
            value = INTEGER.matcher(text).matches() ? Integer.valueOf(text) : valueOfLabel.get(SearchName.fold(text));
        }
        if (value == null || java.util.Arrays.binarySearch(scaleValues, value) < 0) {
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
