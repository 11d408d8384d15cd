package vn.parindex.ranking.par;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.ranking.table.LeagueTable;
import vn.parindex.ranking.table.TableSource;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;
import vn.parindex.ranking.table.TieRule;
import vn.parindex.ranking.unit.UnitReplica;

/**
 * PAR Index tables from the replicated results, one per assessment period: official (published results only, and only
 * once the whole publication has arrived) or provisional (every unit's latest result).
 */
@ApplicationScoped
public class ParSource implements TableSource {

    @Override
    public List<Index> indices() {
        return List.of(Index.PAR);
    }

    @Override
    public String stamp() {
        return TableSource.stamp(AssessmentResult.getEntityManager(), "assessment_result", "replicated_at");
    }

    @Override
    public Optional<Entries> entries(Index index, String period, Visibility visibility) {
        List<AssessmentResult> results = AssessmentResult.<AssessmentResult>list("periodCode", period).stream()
                .filter(r -> visibility == Visibility.PROVISIONAL || r.isPublished()).toList();
        if (results.isEmpty() || visibility == Visibility.OFFICIAL && !whole(results)) {
            return Optional.empty();
        }
        AssessmentResult first = results.get(0);
        UnitReplica unit = UnitReplica.findById(first.unitKey);
        Edition edition = new Edition(Index.PAR, period, first.periodName, first.year, family(first.methodologyCode),
                unit == null ? null : unit.level, first.parentKey, first.methodologyCode, first.methodologyVersion,
                TieRule.valueOf(first.tieRule));
        return Optional.of(new Entries(edition, results.stream().map(ParSource::entry).toList()));
    }

    /**
     * Whether every result of the period's publication has arrived: a period is published in one transaction, and each
     * of its events says how many results are official; until this replica holds that many, the official table is not
     * shown or published, so it appears whole, never unit by unit.
     */
    static boolean whole(List<AssessmentResult> published) {
        long expected = published.stream().mapToLong(r -> r.periodPublishedUnits).max().orElse(0);
        return published.size() >= expected;
    }

    @Override
    public List<Edition> officialEditions() {
        List<Edition> editions = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AssessmentResult.getEntityManager().createQuery("""
                select distinct r.periodCode, r.periodName, r.year, r.parentKey, u.level, r.methodologyCode, r.methodologyVersion,
                r.tieRule from AssessmentResult r left join UnitReplica u on u.key = r.unitKey where r.status = 'PUBLISHED'
                order by r.periodCode""").getResultList();
        for (Object[] row : rows) {
            if (seen.putIfAbsent((String) row[0], true) == null) {
                editions.add(new Edition(Index.PAR, (String) row[0], (String) row[1], (Integer) row[2], family((String) row[5]),
                        (String) row[4], (String) row[3], (String) row[5], (Integer) row[6], TieRule.valueOf((String) row[7])));
            }
        }
        return editions;
    }

    /** PAR-PROVINCE-2020 and PAR-PROVINCE-2017 are one family: PAR-PROVINCE. */
    static String family(String methodologyCode) {
        return methodologyCode.replaceFirst("-\\d{4}$", "");
    }

    private static LeagueTable.Entry entry(AssessmentResult r) {
        List<LeagueTable.AreaScore> areas = r.areas.stream()
                .map(a -> new LeagueTable.AreaScore(a.code(), a.name(), a.points(), a.applicableMax(), a.percent(), null, a.isNotApplicable()))
                .toList();
        return new LeagueTable.Entry(r.unitKey, r.unitCode, r.unitName, r.total, r.maxPoints, r.indexPercent, r.band, r.bandName,
                null, null, areas);
    }
}
