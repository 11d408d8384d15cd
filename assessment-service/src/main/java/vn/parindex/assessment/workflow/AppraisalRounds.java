package vn.parindex.assessment.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The appraisal rounds of an assessment, side by side, read from its audit trail: round 1 is the appraisal of the
 * submitted self-assessment; each explanation (status EXPLAINED) opens the next round. Per round and criterion: the
 * appraiser's points and note as they stood when the round ended, and the unit's explanation that answered it.
 */
public final class AppraisalRounds {

    /** One audited change, in the order it happened. */
    public record Change(Instant at, String actor, String field, String newValue) {
    }

    @Schema(name = "CriterionRound", description = "One criterion in one appraisal round: the appraiser's points and "
            + "note as the round left them, and the unit's explanation (giải trình) that answered it.")
    public record CriterionRound(
            @Schema(description = "The appraised points as the round left them, as written (text); null when the round did "
                    + "not change them.", example = "7.5") String points,
            @Schema(description = "The appraiser's note as the round left it.", example = "Thiếu tài liệu kiểm chứng") String note,
            @Schema(description = "The unit's explanation that answered the round.") String explanation,
            @Schema(description = "Who appraised (the token's name).", example = "local-appraiser") String appraiser,
            @Schema(description = "When the appraiser last changed the criterion in this round.") Instant at) {
    }

    @Schema(name = "AppraisalRound", description = "One appraisal round (vòng thẩm định): round 1 appraises the submitted "
            + "self-assessment; each explanation opens the next.")
    public record Round(@Schema(description = "The round's number, from 1.", example = "1") int round,
            @Schema(description = "The criteria the round touched, keyed by criterion code.") Map<String, CriterionRound> criteria) {
    }

    private AppraisalRounds() {
    }

    public static List<Round> of(List<Change> trail) {
        Map<Integer, Map<String, CriterionRound>> rounds = new TreeMap<>();
        int round = 1;
        for (Change change : trail) {
            if (change.field().equals("status") && AssessmentStatus.EXPLAINED.name().equals(change.newValue())) {
                round++;
                continue;
            }
            // criteria.<code>.<STAGE>.<what>; criterion codes contain dots themselves ("1.1")
            int whatDot = change.field().lastIndexOf('.');
            int stageDot = whatDot < 0 ? -1 : change.field().lastIndexOf('.', whatDot - 1);
            if (!change.field().startsWith("criteria.") || stageDot <= "criteria".length()) {
                continue;
            }
            String criterion = change.field().substring("criteria.".length(), stageDot);
            String stage = change.field().substring(stageDot + 1, whatDot);
            String what = change.field().substring(whatDot + 1);
            if (stage.equals(Stage.APPRAISED.name()) && (what.equals("points") || what.equals("note"))) {
                CriterionRound current = rounds.computeIfAbsent(round, r -> new TreeMap<>()).get(criterion);
                CriterionRound base = current == null ? new CriterionRound(null, null, null, null, null) : current;
                rounds.get(round).put(criterion, new CriterionRound(what.equals("points") ? change.newValue() : base.points(),
                        what.equals("note") ? change.newValue() : base.note(), base.explanation(), change.actor(), change.at()));
            } else if (stage.equals(Stage.SELF.name()) && what.equals("explanation")) {
                // an explanation answers the round that asked for it: the current one
                CriterionRound current = rounds.computeIfAbsent(round, r -> new TreeMap<>()).get(criterion);
                CriterionRound base = current == null ? new CriterionRound(null, null, null, null, null) : current;
                rounds.get(round).put(criterion, new CriterionRound(base.points(), base.note(), change.newValue(), base.appraiser(), base.at()));
            }
        }
        List<Round> result = new ArrayList<>();
        rounds.forEach((number, criteria) -> result.add(new Round(number, criteria)));
        return result;
    }
}
