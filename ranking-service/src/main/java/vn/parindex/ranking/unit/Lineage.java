package vn.parindex.ranking.unit;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.ranking.LineageKind;

/** Where units come from: every unit's predecessors, at every depth, in one recursive query over the replicated lineage. */
public final class Lineage {

    /** {@code ancestorKey} became (part of) {@code unitKey}'s line {@code depth} changes ago; depth 1 is a direct predecessor. */
    public record Ancestor(String unitKey, String ancestorKey, LineageKind kind, int depth, java.time.LocalDate effectiveDate) {
    }

    private Lineage() {
    }

    /** Per unit, its ancestors nearest first; a unit without predecessors is absent. Cycles (bad data) end the walk. */
    public static Map<String, List<Ancestor>> ancestors(EntityManager entityManager, Collection<String> unitKeys) {
        Map<String, List<Ancestor>> ancestors = new HashMap<>();
        if (unitKeys.isEmpty()) {
            return ancestors;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                WITH RECURSIVE line(unit_key, ancestor_key, kind, depth, path, effective_date) AS (
                    SELECT l.unit_key, l.other_key, l.kind, 1, ARRAY[l.unit_key::text, l.other_key::text], l.effective_date
                    FROM unit_replica_link l
                    WHERE l.direction = 'PREDECESSOR' AND l.other_key IS NOT NULL AND l.unit_key = ANY(:keys)
                  UNION ALL
                    SELECT line.unit_key, l.other_key, l.kind, line.depth + 1, line.path || l.other_key::text, l.effective_date
                    FROM line JOIN unit_replica_link l ON l.unit_key = line.ancestor_key
                    WHERE l.direction = 'PREDECESSOR' AND l.other_key IS NOT NULL AND NOT l.other_key = ANY(line.path)
                )
                SELECT unit_key, ancestor_key, kind, depth, effective_date FROM line ORDER BY unit_key, depth, ancestor_key""")
                .setParameter("keys", unitKeys.toArray(String[]::new)).getResultList();
        for (Object[] row : rows) {
            ancestors.computeIfAbsent((String) row[0], key -> new ArrayList<>()).add(new Ancestor((String) row[0], (String) row[1],
                    LineageKind.valueOf((String) row[2]), ((Number) row[3]).intValue(), localDate(row[4])));
        }
        return ancestors;
    }

    private static java.time.LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }
}
