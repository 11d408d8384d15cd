package vn.parindex.ranking.par;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.ranking.par.LeagueTableView.Visibility;
import vn.parindex.ranking.table.LeagueTable;
import vn.parindex.ranking.table.TieRule;
import vn.parindex.ranking.table.YearOverYear;

import vn.parindex.ranking.unit.Lineage;
import vn.parindex.ranking.unit.UnitReplica;
import vn.parindex.ranking.Refusal;
/** Builds a period's league table from the replicated results: official (published only) or provisional (all). */
@ApplicationScoped
public class LeagueTables {

    /** A built table and the state of the replicas it was built from. */
    private record Cached(String stamp, Optional<LeagueTableView> table) {
    }

    private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final jakarta.persistence.EntityManager entityManager;

    LeagueTables(jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The table as {@link #build(String, Visibility, String, boolean)} gives it, rebuilt only when a replicated result
     * or unit changed since (one aggregate query decides). Right on every replica: the stamp is read from the database,
     * not from the events this replica happened to consume.
     */
    public Optional<LeagueTableView> cached(String period, Visibility visibility, String area, boolean derived) {
        Object[] state = (Object[]) entityManager.createNativeQuery("""
                SELECT (SELECT count(*) || '/' || coalesce(max(replicated_at)::text, '') FROM assessment_result),
                       (SELECT count(*) || '/' || coalesce(max(replicated_at)::text, '') FROM unit_replica)""").getSingleResult();
        String stamp = state[0] + "|" + state[1];
        String key = period + "|" + visibility + "|" + area + "|" + derived;
        Cached cached = cache.get(key);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.table();
        }
        Optional<LeagueTableView> table = build(period, visibility, area, derived);
        if (cache.size() > 1000) {
            cache.clear();
        }
        cache.put(key, new Cached(stamp, table));
        return table;
    }

    /** The table, or empty when the period has no results of that visibility; an unknown area is invalid. */
    public Optional<LeagueTableView> build(String period, Visibility visibility, String area) {
        return build(period, visibility, area, false);
    }

    /** @param derived whether merged and split units get the labelled derived back-series of their predecessors */
    public Optional<LeagueTableView> build(String period, Visibility visibility, String area, boolean derived) {
        return build(period, visibility, area, derived, true);
    }

    /** @param compare whether rows compare with the previous year (not for the previous year's own table) */
    private Optional<LeagueTableView> build(String period, Visibility visibility, String area, boolean derived, boolean compare) {
        List<AssessmentResult> results = AssessmentResult.<AssessmentResult>list("periodCode", period).stream()
                .filter(r -> visibility == Visibility.PROVISIONAL || r.isPublished()).toList();
        if (results.isEmpty() || visibility == Visibility.OFFICIAL && !whole(results)) {
            return Optional.empty();
        }
        AssessmentResult first = results.get(0);
        if (area != null && results.stream().noneMatch(r -> r.areas.stream().anyMatch(a -> a.code().equals(area)))) {
            throw Refusal.invalid("area", "period " + period + " has no area " + area);
        }
        List<LeagueTable.Entry> entries = results.stream().map(r -> entry(r, area)).filter(e -> e != null).toList();
        LeagueTable table = LeagueTable.of(entries, TieRule.valueOf(first.tieRule));
        Map<String, YearOverYear.Previous> previous = area == null && compare ? previousTable(first) : Map.of();
        Map<String, List<YearOverYear.Lineage>> lineage = previous.isEmpty() ? Map.of()
                : lineage(entries.stream().map(LeagueTable.Entry::unitKey).toList());
        List<LeagueTableView.Row> rows = table.rows().stream().map(row -> new LeagueTableView.Row(row.rank(), row.fieldSize(),
                row.entry().unitKey(), row.entry().unitCode(), row.entry().unitName(), row.entry().points(), row.entry().maxPoints(),
                row.entry().percent(), row.entry().band(), row.entry().bandName(), row.areaRanks(),
                previous.isEmpty() ? null : YearOverYear.of(row.entry().unitKey(), row.rank(), row.entry().points(), previous,
                        lineage.getOrDefault(row.entry().unitKey(), List.of()), derived))).toList();
        return Optional.of(new LeagueTableView(period, first.periodName, first.year, first.methodologyCode, first.methodologyVersion,
                table.tieRule(), visibility, area, table.fieldSize(), rows));
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

    /**
     * The official table of the year before: a period of the same index family (methodology code without its year) and
     * the same parent unit, published; empty when there is none.
     */
    private Map<String, YearOverYear.Previous> previousTable(AssessmentResult current) {
        String family = family(current.methodologyCode);
        List<String> periods = periods(current.year - 1).stream()
                .filter(p -> family.equals(family(p.methodologyCode())) && java.util.Objects.equals(p.parentKey(), current.parentKey))
                .map(PeriodOf::periodCode).distinct().sorted().toList();
        if (periods.isEmpty()) {
            return Map.of();
        }
        Map<String, YearOverYear.Previous> previous = new HashMap<>();
        build(periods.get(0), Visibility.OFFICIAL, null, false, false).ifPresent(table -> table.rows().forEach(row -> previous.put(row.unitKey(),
                new YearOverYear.Previous(row.unitKey(), row.unitName(), row.rank(), row.fieldSize(), row.points(), row.percent()))));
        return previous;
    }

    /** A period of the replicated results, as the previous-year and history look-ups need it. */
    record PeriodOf(String periodCode, int year, String methodologyCode, String parentKey) {
    }

    /** The periods with published results, of one year or (null) of every year, oldest first; one query. */
    static List<PeriodOf> periods(Integer year) {
        return AssessmentResult.getEntityManager().createQuery("""
                select distinct new vn.parindex.ranking.par.LeagueTables$PeriodOf(r.periodCode, r.year, r.methodologyCode, r.parentKey)
                from AssessmentResult r where r.status = 'PUBLISHED' and (:year is null or r.year = :year)
                order by r.year, r.periodCode""", PeriodOf.class).setParameter("year", year).getResultList();
    }

    /** PAR-PROVINCE-2020 and PAR-PROVINCE-2017 are one family: PAR-PROVINCE. */
    static String family(String methodologyCode) {
        return methodologyCode.replaceFirst("-\\d{4}$", "");
    }

    /** Each unit's predecessors, read in one query. */
    private static Map<String, List<YearOverYear.Lineage>> lineage(List<String> unitKeys) {
        Map<String, List<YearOverYear.Lineage>> lineage = new HashMap<>();
        Lineage.ancestors(UnitReplica.getEntityManager(), unitKeys).forEach((unit, ancestors) -> lineage.put(unit, ancestors.stream()
                .filter(ancestor -> ancestor.depth() == 1).map(ancestor -> new YearOverYear.Lineage(ancestor.ancestorKey(), ancestor.kind()))
                .toList()));
        return lineage;
    }

    private static LeagueTable.Entry entry(AssessmentResult r, String area) {
        List<LeagueTable.AreaScore> areas = r.areas.stream()
                .map(a -> new LeagueTable.AreaScore(a.code(), a.name(), a.points(), a.applicableMax(), a.percent(), a.isNotApplicable()))
                .toList();
        if (area == null) {
            return new LeagueTable.Entry(r.unitKey, r.unitCode, r.unitName, r.total, r.maxPoints, r.indexPercent, r.band,
                    r.bandName, areas);
        }
        return areas.stream().filter(a -> a.code().equals(area) && !a.notApplicable()).findFirst()
                .map(a -> new LeagueTable.Entry(r.unitKey, r.unitCode, r.unitName, a.points(), a.maxPoints(), a.percent(), null,
                        null, List.of()))
                .orElse(null);
    }
}
