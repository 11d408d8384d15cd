package vn.parindex.ranking.table;

import vn.parindex.ranking.LineageKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A row's change against the previous year's table, through unit lineage (domain §5). The same unit, or a unit only
 * renamed, compares directly: ranks (each with its own field size) and points. A unit formed by a merger or a split
 * has no previous rank of its own: its predecessors' ranks and points are shown instead of an invented number, and,
 * only when asked, a derived back-series labelled as such (the mean of the predecessors' points and percentages).
 */
public final class YearOverYear {

    @Schema(name = "ChangeBasis", description = "What a row's change against the year before rests on, through unit lineage: "
            + "SAME_UNIT = the same unit was ranked the year before (previousRank, rankChange, pointsChange given); RENAMED = "
            + "the unit was renamed since and its former self was ranked (compared directly, as SAME_UNIT); MERGED = formed "
            + "by merging units ranked separately (sáp nhập): no previous rank of its own, its predecessors' rows instead; "
            + "SPLIT = split off a unit ranked as a whole (chia tách): likewise; NEW = neither the unit nor a predecessor was "
            + "in the previous table.")
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
    @Schema(name = "PreviousYearRow", description = "A unit's row in the family's official table of the year before.")
    public record Previous(
            @Schema(description = "The unit key of that row (or the unit code, for an index that names units by code "
                    + "only).", examples = "24@2008-08-01") String unitKey,
            @Schema(description = "The unit's name in that table.", examples = "Tỉnh Bắc Giang") String unitName,
            @Schema(description = "Its rank in that table.", examples = "25") int rank,
            @Schema(description = "The number of units ranked in that table.", examples = "63") int fieldSize,
            @Schema(description = "Its points in that table, or its percentage for an index without points (SIPAS).",
                    examples = "83.58") BigDecimal points,
            @Schema(description = "Its percentage in that table.", examples = "83.58") BigDecimal percent) {
    }

    /** A lineage edge into this unit: the predecessor and the kind of change (MERGE, SPLIT, RENAME). */
    public record Lineage(String predecessorKey, LineageKind kind) {
    }

    @Schema(name = "Predecessor", description = "A unit this one was formed from (đơn vị tiền thân), and its row in the "
            + "previous year's table.")
    public record Predecessor(
            @Schema(description = "The predecessor's unit key.", examples = "24@2008-08-01") String unitKey,
            @Schema(description = "How the predecessor became (part of) this unit.") LineageKind kind,
            @Schema(description = "The predecessor's row in the previous year's table; null when it was not ranked there.")
            Previous previous) {
    }

    @Schema(name = "DerivedBackSeries", description = "Only with derived=true, for a MERGED or SPLIT unit: a derived "
            + "back-series, the plain mean of the ranked predecessors' previous points and percentages. Not an official "
            + "figure, and labelled so.")
    public record Derived(
            @Schema(description = "The label to show with the figures.",
                    examples = "DERIVED: mean of 2 predecessors' previous results, not an official figure") String label,
            @Schema(description = "The mean of the predecessors' previous points (percentages for SIPAS).",
                    examples = "81.2") BigDecimal points,
            @Schema(description = "The mean of the predecessors' previous percentages.", examples = "81.2")
            BigDecimal percent) {
    }

    @Schema(name = "RankChange", description = "A row's change against the family's official table of the year before "
            + "(in the same area, for an area table), through unit lineage. SAME_UNIT and RENAMED compare directly: the "
            + "previous rank with its own field size, the rank change and the points change. MERGED and SPLIT have no "
            + "previous rank of their own: the predecessors' ranks and points instead, and with derived=true a labelled "
            + "derived back-series. Fields without a value are left out.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            @Schema(description = "What the comparison rests on.") Basis basis,
            @Schema(description = "SAME_UNIT and RENAMED: the unit's rank the year before.", examples = "25")
            Integer previousRank,
            @Schema(description = "SAME_UNIT and RENAMED: the number of units ranked the year before (the previous rank "
                    + "reads as previousRank/previousFieldSize).", examples = "63") Integer previousFieldSize,
            @Schema(description = "SAME_UNIT and RENAMED: the unit's points the year before (its percentage for SIPAS).",
                    examples = "83.58") BigDecimal previousPoints,
            @Schema(description = "SAME_UNIT and RENAMED: previousRank − rank; positive when the unit moved up.",
                    examples = "12") Integer rankChange,
            @Schema(description = "SAME_UNIT and RENAMED: points − previousPoints (percentage points for SIPAS).",
                    examples = "2.01") BigDecimal pointsChange,
            @Schema(description = "RENAMED only: the unit's name the year before (tên cũ).", examples = "Tỉnh Thừa Thiên Huế")
            String previousName,
            @Schema(description = "MERGED and SPLIT (and NEW when the unit has predecessors none of which was ranked): the "
                    + "unit's direct predecessors with their rows in the previous year's table.") List<Predecessor> predecessors,
            @Schema(description = "MERGED and SPLIT with derived=true: the labelled derived back-series.") Derived derived) {
    }

    private YearOverYear() {
    }

    /** The change for one unit; {@code rankChange} is positive when the unit moved up. */
    public static Change of(String unitKey, int rank, BigDecimal points, Map<String, Previous> previousTable, List<Lineage> lineage,
            boolean derive) {
        Previous same = previousTable.get(unitKey);
        if (same != null) {
            return direct(Basis.SAME_UNIT, same, null, rank, points);
        }
        if (lineage.size() == 1 && lineage.get(0).kind() == LineageKind.RENAME && previousTable.containsKey(lineage.get(0).predecessorKey())) {
            Previous renamed = previousTable.get(lineage.get(0).predecessorKey());
            return direct(Basis.RENAMED, renamed, renamed.unitName(), rank, points);
        }
        List<Predecessor> predecessors = new ArrayList<>();
        for (Lineage edge : lineage) {
            predecessors.add(new Predecessor(edge.predecessorKey(), edge.kind(), previousTable.get(edge.predecessorKey())));
        }
        if (predecessors.stream().noneMatch(p -> p.previous() != null)) {
            return new Change(Basis.NEW, null, null, null, null, null, null, predecessors.isEmpty() ? null : predecessors, null);
        }
        Basis basis = lineage.stream().anyMatch(edge -> edge.kind() == LineageKind.SPLIT) ? Basis.SPLIT : Basis.MERGED;
        Derived derived = derive ? derived(predecessors) : null;
        return new Change(basis, null, null, null, null, null, null, predecessors, derived);
    }

    private static Change direct(Basis basis, Previous previous, String previousName, int rank, BigDecimal points) {
        return new Change(basis, previous.rank(), previous.fieldSize(), previous.points(), previous.rank() - rank,
                points.subtract(previous.points()), previousName, null, null);
    }

    private static Derived derived(List<Predecessor> predecessors) {
        List<Previous> ranked = predecessors.stream().map(Predecessor::previous).filter(p -> p != null).toList();
        BigDecimal count = BigDecimal.valueOf(ranked.size());
        BigDecimal points = ranked.stream().map(Previous::points).reduce(BigDecimal.ZERO, BigDecimal::add).divide(count, MathContext.DECIMAL64);
        BigDecimal percent = ranked.stream().map(Previous::percent).reduce(BigDecimal.ZERO, BigDecimal::add).divide(count, MathContext.DECIMAL64);
        return new Derived("DERIVED: mean of " + ranked.size() + " predecessors' previous results, not an official figure", points, percent);
    }
}
