package vn.parindex.ranking.table;

import java.util.List;
import java.util.Optional;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;

/**
 * Where an index's tables come from: its editions (PAR periods, SIPAS waves, PAPI and PCI years) and each edition's
 * entries. {@link LeagueTables} does the rest, the same for every index: ranks, rank intervals, areas, the comparison
 * with the year before through lineage, caching.
 */
public interface TableSource {

    /** An edition as listed in the catalog, and what its table says of itself. */
    record Edition(Index index, String code, String name, int year, String family, String level, String parentKey,
            String methodologyCode, Integer methodologyVersion, TieRule tieRule) {
    }

    /** The entries of an edition at a visibility. */
    record Entries(Edition edition, List<LeagueTable.Entry> entries) {
    }

    List<Index> indices();

    /** What the index calls its areas, as the API's query parameter names them (SIPAS: factor). */
    default String areaParameter() {
        return "area";
    }

    /** Changes whenever anything a table of this source is built from changes (its own rows, the replicated units). */
    String stamp();

    /**
     * A stamp from a source's table and the replicated units: their row counts and latest change, read in one query.
     *
     * @param table a table of this service; {@code changedAt} its column of the time a row was last written
     */
    static String stamp(jakarta.persistence.EntityManager entityManager, String table, String changedAt) {
        Object[] state = (Object[]) entityManager.createNativeQuery("""
                SELECT (SELECT count(*) || '/' || coalesce(max(%s)::text, '') FROM %s),
                       (SELECT count(*) || '/' || coalesce(max(replicated_at)::text, '') FROM unit_replica)""".formatted(changedAt, table))
                .getSingleResult();
        return state[0] + "|" + state[1];
    }

    /** The edition's entries; empty when it has none at that visibility (e.g. a period not published yet). */
    Optional<Entries> entries(Index index, String code, Visibility visibility);

    /** Every official edition, for the catalog and the rank history. */
    List<Edition> officialEditions();

    /** The official edition of the year before that an edition's rows compare with: same family (and parent); empty when none. */
    default Optional<Edition> previous(Edition edition) {
        return officialEditions().stream()
                .filter(e -> e.year() == edition.year() - 1 && e.family().equals(edition.family())
                        && java.util.Objects.equals(e.parentKey(), edition.parentKey()))
                .min(java.util.Comparator.comparing(Edition::code));
    }
}
