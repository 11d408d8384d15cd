package vn.parindex.ranking.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.Seeds;
import vn.parindex.ranking.table.TableSource.Edition;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;
import vn.parindex.ranking.unit.Lineage;

/**
 * The one table pipeline: an index's source gives an edition's entries; this ranks them (overall or in one area), adds
 * rank intervals where the scores are estimates, and compares each row with the family's official table of the year
 * before through unit lineage. Tables are kept until their source's stamp changes.
 */
@ApplicationScoped
public class LeagueTables {

    /** Draws of the bootstrap behind a rank interval. */
    static final int RANK_REPLICATES = 2000;

    /**
     * A built table and the version a reader names it by (its ETag): it changes whenever the table's source does. The
     * JSON of the whole table is written once, on the first reader's request.
     */
    public static final class Snapshot {

        private final TableView view;
        private final String version;
        private volatile byte[] json;

        Snapshot(TableView view, String version) {
            this.view = view;
            this.version = version;
        }

        public TableView view() {
            return view;
        }

        public String version() {
            return version;
        }

        /** The whole table as JSON, written once. */
        public byte[] json(ObjectMapper mapper) {
            byte[] written = json;
            if (written == null) {
                try {
                    written = mapper.writeValueAsBytes(view);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("table " + view.code() + " cannot be written as JSON", e);
                }
                json = written;
            }
            return written;
        }
    }

    /** A built table and the state of the source it was built from. */
    private record Cached(String stamp, Optional<Snapshot> table) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Index, TableSource> sources = new HashMap<>();
    private final EntityManager entityManager;
    private final TableStamps stamps;

    LeagueTables(Instance<TableSource> sources, EntityManager entityManager, TableStamps stamps) {
        sources.forEach(source -> source.indices().forEach(index -> this.sources.put(index, source)));
        this.entityManager = entityManager;
        this.stamps = stamps;
    }

    public TableSource source(Index index) {
        return sources.get(index);
    }

    /**
     * The table as {@link #build} gives it, rebuilt only when the source's stamp changed since. Right on every replica:
     * the stamp is read from the database, not from the events this replica happened to consume.
     */
    public Optional<TableView> cached(Index index, String code, Visibility visibility, String area, boolean derived) {
        return snapshot(index, code, visibility, area, derived, source(index).stamp()).map(Snapshot::view);
    }

    /**
     * For the API's readers: the table as {@link #cached}, its source's stamp as read at most
     * {@code parindex.tables.stamp-max-age} ago ({@link TableStamps}), so that an unchanged table costs no query.
     */
    public Optional<Snapshot> forReaders(Index index, String code, Visibility visibility, String area, boolean derived) {
        return snapshot(index, code, visibility, area, derived, stamps.current(index, source(index)));
    }

