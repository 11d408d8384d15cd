package vn.parindex.ranking.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.parindex.ranking.unit.UnitReplica;
import vn.parindex.ranking.par.AssessmentResult;
import vn.parindex.ranking.sipas.SurveyResult;
import vn.parindex.ranking.external.ExternalScore;
/**
 * Which official league tables exist: every published PAR Index period, every closed SIPAS wave and every imported year
 * of PAPI and PCI, with the year, the level of the units ranked and, for tables of one province's districts, the
 * province. The dashboard builds its choices from it; one query per kind of table.
 */
@ApplicationScoped
public class TableCatalog {

    public enum Index {
        PAR, SIPAS, PAPI, PCI
    }

    /** One table and the path of the API that serves it. */
    public record Table(Index index, String code, String name, int year, String level, String parentKey, String parentName,
            String path) {
    }

    public List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Object[] row : rows("""
                select distinct r.periodCode, r.periodName, r.year, r.parentKey, u.level from AssessmentResult r, UnitReplica u
                where u.key = r.unitKey and r.status = 'PUBLISHED'""")) {
            String parentKey = (String) row[3];
            String parentName = parentKey == null ? null : names.computeIfAbsent(parentKey, TableCatalog::unitName);
            tables.add(new Table(Index.PAR, (String) row[0], (String) row[1], (Integer) row[2], (String) row[4], parentKey,
                    parentName, "/api/v1/league-tables/" + row[0]));
        }
        // a wave's table is official once the wave is closed; before, only admins and appraisers see it
        for (Object[] row : rows("select distinct s.waveCode, s.waveName, s.year, s.unitLevel from SurveyResult s where s.waveStatus = 'CLOSED'")) {
            tables.add(new Table(Index.SIPAS, (String) row[0], (String) row[1], (Integer) row[2], (String) row[3], null, null,
                    "/api/v1/league-tables/sipas/" + row[0]));
        }
        for (Object[] row : rows("select distinct e.indexCode, e.year from ExternalScore e")) {
            Index index = Index.valueOf((String) row[0]);
            int year = (Integer) row[1];
            tables.add(new Table(index, index + "-" + year, index + " " + year, year, "PROVINCE", null, null,
                    "/api/v1/external-indices/" + index + "/" + year));
        }
        tables.sort(Comparator.comparing(Table::index).thenComparing(Comparator.comparingInt(Table::year).reversed())
                .thenComparing(Table::code));
        return tables;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String query) {
        return AssessmentResult.getEntityManager().createQuery(query).getResultList();
    }

    private static String unitName(String key) {
        UnitReplica unit = UnitReplica.findById(key);
        return unit == null ? key : unit.name;
    }
}
