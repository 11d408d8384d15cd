package vn.parindex.ranking.sipas;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.ranking.par.LeagueTableView.Visibility;
import vn.parindex.ranking.table.LeagueTable;
import vn.parindex.ranking.table.RankIntervals;
import vn.parindex.ranking.table.TieRule;
import vn.parindex.ranking.table.YearOverYear;

import vn.parindex.ranking.Refusal;
/**
 * SIPAS league tables from the replicated survey results: official once the wave is closed (final results), provisional
 * while it runs. Ranked on unrounded percentages, standard competition; rank intervals from the standard errors with
 * a seed taken from the wave code, so the same results always give the same intervals.
 */
@ApplicationScoped
public class SipasTables {

    static final int RANK_REPLICATES = 2000;
    private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

    public Optional<SipasTableView> build(String wave, Visibility visibility, String factor) {
        return build(wave, visibility, factor, true);
    }

    /**
     * @param full whether to add rank intervals and the comparison with the previous wave (not for the previous wave's
     *        own table, which only lends its ranks)
     */
    private Optional<SipasTableView> build(String wave, Visibility visibility, String factor, boolean full) {
        List<SurveyResult> results = SurveyResult.<SurveyResult>list("waveCode", wave).stream()
                .filter(r -> visibility == Visibility.PROVISIONAL || r.isFinal())
                .filter(r -> r.indexPercent != null).toList();
        if (results.isEmpty()) {
            return Optional.empty();
        }
        List<LeagueTable.Entry> entries = new ArrayList<>();
        List<RankIntervals.Estimate> estimates = new ArrayList<>();
        for (SurveyResult r : results) {
            List<LeagueTable.AreaScore> factors = r.factors.stream().filter(f -> f.percent() != null)
                    .map(f -> new LeagueTable.AreaScore(f.code(), f.name(), f.percent(), HUNDRED, f.percent(), false)).toList();
            if (factor == null) {
                entries.add(new LeagueTable.Entry(r.unitCode, r.unitCode, r.unitName, r.indexPercent, HUNDRED, r.indexPercent,
                        r.band, r.bandName, factors));
                estimates.add(new RankIntervals.Estimate(r.unitCode, r.indexPercent, r.standardError));
            } else {
                r.factors.stream().filter(f -> f.code().equals(factor) && f.percent() != null).findFirst().ifPresent(f -> {
                    entries.add(new LeagueTable.Entry(r.unitCode, r.unitCode, r.unitName, f.percent(), HUNDRED, f.percent(),
                            null, null, List.of()));
                    estimates.add(new RankIntervals.Estimate(r.unitCode, f.percent(), f.standardError()));
                });
            }
        }
        if (entries.isEmpty()) {
            throw Refusal.invalid("factor", "wave " + wave + " has no factor " + factor);
        }
        long seed = seed(wave + "/" + (factor == null ? "" : factor));
        Map<String, RankIntervals.Interval> intervals = full ? RankIntervals.of(estimates, RANK_REPLICATES, seed) : Map.of();
        Map<String, RankIntervals.Estimate> byUnit = new java.util.HashMap<>();
        estimates.forEach(e -> byUnit.put(e.key(), e));
        Map<String, SurveyResult> resultByUnit = new java.util.HashMap<>();
        results.forEach(r -> resultByUnit.put(r.unitCode, r));
        LeagueTable table = LeagueTable.of(entries, TieRule.STANDARD_COMPETITION);
        Map<String, YearOverYear.Previous> previous = full ? previous(results.get(0), factor) : Map.of();
        List<SipasTableView.Row> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            LeagueTable.Row row = table.rows().get(i);
            SurveyResult r = resultByUnit.get(row.entry().unitCode());
            RankIntervals.Estimate estimate = byUnit.get(row.entry().unitCode());
            Boolean differs = i + 1 < table.rows().size()
                    ? RankIntervals.differ(estimate, byUnit.get(table.rows().get(i + 1).entry().unitCode())) : null;
            RankIntervals.Interval interval = intervals.get(row.entry().unitCode());
            boolean overall = factor == null;
            rows.add(new SipasTableView.Row(row.rank(), row.fieldSize(), r.unitCode, r.unitName, r.respondents, row.entry().percent(),
                    estimate.standardError(), overall ? r.ciLow : null, overall ? r.ciHigh : null, row.entry().band(),
                    row.entry().bandName(), estimate.standardError() == null || interval == null ? null : interval.low(),
                    estimate.standardError() == null || interval == null ? null : interval.high(), differs, overall ? row.areaRanks() : null, overall ? r.factors : null,
                    previous.isEmpty() ? null : YearOverYear.of(r.unitCode, row.rank(), row.entry().percent(), previous, List.of(), false)));
        }
        SurveyResult first = results.get(0);
        return Optional.of(new SipasTableView(wave, first.waveName, first.year, first.unitLevel, visibility, factor,
                table.fieldSize(), RANK_REPLICATES, seed, rows));
    }

    /** The official table of a wave of the year before at the same unit level, by unit code; empty when there is none. */
    private Map<String, YearOverYear.Previous> previous(SurveyResult current, String factor) {
        List<String> waves = SurveyResult.<SurveyResult>list("year = ?1 and unitLevel = ?2", current.year - 1, current.unitLevel).stream()
                .filter(SurveyResult::isFinal).map(r -> r.waveCode).distinct().sorted().toList();
        Map<String, YearOverYear.Previous> previous = new java.util.HashMap<>();
        if (!waves.isEmpty()) {
            build(waves.get(0), Visibility.OFFICIAL, factor, false).ifPresent(table -> table.rows().forEach(row -> previous.put(row.unitCode(),
                    new YearOverYear.Previous(row.unitCode(), row.unitName(), row.rank(), row.fieldSize(), row.percent(), row.percent()))));
        }
        return previous;
    }

    /** The first eight bytes of SHA-256 of the text. */
    static long seed(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long seed = 0;
            for (int i = 0; i < 8; i++) {
                seed = seed << 8 | (digest[i] & 0xff);
            }
            return seed;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