    private Optional<Snapshot> snapshot(Index index, String code, Visibility visibility, String area, boolean derived, String stamp) {
        String key = index + "|" + code + "|" + visibility + "|" + area + "|" + derived;
        Cached cached = cache.get(key);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.table();
        }
        String version = UUID.nameUUIDFromBytes((key + "|" + stamp).getBytes(StandardCharsets.UTF_8)).toString();
        Optional<Snapshot> table = build(index, code, visibility, area, derived).map(view -> new Snapshot(view, version));
        if (cache.size() > 1000) {
            cache.clear();
        }
        cache.put(key, new Cached(stamp, table));
        return table;
    }

    /**
     * The table, or empty when the edition has no entries at that visibility; an area no entry has is invalid.
     *
     * @param derived whether merged and split units get the labelled derived back-series of their predecessors
     */
    public Optional<TableView> build(Index index, String code, Visibility visibility, String area, boolean derived) {
        Optional<TableSource.Entries> entries = source(index).entries(index, code, visibility);
        if (entries.isPresent() && area != null && inArea(entries.get().entries(), area).isEmpty()) {
            throw Refusal.invalid(source(index).areaParameter(), code + " has no " + source(index).areaParameter() + " " + area);
        }
        return entries.map(found -> table(found, visibility, area, derived, true));
    }

    private TableView table(TableSource.Entries found, Visibility visibility, String area, boolean derived, boolean full) {
        Edition edition = found.edition();
        List<LeagueTable.Entry> entries = area == null ? found.entries() : inArea(found.entries(), area);
        LeagueTable table = LeagueTable.of(entries, edition.tieRule());
        boolean estimated = entries.stream().anyMatch(e -> e.spread() != null && e.spread().standardError() != null);
        long seed = Seeds.of(edition.code() + "/" + (area == null ? "" : area));
        Map<String, RankIntervals.Interval> intervals = estimated && full
                ? RankIntervals.of(entries.stream().map(LeagueTables::estimate).toList(), RANK_REPLICATES, seed) : Map.of();
        Map<String, YearOverYear.Previous> previous = full ? previous(edition, area) : Map.of();
        Map<String, List<YearOverYear.Lineage>> lineage = previous.isEmpty() ? Map.of() : lineage(entries);
        List<TableView.Row> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            LeagueTable.Row row = table.rows().get(i);
            LeagueTable.Entry entry = row.entry();
            LeagueTable.Spread spread = entry.spread() == null ? new LeagueTable.Spread(null, null, null) : entry.spread();
            RankIntervals.Interval interval = spread.standardError() == null ? null : intervals.get(entry.key());
            Boolean differsFromNext = estimated && i + 1 < table.rows().size()
                    ? RankIntervals.differ(estimate(entry), estimate(table.rows().get(i + 1).entry())) : null;
            List<TableView.Area> areas = entry.areas().stream().map(a -> new TableView.Area(a.code(), a.name(), a.points(),
                    a.maxPoints(), a.percent(), a.spread() == null ? null : a.spread().standardError(),
                    a.spread() == null ? null : a.spread().ciLow(), a.spread() == null ? null : a.spread().ciHigh(),
                    row.areaRanks().get(a.code()), a.notApplicable())).toList();
            YearOverYear.Change change = previous.isEmpty() ? null : YearOverYear.of(entry.key(), row.rank(), entry.value(), previous,
                    lineage.getOrDefault(entry.key(), List.of()), derived);
            rows.add(new TableView.Row(row.rank(), row.fieldSize(), entry.unitKey(), entry.unitCode(), entry.unitName(), entry.points(),
                    entry.maxPoints(), entry.percent(), entry.band(), entry.bandName(), entry.respondents(), spread.standardError(),
                    spread.ciLow(), spread.ciHigh(), interval == null ? null : interval.low(), interval == null ? null : interval.high(),
                    differsFromNext, areas, change));
        }
        return new TableView(edition.index(), edition.code(), edition.name(), edition.year(), edition.family(), edition.level(),
                edition.parentKey(), edition.methodologyCode(), edition.methodologyVersion(), table.tieRule(), visibility, area,
                table.fieldSize(), estimated && full ? RANK_REPLICATES : null, estimated && full ? seed : null, rows);
    }

    /** The family's official table of the year before, in the same area, by row key; empty when there is none. */
    private Map<String, YearOverYear.Previous> previous(Edition edition, String area) {
        TableSource source = source(edition.index());
        Map<String, YearOverYear.Previous> previous = new HashMap<>();
        source.previous(edition).flatMap(before -> source.entries(before.index(), before.code(), Visibility.OFFICIAL))
                .filter(before -> area == null || !inArea(before.entries(), area).isEmpty())
                .map(before -> table(before, Visibility.OFFICIAL, area, false, false))
                .ifPresent(table -> table.rows().forEach(row -> previous.put(row.key(), new YearOverYear.Previous(row.key(),
                        row.unitName(), row.rank(), row.fieldSize(), row.points() != null ? row.points() : row.percent(), row.percent()))));
        return previous;
    }

    /** Each entry's direct predecessors, read in one query; entries known by code only have none. */
    private Map<String, List<YearOverYear.Lineage>> lineage(List<LeagueTable.Entry> entries) {
        List<String> keys = entries.stream().map(LeagueTable.Entry::unitKey).filter(key -> key != null).toList();
        Map<String, List<YearOverYear.Lineage>> lineage = new HashMap<>();
        Lineage.ancestors(entityManager, keys).forEach((unit, ancestors) -> lineage.put(unit, ancestors.stream()
                .filter(ancestor -> ancestor.depth() == 1).map(ancestor -> new YearOverYear.Lineage(ancestor.ancestorKey(), ancestor.kind()))
                .toList()));
        return lineage;
    }

    private static List<LeagueTable.Entry> inArea(List<LeagueTable.Entry> entries, String area) {
        return entries.stream().flatMap(entry -> entry.inArea(area).stream()).toList();
    }

    private static RankIntervals.Estimate estimate(LeagueTable.Entry entry) {
        return new RankIntervals.Estimate(entry.key(), entry.percent(), entry.spread() == null ? null : entry.spread().standardError());
    }
}
