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
public record Standing(
        @Schema(description = "The index of the table.", examples = "PAR") Index index,
        @Schema(description = "The edition: a PAR period, a SIPAS wave, PAPI-<year> or PCI-<year>.",
                examples = "PAR-2020-PROVINCE") String code,
        @Schema(description = "The edition's name.",
                examples = "Chỉ số cải cách hành chính năm 2020 của các tỉnh, thành phố (dữ liệu minh họa)") String name,
        @Schema(description = "The year of the table.", examples = "2020") int year,
        @Schema(description = "The family the table belongs to over the years.", examples = "PAR-PROVINCE") String family,
        @Schema(description = "The administrative level of the ranked units.", examples = "PROVINCE") String level,
        @Schema(description = "path of the whole table (bảng xếp hạng đầy đủ)", examples = "/api/v1/league-tables/PAR-2020-PROVINCE") String table,
        @Schema(description = "The unit's row, as the whole overall table has it.") TableView.Row row) {
}
