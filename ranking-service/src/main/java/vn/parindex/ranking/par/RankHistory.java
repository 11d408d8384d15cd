package vn.parindex.ranking.par;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.ranking.par.LeagueTableView.Visibility;

import vn.parindex.ranking.unit.Lineage;
import vn.parindex.ranking.unit.UnitReplica;
import vn.parindex.ranking.Refusal;
/**
 * A unit's rank, points and group over the years in the official tables of an index family (e.g. PAR-PROVINCE),
 * across lineage: the years before a rename, merger or split show the predecessors' rows, each saying how it relates
 * to the unit, and every rank keeps its own field size.
 */
@ApplicationScoped
public class RankHistory {

    public record Entry(int year, String periodCode, String unitKey, String unitName, String relation, int rank, int fieldSize,
            BigDecimal points, BigDecimal percent, String band) {
    }

    public record View(String unitKey, String family, List<Entry> years) {
    }

    private final LeagueTables tables;

    RankHistory(LeagueTables tables) {
        this.tables = tables;
    }

    public View of(String unitKey, String family) {
        if (UnitReplica.findById(unitKey) == null) {
            throw Refusal.notFound("no unit " + unitKey);
        }
        Map<String, String> relations = ancestors(unitKey);
        List<String> periods = LeagueTables.periods(null).stream()
                .filter(p -> family.equals(LeagueTables.family(p.methodologyCode())))
                .map(LeagueTables.PeriodOf::periodCode).distinct().toList();
        List<Entry> years = new ArrayList<>();
        for (String period : periods) {
            tables.cached(period, Visibility.OFFICIAL, null, false).ifPresent(table -> table.rows().stream()
                    .filter(row -> relations.containsKey(row.unitKey()))
                    .forEach(row -> years.add(new Entry(table.year(), period, row.unitKey(), row.unitName(),
                            relations.get(row.unitKey()), row.rank(), row.fieldSize(), row.points(), row.percent(), row.band()))));
        }
        return new View(unitKey, family, years);
    }

    /** The unit itself (SELF) and every unit it descends from, with the kind of change that links them. */
    private static Map<String, String> ancestors(String unitKey) {
        Map<String, String> relations = new LinkedHashMap<>();
        relations.put(unitKey, "SELF");
        Lineage.ancestors(UnitReplica.getEntityManager(), List.of(unitKey)).getOrDefault(unitKey, List.of())
                .forEach(ancestor -> relations.putIfAbsent(ancestor.ancestorKey(), ancestor.kind() + "_PREDECESSOR"));
        return relations;
    }
}
