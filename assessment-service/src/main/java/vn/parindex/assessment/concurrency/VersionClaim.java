package vn.parindex.assessment.concurrency;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import java.util.List;

import vn.parindex.assessment.Refusal;
/**
 * The optimistic-version check and the write as one statement: {@code UPDATE … SET version = version + 1 WHERE id = ?
 * AND version = ?}. Of N concurrent writers holding the same version exactly one moves it on; the others wait for its
 * row lock, find the version changed and get a 409 carrying the current one. The winner holds the row lock until it
 * commits, and a rollback (bad input found later) puts the version back.
 */
public final class VersionClaim {

    private VersionClaim() {
    }

    /**
     * Moves the version of the entity {@code entity} (JPQL name) with {@code idAttribute = id} from {@code expected} to
     * {@code expected + 1}. Load the entity after the claim: one loaded before holds the old version.
     *
     * @param what how the thing is named in the conflict's detail, e.g. "assessment 2020/24"
     */
    public static void claim(String entity, String idAttribute, Object id, long expected, String what) {
        EntityManager em = Panache.getEntityManager();
        int claimed = em.createQuery("update " + entity + " e set e.version = e.version + 1 where e." + idAttribute
                + " = :id and e.version = :expected").setParameter("id", id).setParameter("expected", expected).executeUpdate();
        if (claimed == 0) {
            List<Number> current = em.createQuery("select e.version from " + entity + " e where e." + idAttribute + " = :id",
                    Number.class).setParameter("id", id).getResultList();
            if (current.isEmpty()) {
                throw Refusal.notFound("no " + what);
            }
            throw Refusal.stale(what, current.get(0).longValue(), expected);
        }
    }

    /** Moves the version on whatever it is, for writers that hold no version of their own (a consumer, a period step). */
    public static void bump(String entity, String idAttribute, Object id) {
        Panache.getEntityManager().createQuery("update " + entity + " e set e.version = e.version + 1 where e." + idAttribute + " = :id")
                .setParameter("id", id).executeUpdate();
    }

    /**
     * Makes concurrent creators of the same thing take turns until commit (a transaction-scoped advisory lock), so the
     * second sees what the first created: the same content again is recognised, other content is a clean 409, and a
     * unique key is never the one to refuse it.
     */
    public static void lockCreation(String kind, String code) {
        Panache.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, kind + ":" + code).getSingleResult();
    }
}
