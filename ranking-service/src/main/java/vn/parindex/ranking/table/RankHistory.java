package vn.parindex.ranking.table;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @Schema(name = "RankHistoryYear", description = "One row of the rank history: the unit's, or a predecessor's, row in "
            + "one official table of the family.")
    public record Entry(
            @Schema(description = "The year of the table.", examples = "2020") int year,
            @Schema(description = "The edition the row is from (PAR period, SIPAS wave, PAPI-2021).",
                    examples = "PAR-2020-PROVINCE") String code,
            @Schema(description = "The unit key of the row's unit (or its code, for an index that names units by code only "
                    + "and no replicated unit held it).", examples = "24@2008-08-01") String unitKey,
            @Schema(description = "The unit's name in that table.", examples = "Tỉnh Bắc Giang") String unitName,
            @Schema(description = "How the row's unit relates to the unit asked about: SELF, or <kind>_PREDECESSOR for a "
                    + "predecessor at any depth of its lineage (MERGE_PREDECESSOR, SPLIT_PREDECESSOR, RENAME_PREDECESSOR, "
                    + "ABOLISH_PREDECESSOR).", enumeration = { "SELF", "MERGE_PREDECESSOR", "SPLIT_PREDECESSOR",
                            "RENAME_PREDECESSOR", "ABOLISH_PREDECESSOR" }, examples = "SELF") String relation,
            @Schema(description = "The row's rank.", examples = "13") int rank,
            @Schema(description = "The number of units ranked in that table: every rank keeps its own field size.",
                    examples = "63") int fieldSize,
            @Schema(description = "The points; null for SIPAS, which is a percentage only.", examples = "85.59")
            BigDecimal points,
            @Schema(description = "The percentage.", examples = "85.59") BigDecimal percent,
            @Schema(description = "The group code, when the table has groups.", examples = "B") String band) {
    }

    /** A change in the unit's lineage (a merger, a split, a rename) and the day it took effect. */
    @Schema(name = "LineageBreak", description = "A change in the unit's lineage (sáp nhập, chia tách, đổi tên) and the day "
            + "it took effect: where the unit's own years and its predecessors' meet.")
    public record Break(
            @Schema(description = "The kind of change.") LineageKind kind,
            @Schema(description = "The day it took effect.", examples = "2025-07-01") java.time.LocalDate effectiveDate) {
    }

    /** {@code breaks}: the changes that separate the unit's own years from its predecessors', oldest first. */
    @Schema(name = "RankHistory", description = "A unit's rank, points and group over the years in the official tables of one "
            + "family, across lineage: the years before a rename, merger or split show the predecessors' rows.")
    public record View(
            @Schema(description = "The unit key of the unit asked about.", examples = "24@2008-08-01") String unitKey,
            @Schema(description = "The family of tables followed.", examples = "PAR-PROVINCE") String family,
            @Schema(description = "The rows, by year (then edition code); a year may hold several rows when the unit was "
                    + "formed from several predecessors.") List<Entry> years,
            @Schema(description = "The changes that separate the unit's own years from its predecessors', oldest first.")
            List<Break> breaks) {
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
            tables.forReaders(edition.index(), edition.code(), Visibility.OFFICIAL, null, false).map(LeagueTables.Snapshot::view).ifPresent(table -> table.rows().stream()
                    .filter(row -> relations.containsKey(row.key()))
                    .forEach(row -> years.add(new Entry(table.year(), table.code(), row.key(), row.unitName(), relations.get(row.key()),
                            row.rank(), row.fieldSize(), row.points(), row.percent(), row.band()))));
        }
        return new View(unitKey, family, years, breaks);
    }
}
