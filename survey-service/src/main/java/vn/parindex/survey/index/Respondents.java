package vn.parindex.survey.index;

import vn.parindex.survey.questionnaire.Questionnaire;

/**
 * A unit's respondents packed for resampling: per respondent, one bit per item for "answered validly" and one for
 * "satisfied". Kept in the order added; callers add in a stable order (by response id) so that a seeded bootstrap
 * gives the same numbers on every run.
 */
public final class Respondents {

    private final Questionnaire questionnaire;
    private final int words;
    private long[] valid;
    private long[] satisfied;
    private int size;

    public Respondents(Questionnaire questionnaire, int expected) {
        this.questionnaire = questionnaire;
        this.words = (questionnaire.itemCount() + 63) / 64;
        this.valid = new long[Math.max(1, expected) * words];
        this.satisfied = new long[Math.max(1, expected) * words];
    }

    public void add(Questionnaire.Answers answers) {
        if ((size + 1) * words > valid.length) {
            valid = java.util.Arrays.copyOf(valid, valid.length * 2);
            satisfied = java.util.Arrays.copyOf(satisfied, satisfied.length * 2);
        }
        int base = size * words;
        for (int item = 0; item < questionnaire.itemCount(); item++) {
            if (answers.isAnswered(item)) {
                valid[base + item / 64] |= 1L << (item % 64);
                if (questionnaire.isSatisfied(answers.value(item))) {
                    satisfied[base + item / 64] |= 1L << (item % 64);
                }
            }
        }
        size++;
    }

    public int size() {
        return size;
    }

    int words() {
        return words;
    }

    long validBits(int respondent, int word) {
        return valid[respondent * words + word];
    }

    long satisfiedBits(int respondent, int word) {
        return satisfied[respondent * words + word];
    }

    Questionnaire questionnaire() {
        return questionnaire;
    }
}
