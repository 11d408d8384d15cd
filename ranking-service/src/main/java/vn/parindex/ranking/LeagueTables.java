package vn.parindex.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.parindex.ranking.LeagueTableView.Visibility;
import vn.parindex.ranking.table.LeagueTable;
import vn.parindex.ranking.table.TieRule;

/** Builds a period's league table from the replicated results: official (published only) or provisional (all). */
@ApplicationScoped
public class LeagueTables {

    /** The table, or empty when the period has no results of that visibility; an unknown area is invalid. */
    public Optional<LeagueTableView> build(String period, Visibility visibility, String area) {
        List<AssessmentResult> results = AssessmentResult.<AssessmentResult>list("periodCode", period).stream()
                .filter(r -> visibility == Visibility.PROVISIONAL || r.isPublished()).toList();
        if (results.isEmpty()) {
            return Optional.empty();
        }
        AssessmentResult first = results.get(0);
        List<LeagueTable.Entry> entries = results.stream().map(r -> entry(r, area)).filter(e -> e != null).toList();
        if (entries.isEmpty()) {
            throw ApiProblem.invalid("area", "period " + period + " has no area " + area);
        }
        LeagueTable table = LeagueTable.of(entries, TieRule.valueOf(first.tieRule));
        List<LeagueTableView.Row> rows = table.rows().stream().map(row -> new LeagueTableView.Row(row.rank(), row.fieldSize(),
                row.entry().unitKey(), row.entry().unitCode(), row.entry().unitName(), row.entry().points(), row.entry().maxPoints(),
                row.entry().percent(), row.entry().band(), row.entry().bandName(), row.areaRanks())).toList();
        return Optional.of(new LeagueTableView(period, first.periodName, first.year, first.methodologyCode, first.methodologyVersion,
                table.tieRule(), visibility, area, table.fieldSize(), rows));
    }

    private static LeagueTable.Entry entry(AssessmentResult r, String area) {
        List<LeagueTable.AreaScore> areas = r.areas.stream()
                .map(a -> new LeagueTable.AreaScore(a.code(), a.name(), a.points(), a.maxPoints(), a.percent())).toList();
        if (area == null) {
            return new LeagueTable.Entry(r.unitKey, r.unitCode, r.unitName, r.total, r.maxPoints, r.indexPercent, r.band,
                    r.bandName, areas);
        }
        return areas.stream().filter(a -> a.code().equals(area)).findFirst()
                .map(a -> new LeagueTable.Entry(r.unitKey, r.unitCode, r.unitName, a.points(), a.maxPoints(), a.percent(), null,
                        null, List.of()))
                .orElse(null);
    }
}
