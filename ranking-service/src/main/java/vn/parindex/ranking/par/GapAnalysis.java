package vn.parindex.ranking.par;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.ranking.table.LeagueTables;
import vn.parindex.ranking.table.TableView;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;
import vn.parindex.ranking.table.Gap;

import vn.parindex.ranking.Refusal;
/** "Where did we lose points, and what does it take to move up": a unit's gap analysis in a period's table. */
@ApplicationScoped
public class GapAnalysis {

    /** {@code nextGroup}: the points to the next group up, when the methodology's groups are known and there is one. */
    public record View(String periodCode, String unitCode, String unitName, int rank, int fieldSize, BigDecimal total,
            BigDecimal maxPoints, BigDecimal percent, String group, List<Gap.Lost> areas, List<Gap.Lost> criteria,
            List<Gap.Target> targets, Gap.Target nextGroup) {
    }

    private final LeagueTables tables;

    GapAnalysis(LeagueTables tables) {
        this.tables = tables;
    }

    /** Targets: the next rank up, and the chosen rank when given. */
    public View analyse(String period, Visibility visibility, String unit, Integer targetRank) {
        TableView table = tables.cached(Index.PAR, period, visibility, null, false)
                .orElseThrow(() -> Refusal.notFound("no " + (visibility == Visibility.OFFICIAL ? "published " : "") + "results for period " + period));
        TableView.Row row = table.rows().stream().filter(r -> r.unitCode().equals(unit) || r.unitKey().equals(unit)).findFirst()
                .orElseThrow(() -> Refusal.notFound("unit " + unit + " is not in the table of " + period));
        if (targetRank != null && (targetRank < 1 || targetRank > table.fieldSize())) {
            throw Refusal.invalid("targetRank", "a rank runs from 1 to " + table.fieldSize());
        }
        AssessmentResult result = AssessmentResult.findById(new AssessmentResult.Id(period, row.unitKey()));
        List<Gap.Node> areas = result.areas.stream().map(GapAnalysis::node).toList();
        List<Gap.Target> targets = new ArrayList<>();
        if (row.rank() > 1) {
            targets.add(target(table, row, row.rank() - 1, areas));
        }
        if (targetRank != null && targetRank < row.rank() && targetRank != row.rank() - 1) {
            targets.add(target(table, row, targetRank, areas));
        }
        Gap.Target nextGroup = result.bands == null ? null : result.bands.stream()
                .filter(band -> band.minPercent().compareTo(row.percent()) > 0)
                .min(java.util.Comparator.comparing(AssessmentResult.Band::minPercent))
                .map(band -> Gap.group(band.code(), band.minPercent(), row.points(), row.maxPoints(), areas)).orElse(null);
        return new View(period, row.unitCode(), row.unitName(), row.rank(), row.fieldSize(), row.points(), row.maxPoints(),
                row.percent(), row.band(), Gap.areas(areas), Gap.criteria(areas), targets, nextGroup);
    }

    /** The percentage of the best-placed unit at or below the target rank is the bar to reach. */
    private static Gap.Target target(TableView table, TableView.Row row, int rank, List<Gap.Node> areas) {
        BigDecimal bar = table.rows().stream().filter(r -> r.rank() >= rank).findFirst().orElseThrow().percent();
        return Gap.target(rank, bar, row.points(), row.maxPoints(), areas);
    }

    private static Gap.Node node(AssessmentResult.Area area) {
        return new Gap.Node(area.code(), area.name(), area.points(), area.applicableMax(), area.below(), area.isNotApplicable(),
                area.children() == null ? List.of() : area.children().stream().map(GapAnalysis::node).toList());
    }
}
