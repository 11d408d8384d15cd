package vn.parindex.ranking.external;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.ranking.table.ExternalIndex;
import vn.parindex.ranking.table.LeagueTable;
import vn.parindex.ranking.table.TableSource;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;
import vn.parindex.ranking.table.TieRule;
import vn.parindex.ranking.unit.UnitReplica;

/**
 * PAPI and PCI tables from the imported scores, one per index and year (code PAPI-2021): ranked by the unrounded total
 * (standard competition), each dimension or sub-index an area scored out of 10; PAPI rows carry their quartile group.
 * Imported figures are official as soon as they are imported.
 */
@ApplicationScoped
public class ExternalSource implements TableSource {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Index> indices() {
        return List.of(Index.PAPI, Index.PCI);
    }

    @Override
    public String stamp() {
        return TableSource.stamp(ExternalScore.getEntityManager(), "external_score", "imported_at");
    }

    /** The code of an index's table for a year, as the catalog and the previous-year comparison name it. */
    public static String code(Index index, int year) {
        return index + "-" + year;
    }

    @Override
    public Optional<Entries> entries(Index index, String code, Visibility visibility) {
        if (!code.startsWith(index + "-") || !code.substring(index.name().length() + 1).matches("\\d{4}")) {
            return Optional.empty();
        }
        int year = Integer.parseInt(code.substring(index.name().length() + 1));
        List<ExternalScore> scores = ExternalScore.list("indexCode = ?1 and year = ?2", index.name(), year);
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        scores.forEach(s -> totals.put(s.unitCode, s.total));
        Map<String, String> groups = index == Index.PAPI ? ExternalIndex.quartileGroups(totals) : Map.of();
        Map<String, String> keys = UnitReplica.keysByCode(totals.keySet(), "PROVINCE", LocalDate.of(year, 12, 31));
        List<LeagueTable.Entry> entries = scores.stream().map(s -> {
            List<LeagueTable.AreaScore> components = s.components.stream().map(c -> new LeagueTable.AreaScore(c.code(), c.name(),
                    c.score(), BigDecimal.TEN, percent(c.score(), BigDecimal.TEN), null, false)).toList();
            String group = groups.get(s.unitCode);
            return new LeagueTable.Entry(keys.get(s.unitCode), s.unitCode, s.unitName, s.total, s.maxPoints, percent(s.total, s.maxPoints),
                    group, group == null ? null : ExternalIndex.groupName(group), null, null, components);
        }).toList();
        ExternalEdition titled = ExternalEdition.findById(new ExternalEdition.Id(index.name(), year));
        return Optional.of(new Entries(edition(index, year, titled == null ? null : titled.title), entries));
    }

    @Override
    public List<Edition> officialEditions() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = ExternalScore.getEntityManager()
                .createQuery("select distinct e.indexCode, e.year from ExternalScore e order by e.indexCode, e.year").getResultList();
        Map<ExternalEdition.Id, String> titles = new HashMap<>();
        ExternalEdition.<ExternalEdition>listAll().forEach(e -> titles.put(new ExternalEdition.Id(e.indexCode, e.year), e.title));
        return rows.stream().map(row -> {
            Index index = Index.valueOf((String) row[0]);
            int year = (Integer) row[1];
            return edition(index, year, titles.get(new ExternalEdition.Id(index.name(), year)));
        }).toList();
    }

    private static Edition edition(Index index, int year, String title) {
        return new Edition(index, code(index, year), title == null ? index + " " + year : title, year, index.name(), "PROVINCE",
                null, null, null, TieRule.STANDARD_COMPETITION);
    }

    private static BigDecimal percent(BigDecimal points, BigDecimal max) {
        return points.multiply(HUNDRED).divide(max, MathContext.DECIMAL64);
    }
}
