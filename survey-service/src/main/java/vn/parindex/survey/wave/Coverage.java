package vn.parindex.survey.wave;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Responses received per unit of a wave, from the running tallies. */
@ApplicationScoped
public class Coverage {

    private final EntityManager entityManager;

    Coverage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Map<String, Long> responses(String waveCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT unit_code, respondents FROM unit_tally WHERE wave_code = ?1")
                .setParameter(1, waveCode).getResultList();
        Map<String, Long> responses = new HashMap<>();
        rows.forEach(row -> responses.put((String) row[0], ((Number) row[1]).longValue()));
        return responses;
    }
}
