package vn.parindex.ranking.standing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.parindex.ranking.table.TableView;
import vn.parindex.ranking.table.TableView.Index;

/**
 * A unit's row in one official league table, with what the table is and where the whole table is served: what a
 * portal shows for "its" province without downloading every table.
 *
 * @param code the edition: a PAR period, a SIPAS wave, PAPI-2021
 * @param table the path of the whole table
 */
@Schema(name = "Standing", description = "A unit's row (vị trí xếp hạng) in one official league table, with the table's "
        + "index, edition, year, family and level, and the path of the whole table.")
public record Standing(Index index, String code, String name, int year, String family, String level,
        @Schema(description = "path of the whole table (bảng xếp hạng đầy đủ)", examples = "/api/v1/league-tables/PAR-2020-PROVINCE") String table,
        TableView.Row row) {
}
