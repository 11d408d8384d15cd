package vn.parindex.ranking.par;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Schema(name = "GapAnalysis", description = "Where a unit lost points in a period's PAR Index table and what it takes "
            + "to move up: points below the applicable maximum per area (lĩnh vực) and per criterion (tiêu chí), largest "
            + "first, and the points needed to reach the next rank, a chosen rank and the next group.")
    public record View(
            @Schema(description = "The assessment period (kỳ đánh giá).", examples = "PAR-2020-PROVINCE") String periodCode,
            @Schema(description = "The unit's code.", examples = "06") String unitCode,
            @Schema(description = "The unit's name.", examples = "Tỉnh Bắc Kạn") String unitName,
            @Schema(description = "The unit's rank in the overall table.", examples = "59") int rank,
            @Schema(description = "The number of units ranked in the table.", examples = "63") int fieldSize,
            @Schema(description = "The unit's total points.", examples = "78.5668") BigDecimal total,
            @Schema(description = "The maximum points that apply to the unit.", examples = "100") BigDecimal maxPoints,
            @Schema(description = "The unit's index percentage, unrounded.", examples = "78.5668") BigDecimal percent,
            @Schema(description = "The unit's group code (nhóm).", examples = "C") String group,
            @Schema(description = "The areas that apply to the unit, by points lost, largest first (ties by code).")
            List<Gap.Lost> areas,
            @Schema(description = "The leaf criteria (an area without criteria counts as one) that apply to the unit, by "
                    + "points lost, largest first (ties by code).") List<Gap.Lost> criteria,
            @Schema(description = "The next rank up (absent at rank 1), then the targetRank asked for when it is above the "
                    + "unit and not the next rank.") List<Gap.Target> targets,
            @Schema(description = "The points to the next group up; null when the methodology's groups are not known or the "
                    + "unit is in the top group.") Gap.Target nextGroup) {
    }

    private final LeagueTables tables;

    GapAnalysis(LeagueTables tables) {
        this.tables = tables;
    }

    /** Targets: the next rank up, and the chosen rank when given. */
    public View analyse(String period, Visibility visibility, String unit, Integer targetRank) {
        TableView table = tables.forReaders(Index.PAR, period, visibility, null, false).map(LeagueTables.Snapshot::view)
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
