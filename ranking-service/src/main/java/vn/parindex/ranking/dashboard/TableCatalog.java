package vn.parindex.ranking.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public record Table(Index index, String code, String name, int year, String family, String level, String parentKey,
            String parentName, String path) {
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
