package vn.parindex.ranking.standing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.dashboard.TableCatalog;
import vn.parindex.ranking.table.LeagueTables;
import vn.parindex.ranking.table.TableSource;
import vn.parindex.ranking.table.TableView;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;

/** Where a unit stands: its rows in the official tables of every index, read from the same cached tables the API serves. */
@ApplicationScoped
public class Standings {

    /** A unit's rows in the official tables of one year, PAR first, then SIPAS, PAPI and PCI. */
    @Schema(name = "UnitStandings", description = "Where a unit stands (vị trí của đơn vị) in one year: its rows in every "
            + "official table of that year, PAR first, then SIPAS, PAPI and PCI.")
    public record UnitStandings(
            @Schema(description = "The unit's code, as the first of its tables has it.", examples = "24") String unitCode,
            @Schema(description = "The unit's name, as the first of its tables has it.", examples = "Tỉnh Bắc Giang")
            String unitName,
            @Schema(description = "The year of the tables.", examples = "2020") int year,
            @Schema(description = "The unit's row in each official table of the year that ranks it, by index, then "
                    + "edition code.") List<Standing> standings) {
    }

    private final LeagueTables tables;
    private final Instance<TableSource> sources;

    Standings(LeagueTables tables, Instance<TableSource> sources) {
        this.tables = tables;
        this.sources = sources;
    }

    /**
     * The unit's rows in every official table of the year; without a year, of the latest year in which a table ranks it.
     *
     * @param unit the unit's code (or unit key)
     */
    public UnitStandings of(String unit, Integer year) {
        List<TableSource.Edition> editions = new ArrayList<>();
        sources.forEach(source -> editions.addAll(source.officialEditions()));
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        editions.stream().map(TableSource.Edition::year).filter(y -> year == null || y.equals(year)).forEach(years::add);
        for (int candidate : years) {
            List<Standing> found = editions.stream().filter(e -> e.year() == candidate)
                    .sorted(Comparator.comparing(TableSource.Edition::index).thenComparing(TableSource.Edition::code))
                    .map(e -> standing(e.index(), e.code(), unit)).flatMap(Optional::stream).toList();
            if (!found.isEmpty()) {
                return new UnitStandings(found.get(0).row().unitCode(), found.get(0).row().unitName(), candidate, found);
            }
        }
        throw Refusal.notFound("no official table " + (year == null ? "" : "of " + year + " ") + "ranks unit " + unit);
    }

    /** The unit's row in one edition's official table. */
    public Standing row(Index index, String code, String unit) {
        TableView table = tables.forReaders(index, code, Visibility.OFFICIAL, null, false).map(LeagueTables.Snapshot::view)
                .orElseThrow(() -> Refusal.notFound("no official " + index + " table " + code));
        return standing(index, Optional.of(table), unit).orElseThrow(() -> Refusal.notFound("the official " + index + " table "
                + code + " does not rank unit " + unit));
    }

    private Optional<Standing> standing(Index index, String code, String unit) {
        return standing(index, tables.forReaders(index, code, Visibility.OFFICIAL, null, false).map(LeagueTables.Snapshot::view), unit);
    }

    private static Optional<Standing> standing(Index index, Optional<TableView> table, String unit) {
        return table.flatMap(t -> t.rows().stream().filter(r -> unit.equals(r.unitCode()) || unit.equals(r.unitKey())).findFirst()
                .map(row -> new Standing(index, t.code(), t.name(), t.year(), t.family(), t.level(),
                        TableCatalog.path(index, t.code(), t.year()), row)));
    }
}
