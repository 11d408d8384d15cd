package vn.parindex.assessment.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.workflow.AppraisalRounds.Change;

class AppraisalRoundsTest {

    private static Change change(int minute, String actor, String field, String value) {
        return new Change(Instant.parse("2026-03-01T08:00:00Z").plusSeconds(60L * minute), actor, field, value);
    }

    /**
     * The appraiser gives 1.1 points 6.5 out of 8, asks for an explanation; the unit explains; the appraiser raises it
     * to 7.5 in round 2. Both rounds stay visible side by side.
     */
    @Test
    void eachExplanationOpensTheNextRound() {
        List<AppraisalRounds.Round> rounds = AppraisalRounds.of(List.of(
                change(0, "unit", "criteria.1.1.SELF.points", "8"),
                change(1, "unit", "status", "SUBMITTED"),
                change(2, "tham-dinh", "criteria.1.1.APPRAISED.points", "6.5"),
                change(3, "tham-dinh", "criteria.1.1.APPRAISED.note", "thiếu minh chứng kế hoạch"),
                change(4, "tham-dinh", "criteria.1.2.APPRAISED.points", "3"),
                change(5, "tham-dinh", "status", "EXPLANATION_REQUESTED"),
                change(6, "unit", "criteria.1.1.SELF.explanation", "Đã bổ sung Kế hoạch số 12/KH-UBND"),
                change(7, "unit", "status", "EXPLAINED"),
                change(8, "tham-dinh", "criteria.1.1.APPRAISED.points", "7.5"),
                change(9, "tham-dinh", "criteria.1.1.APPRAISED.note", "chấp nhận giải trình")));
        assertEquals(2, rounds.size());
        AppraisalRounds.CriterionRound first = rounds.get(0).criteria().get("1.1");
        assertEquals("6.5", first.points());
        assertEquals("thiếu minh chứng kế hoạch", first.note());
        assertEquals("Đã bổ sung Kế hoạch số 12/KH-UBND", first.explanation());
        assertEquals("3", rounds.get(0).criteria().get("1.2").points());
        AppraisalRounds.CriterionRound second = rounds.get(1).criteria().get("1.1");
        assertEquals("7.5", second.points());
        assertEquals("chấp nhận giải trình", second.note());
        assertEquals(null, rounds.get(1).criteria().get("1.2"), "1.2 was not touched again in round 2");
    }

    @Test
    void noAppraisalYetMeansNoRounds() {
        assertEquals(List.of(), AppraisalRounds.of(List.of(change(0, "unit", "criteria.1.1.SELF.points", "8"))));
    }
}
