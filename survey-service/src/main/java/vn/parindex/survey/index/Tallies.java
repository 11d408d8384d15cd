package vn.parindex.survey.index;

import java.util.Arrays;
import vn.parindex.survey.questionnaire.Questionnaire;

/**
 * Per item of a questionnaire, how many respondents answered it validly and how many of them were satisfied; the
 * running state from which a unit's index is computed without reading its responses again.
 */
public final class Tallies {

    private final long[] satisfied;
    private final long[] valid;
    private long respondents;

    public Tallies(int items) {
        satisfied = new long[items];
        valid = new long[items];
    }

    public void add(Questionnaire questionnaire, Questionnaire.Answers answers) {
        respondents++;
        for (int item = 0; item < valid.length; item++) {
            if (answers.isAnswered(item)) {
                valid[item]++;
                if (questionnaire.isSatisfied(answers.value(item))) {
                    satisfied[item]++;
                }
            }
        }
    }

    public void set(int item, long satisfiedCount, long validCount) {
        satisfied[item] = satisfiedCount;
        valid[item] = validCount;
    }

    public void setRespondents(long count) {
        respondents = count;
    }

    public long respondents() {
        return respondents;
    }

    public long satisfied(int item) {
        return satisfied[item];
    }

    public long valid(int item) {
        return valid[item];
    }

    public int items() {
        return valid.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tallies that && respondents == that.respondents && Arrays.equals(satisfied, that.satisfied)
                && Arrays.equals(valid, that.valid);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(respondents) * 31 + Arrays.hashCode(valid);
    }
}
