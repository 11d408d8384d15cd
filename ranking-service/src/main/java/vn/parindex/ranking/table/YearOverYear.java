package vn.parindex.ranking.table;

import vn.parindex.ranking.LineageKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A row's change against the previous year's table, through unit lineage (domain §5). The same unit, or a unit only
 * renamed, compares directly: ranks (each with its own field size) and points. A unit formed by a merger or a split
 * has no previous rank of its own: its predecessors' ranks and points are shown instead of an invented number, and,
 * only when asked, a derived back-series labelled as such (the mean of the predecessors' points and percentages).
 */
public final class YearOverYear {

    public enum Basis {
        /** The same unit was ranked the year before. */
        SAME_UNIT,
        /** The unit was renamed since; its former self was ranked. */
        RENAMED,
        /** Formed by merging units that were ranked separately. */
        MERGED,
        /** Split off a unit that was ranked as a whole. */
        SPLIT,
        /** Neither the unit nor a predecessor was in the previous table. */
        NEW
    }

    /** A unit's line in the previous year's table. */
    public record Previous(String unitKey, String unitName, int rank, int fieldSize, BigDecimal points, BigDecimal percent) {
    }

    /** A lineage edge into this unit: the predecessor and the kind of change (MERGE, SPLIT, RENAME). */
    public record Lineage(String predecessorKey, LineageKind kind) {
    }

    public record Predecessor(String unitKey, LineageKind kind, Previous previous) {
    }

    public record Derived(String label, BigDecimal points, BigDecimal percent) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(Basis basis, Integer previousRank, Integer previousFieldSize, BigDecimal previousPoints, Integer rankChange,
            BigDecimal pointsChange, List<Predecessor> predecessors, Derived derived) {
    }

    private YearOverYear() {
    }

    /** The change for one unit; {@code rankChange} is positive when the unit moved up. */
    public static Change of(String unitKey, int rank, BigDecimal points, Map<String, Previous> previousTable, List<Lineage> lineage,
            boolean derive) {
        Previous same = previousTable.get(unitKey);
        if (same != null) {
            return direct(Basis.SAME_UNIT, same, rank, points);
        }
        if (lineage.size() == 1 && lineage.get(0).kind() == LineageKind.RENAME && previousTable.containsKey(lineage.get(0).predecessorKey())) {
            return direct(Basis.RENAMED, previousTable.get(lineage.get(0).predecessorKey()), rank, points);
        }
        List<Predecessor> predecessors = new ArrayList<>();
        for (Lineage edge : lineage) {
            predecessors.add(new Predecessor(edge.predecessorKey(), edge.kind(), previousTable.get(edge.predecessorKey())));
        }
        if (predecessors.stream().noneMatch(p -> p.previous() != null)) {
            return new Change(Basis.NEW, null, null, null, null, null, predecessors.isEmpty() ? null : predecessors, null);
        }
        Basis basis = lineage.stream().anyMatch(edge -> edge.kind() == LineageKind.SPLIT) ? Basis.SPLIT : Basis.MERGED;
        Derived derived = derive ? derived(predecessors) : null;
        return new Change(basis, null, null, null, null, null, predecessors, derived);
    }

    private static Change direct(Basis basis, Previous previous, int rank, BigDecimal points) {
        return new Change(basis, previous.rank(), previous.fieldSize(), previous.points(), previous.rank() - rank,
                points.subtract(previous.points()), null, null);
    }

    private static Derived derived(List<Predecessor> predecessors) {
        List<Previous> ranked = predecessors.stream().map(Predecessor::previous).filter(p -> p != null).toList();
        BigDecimal count = BigDecimal.valueOf(ranked.size());
        BigDecimal points = ranked.stream().map(Previous::points).reduce(BigDecimal.ZERO, BigDecimal::add).divide(count, MathContext.DECIMAL64);
        BigDecimal percent = ranked.stream().map(Previous::percent).reduce(BigDecimal.ZERO, BigDecimal::add).divide(count, MathContext.DECIMAL64);
        return new Derived("DERIVED: mean of " + ranked.size() + " predecessors' previous results, not an official figure", points, percent);
    }
}
