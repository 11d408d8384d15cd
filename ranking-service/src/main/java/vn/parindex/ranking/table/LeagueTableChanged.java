package vn.parindex.ranking.table;

import java.time.Instant;

/**
 * Payload of {@code parindex.league-table.changed.v1}: the whole official table of an edition of any index after a
 * change, keyed by its table id (index/code), with a per-table version.
 */
public record LeagueTableChanged(String tableId, TableView table, long version, Instant changedAt) {
}
