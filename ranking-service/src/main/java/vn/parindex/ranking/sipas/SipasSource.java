package vn.parindex.ranking.sipas;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.ranking.table.LeagueTable;
import vn.parindex.ranking.table.TableSource;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableView.Visibility;
import vn.parindex.ranking.table.TieRule;
import vn.parindex.ranking.unit.UnitReplica;

/**
 * SIPAS tables from the replicated survey results, one per wave: official once the wave is closed and every result
 * held is final (so the table appears whole, never unit by unit), provisional while it runs. Satisfaction is a percentage with a standard error, so the tables carry rank intervals;
 * ranked by standard competition. The family is SIPAS at the level of the units surveyed (SIPAS-PROVINCE).
 */
@ApplicationScoped
public class SipasSource implements TableSource {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public List<Index> indices() {
        return List.of(Index.SIPAS);
    }

    @Override
    public String areaParameter() {
        return "factor";
    }

    @Override
    public String stamp() {
        return TableSource.stamp(SurveyResult.getEntityManager(), "survey_result", "replicated_at");
    }

    @Override
    public Optional<Entries> entries(Index index, String wave, Visibility visibility) {
        List<SurveyResult> all = SurveyResult.list("waveCode", wave);
        long expected = all.stream().mapToLong(r -> r.waveResults).max().orElse(0);
        if (visibility == Visibility.OFFICIAL && (!all.stream().allMatch(SurveyResult::isFinal) || all.size() < expected)) {
            // a closed wave's final results arrive unit by unit, some units' first at the close: the official table
            // appears once all of them have
            return Optional.empty();
        }
        List<SurveyResult> results = all.stream().filter(r -> r.indexPercent != null).toList();
        if (results.isEmpty()) {
            return Optional.empty();
        }
        SurveyResult first = results.get(0);
        Map<String, String> keys = UnitReplica.keysByCode(results.stream().map(r -> r.unitCode).toList(), first.unitLevel,
                LocalDate.of(first.year, 12, 31));
        List<LeagueTable.Entry> entries = results.stream().map(r -> new LeagueTable.Entry(keys.get(r.unitCode), r.unitCode,
                r.unitName, null, null, r.indexPercent, r.band, r.bandName, r.respondents,
                new LeagueTable.Spread(r.standardError, r.ciLow, r.ciHigh), factors(r))).toList();
        return Optional.of(new Entries(edition(first.waveCode, first.waveName, first.year, first.unitLevel), entries));
    }

    @Override
    public List<Edition> officialEditions() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = SurveyResult.getEntityManager().createQuery("""
                select distinct s.waveCode, s.waveName, s.year, s.unitLevel from SurveyResult s where s.waveStatus = 'CLOSED'
                order by s.waveCode""").getResultList();
        return rows.stream().map(row -> edition((String) row[0], (String) row[1], (Integer) row[2], (String) row[3])).toList();
    }

    private static Edition edition(String wave, String name, int year, String level) {
        return new Edition(Index.SIPAS, wave, name, year, "SIPAS-" + level, level, null, null, null, TieRule.STANDARD_COMPETITION);
    }

    private static List<LeagueTable.AreaScore> factors(SurveyResult r) {
        return r.factors.stream().filter(f -> f.percent() != null).map(f -> new LeagueTable.AreaScore(f.code(), f.name(), null, null,
                f.percent(), new LeagueTable.Spread(f.standardError(), f.ciLow(), f.ciHigh()), false)).toList();
    }
}
