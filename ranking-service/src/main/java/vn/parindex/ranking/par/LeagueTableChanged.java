package vn.parindex.ranking.par;

import java.time.Instant;

/**
 * Payload of {@code parindex.league-table.changed.v1}: the whole official table of a period after a change, keyed by
 * its table id, with a per-table version.
 */
public record LeagueTableChanged(String tableId, LeagueTableView table, long version, Instant changedAt) {
}
