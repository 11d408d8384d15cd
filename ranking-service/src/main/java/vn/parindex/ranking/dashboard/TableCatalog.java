package vn.parindex.ranking.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.parindex.ranking.table.TableSource;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.unit.UnitReplica;

/**
 * Which official league tables exist: every published PAR Index period, every closed SIPAS wave and every imported year
 * of PAPI and PCI, with the year, the family its editions form over the years, the level of the units ranked and, for
 * tables of one province's districts, the province. The dashboard builds its choices from it.
 */
@ApplicationScoped
public class TableCatalog {

    /** One table and the path of the API that serves it. */
    @Schema(name = "CatalogTable", description = "One official league table in the catalog (danh mục bảng xếp hạng), and "
            + "the path of the API that serves it.")
    public record Table(
            @Schema(description = "The index of the table.", examples = "PAR") Index index,
            @Schema(description = "The edition: a PAR period, a SIPAS wave, PAPI-<year> or PCI-<year>.",
                    examples = "PAR-2020-PROVINCE") String code,
            @Schema(description = "The edition's name.",
                    examples = "Chỉ số cải cách hành chính năm 2020 của các tỉnh, thành phố (dữ liệu minh họa)") String name,
            @Schema(description = "The year the edition measures.", examples = "2020") int year,
            @Schema(description = "The series the editions form over the years (what the rank history's family "
                    + "parameter takes).", examples = "PAR-PROVINCE") String family,
            @Schema(description = "The administrative level of the ranked units (PROVINCE, DISTRICT).",
                    examples = "PROVINCE") String level,
            @Schema(description = "For a table of one province's units: the province's unit key; null otherwise.",
                    examples = "68@2008-08-01") String parentKey,
            @Schema(description = "That province's name (its key while the unit is not replicated here); null otherwise.",
                    examples = "Tỉnh Lâm Đồng") String parentName,
            @Schema(description = "The path of the API that serves the table.",
                    examples = "/api/v1/league-tables/PAR-2020-PROVINCE") String path) {
    }

    private final Instance<TableSource> sources;

    TableCatalog(Instance<TableSource> sources) {
        this.sources = sources;
    }

    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (TableSource source : sources) {
            for (TableSource.Edition e : source.officialEditions()) {
                String parentName = e.parentKey() == null ? null : names.computeIfAbsent(e.parentKey(), TableCatalog::unitName);
                tables.add(new Table(e.index(), e.code(), e.name(), e.year(), e.family(), e.level(), e.parentKey(), parentName,
                        path(e.index(), e.code(), e.year())));
            }
        }
        tables.sort(Comparator.comparing(Table::index).thenComparing(Comparator.comparingInt(Table::year).reversed())
                .thenComparing(Table::code));
        return tables;
    }

    /** The path of the API that serves an edition's table. */
    public static String path(Index index, String code, int year) {
        return switch (index) {
            case PAR -> "/api/v1/league-tables/" + code;
            case SIPAS -> "/api/v1/league-tables/sipas/" + code;
            case PAPI, PCI -> "/api/v1/external-indices/" + index + "/" + year;
        };
    }

    private static String unitName(String key) {
        UnitReplica unit = UnitReplica.findById(key);
        return unit == null ? key : unit.name;
    }
}
