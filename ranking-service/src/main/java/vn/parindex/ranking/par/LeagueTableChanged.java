package vn.parindex.ranking.par;

import java.time.Instant;
import vn.parindex.ranking.table.TableView;

/**
 * Payload of {@code parindex.league-table.changed.v1}: the whole official table of a period after a change, keyed by
 * its table id, with a per-table version.
 */
public record LeagueTableChanged(String tableId, TableView table, long version, Instant changedAt) {
}
