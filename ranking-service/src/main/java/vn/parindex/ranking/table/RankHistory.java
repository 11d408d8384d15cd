package vn.parindex.ranking.table;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.ranking.LineageKind;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.table.TableView.Visibility;
import vn.parindex.ranking.unit.Lineage;
import vn.parindex.ranking.unit.UnitReplica;

/**
 * A unit's rank, points and group over the years in the official tables of a family (PAR-PROVINCE, SIPAS-PROVINCE,
 * PAPI, …), across lineage: the years before a rename, merger or split show the predecessors' rows, each saying how it
 * relates to the unit, and every rank keeps its own field size.
 */
@ApplicationScoped
public class RankHistory {

    /** {@code code}: the edition (period, wave, PAPI-2021) the row is from. */
    public record Entry(int year, String code, String unitKey, String unitName, String relation, int rank, int fieldSize,
            BigDecimal points, BigDecimal percent, String band) {
    }

    /** A change in the unit's lineage (a merger, a split, a rename) and the day it took effect. */
    public record Break(LineageKind kind, java.time.LocalDate effectiveDate) {
    }

    /** {@code breaks}: the changes that separate the unit's own years from its predecessors', oldest first. */
    public record View(String unitKey, String family, List<Entry> years, List<Break> breaks) {
    }

    private final LeagueTables tables;
    private final jakarta.enterprise.inject.Instance<TableSource> sources;

    RankHistory(LeagueTables tables, jakarta.enterprise.inject.Instance<TableSource> sources) {
        this.tables = tables;
        this.sources = sources;
    }

    public View of(String unitKey, String family) {
        if (UnitReplica.findById(unitKey) == null) {
            throw Refusal.notFound("no unit " + unitKey);
        }
        List<Lineage.Ancestor> lineage = Lineage.ancestors(UnitReplica.getEntityManager(), List.of(unitKey))
                .getOrDefault(unitKey, List.of());
        Map<String, String> relations = new LinkedHashMap<>();
        relations.put(unitKey, "SELF");
        lineage.forEach(ancestor -> relations.putIfAbsent(ancestor.ancestorKey(), ancestor.kind() + "_PREDECESSOR"));
        List<Break> breaks = lineage.stream().map(ancestor -> new Break(ancestor.kind(), ancestor.effectiveDate())).distinct()
                .sorted(Comparator.comparing(Break::effectiveDate, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        List<TableSource.Edition> editions = sources.stream().flatMap(source -> source.officialEditions().stream())
                .filter(edition -> edition.family().equals(family))
                .sorted(Comparator.comparingInt(TableSource.Edition::year).thenComparing(TableSource.Edition::code)).toList();
        List<Entry> years = new ArrayList<>();
        for (TableSource.Edition edition : editions) {
            tables.cached(edition.index(), edition.code(), Visibility.OFFICIAL, null, false).ifPresent(table -> table.rows().stream()
                    .filter(row -> relations.containsKey(row.key()))
                    .forEach(row -> years.add(new Entry(table.year(), table.code(), row.key(), row.unitName(), relations.get(row.key()),
                            row.rank(), row.fieldSize(), row.points(), row.percent(), row.band()))));
        }
        return new View(unitKey, family, years, breaks);
    }
}
