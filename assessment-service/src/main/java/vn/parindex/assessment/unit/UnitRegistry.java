package vn.parindex.assessment.unit;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.SearchName;
import vn.parindex.assessment.concurrency.RetryTransient;
import vn.parindex.assessment.concurrency.VersionClaim;
import vn.parindex.assessment.messaging.EventType;
import vn.parindex.assessment.messaging.Outbox;
import vn.parindex.assessment.unit.messaging.UnitChanged;

/**
 * The registry of administrative units and their lineage. Every change is versioned and published, with the unit's
 * whole lineage, on parindex.units.v1.
 */
@ApplicationScoped
@RetryTransient
public class UnitRegistry {

    private static final Logger LOG = Logger.getLogger(UnitRegistry.class);
    /** Stands for "no end" in date comparisons (PostgreSQL's date range ends long before LocalDate.MAX). */
    private static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

    /** What a unit is made of when it is registered or changed; the parent is the unit with that code valid on validFrom. */
    public record UnitDefinition(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom,
            LocalDate validTo) {
    }

    /** Whether a registration created the unit or found the same one already there (a retried request). */
    public record Registration(AdministrativeUnit unit, boolean created) {
    }

    /** A merge, split, rename or abolition: the units that end the day before, and the units that carry on. */
    public record UnitChange(LineageKind kind, LocalDate effectiveDate, List<String> from, List<String> to) {
    }

    private final Outbox outbox;

    UnitRegistry(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Registers a unit. Registering the same definition again is a no-op; other values under the same key are a conflict. */
    @Transactional
    public Registration register(UnitDefinition definition) {
        String key = AdministrativeUnit.keyOf(definition.code(), definition.validFrom());
        VersionClaim.lockCreation("unit", key);
        AdministrativeUnit existing = AdministrativeUnit.findById(key, LockModeType.PESSIMISTIC_WRITE);
        if (existing != null) {
            if (sameAs(existing, definition)) {
                return new Registration(existing, false);
            }
            throw Refusal.conflict("unit " + key + " already exists with other values (version " + existing.version
                    + "); change it with PUT /api/v1/units/" + key);
        }
        AdministrativeUnit unit = new AdministrativeUnit();
        unit.key = key;
        unit.code = definition.code();
        unit.version = 1;
        apply(unit, definition);
        unit.persist();
        publish(unit);
        LOG.infof("unit %s (%s) registered, version %d", unit.key, unit.name, unit.version);
        return new Registration(unit, true);
    }

    /** Changes a unit if the caller holds its current version; a stale version is a conflict, never a lost update. */
    @Transactional
    public AdministrativeUnit change(String key, long expectedVersion, UnitDefinition definition) {
        AdministrativeUnit unit = AdministrativeUnit.findById(key, LockModeType.PESSIMISTIC_WRITE);
        if (unit == null) {
            throw Refusal.notFound("no unit " + key);
        }
        if (!unit.code.equals(definition.code()) || !unit.validFrom.equals(definition.validFrom())) {
            throw Refusal.invalid("validFrom", "code and validFrom identify unit " + key + " and cannot change; "
                    + "register a new unit and record the change between them (POST /api/v1/unit-changes)");
        }
        if (unit.version != expectedVersion) {
            throw Refusal.stale("unit " + key, unit.version, expectedVersion);
        }
        if (sameAs(unit, definition)) {
            return unit;
        }
        apply(unit, definition);
        unit.version++;
        publish(unit);
        LOG.infof("unit %s (%s) changed, version %d", unit.key, unit.name, unit.version);
        return unit;
    }

    /**
     * Records a merge, split, rename or abolition. The units it starts from must end the day before the effective
     * date and the units it leads to must be valid on it. Recording the same change again is a no-op.
     */
    @Transactional
    public List<AdministrativeUnit> record(UnitChange change) {
        checkShape(change);
        List<AdministrativeUnit> from = lockAll(change.from(), "from");
        List<AdministrativeUnit> to = lockAll(change.to(), "to");
        for (int i = 0; i < from.size(); i++) {
            AdministrativeUnit unit = from.get(i);
            if (!change.effectiveDate().minusDays(1).equals(unit.validTo)) {
                throw Refusal.invalid("from[" + i + "]", "unit " + unit.key + " must end on " + change.effectiveDate().minusDays(1)
                        + ", the day before the change, but ends on " + unit.validTo);
            }
        }
        for (int i = 0; i < to.size(); i++) {
            if (!to.get(i).isValidOn(change.effectiveDate())) {
                throw Refusal.invalid("to[" + i + "]", "unit " + to.get(i).key + " is not valid on " + change.effectiveDate());
            }
        }
        Set<AdministrativeUnit> touched = new LinkedHashSet<>();
        for (AdministrativeUnit predecessor : from) {
            if (to.isEmpty() && addEdge(change, predecessor, null)) {
                touched.add(predecessor);
            }
            for (AdministrativeUnit successor : to) {
                if (addEdge(change, predecessor, successor)) {
                    touched.add(predecessor);
                    touched.add(successor);
                }
            }
        }
        UnitLineage.flush();
        for (AdministrativeUnit unit : touched) {
            unit.version++;
            unit.updatedAt = Instant.now();
            publish(unit);
        }
        if (!touched.isEmpty()) {
            LOG.infof("%s of %s into %s on %s recorded", change.kind(), change.from(), change.to(), change.effectiveDate());
        }
        List<AdministrativeUnit> all = new ArrayList<>(from);
        all.addAll(to);
        return all;
    }

    /** Adds the edge unless it is recorded already; says whether it added it. */
    private static boolean addEdge(UnitChange change, AdministrativeUnit predecessor, AdministrativeUnit successor) {
        long recorded = successor == null
                ? UnitLineage.count("fromKey = ?1 and kind = ?2 and toKey is null", predecessor.key, change.kind())
                : UnitLineage.count("fromKey = ?1 and kind = ?2 and toKey = ?3", predecessor.key, change.kind(), successor.key);
        if (recorded > 0) {
            return false;
        }
        UnitLineage edge = new UnitLineage();
        edge.kind = change.kind();
        edge.effectiveDate = change.effectiveDate();
        edge.fromKey = predecessor.key;
        edge.toKey = successor == null ? null : successor.key;
        edge.persist();
        return true;
    }

    /** A unit by key ("24@2008-08-01"), or by code: the one valid on the date (today if none given), else the latest. */
    public AdministrativeUnit get(String reference, LocalDate validOn) {
        AdministrativeUnit unit = reference.contains("@") ? AdministrativeUnit.findById(reference) : byCode(reference, validOn);
        if (unit == null) {
            throw Refusal.notFound("no unit " + reference + (validOn == null ? "" : " valid on " + validOn));
        }
        return unit;
    }

    /** Units whose folded name contains the folded query, valid on the date if one is given, in key order after the cursor. */
    public List<AdministrativeUnit> search(String query, UnitLevel level, LocalDate validOn, String parentKey, String afterKey,
            int limit) {
        StringBuilder where = new StringBuilder("key > :after");
        Map<String, Object> parameters = new HashMap<>(Map.of("after", afterKey == null ? "" : afterKey));
        if (query != null && !query.isBlank()) {
            where.append(" and searchName like :query");
            parameters.put("query", "%" + SearchName.fold(query).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (level != null) {
            where.append(" and level = :level");
            parameters.put("level", level);
        }
        if (validOn != null) {
            where.append(" and validFrom <= :date and (validTo is null or validTo >= :date)");
            parameters.put("date", validOn);
        }
        if (parentKey != null) {
            where.append(" and parentKey = :parent");
            parameters.put("parent", parentKey);
        }
        return AdministrativeUnit.<AdministrativeUnit>find(where.toString(), Sort.by("key"), parameters).page(0, limit).list();
    }

    public UnitChanged state(AdministrativeUnit unit) {
        return UnitChanged.of(unit, UnitLineage.predecessorsOf(unit.key), UnitLineage.successorsOf(unit.key));
    }

    private AdministrativeUnit byCode(String code, LocalDate validOn) {
        LocalDate date = validOn == null ? LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")) : validOn;
        AdministrativeUnit valid = AdministrativeUnit.find("code = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2)",
                code, date).firstResult();
        if (valid != null || validOn != null) {
            return valid;
        }
        return AdministrativeUnit.find("code", Sort.descending("validFrom"), code).firstResult();
    }

    private static void checkShape(UnitChange change) {
        int from = change.from().size();
        int to = change.to().size();
        String expected = switch (change.kind()) {
            case MERGE -> from >= 2 && to == 1 ? null : "a merge leads from two or more units to one";
            case SPLIT -> from == 1 && to >= 2 ? null : "a split leads from one unit to two or more";
            case RENAME -> from == 1 && to == 1 ? null : "a rename leads from one unit to one";
            case ABOLISH -> from >= 1 && to == 0 ? null : "an abolition ends units without successors";
        };
        if (expected != null) {
            throw Refusal.invalid(to == 0 && change.kind() != LineageKind.ABOLISH ? "to" : "from", expected);
        }
    }

    private static List<AdministrativeUnit> lockAll(List<String> keys, String field) {
        List<AdministrativeUnit> units = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            AdministrativeUnit unit = AdministrativeUnit.findById(keys.get(i), LockModeType.PESSIMISTIC_WRITE);
            if (unit == null) {
                throw Refusal.invalid(field + "[" + i + "]", "no unit " + keys.get(i) + " (give the unit key, code@validFrom)");
            }
            units.add(unit);
        }
        return units;
    }

    private void apply(AdministrativeUnit unit, UnitDefinition definition) {
        if (definition.validTo() != null && definition.validTo().isBefore(definition.validFrom())) {
            throw Refusal.invalid("validTo", "validTo " + definition.validTo() + " is before validFrom " + definition.validFrom());
        }
        String parentKey = null;
        if (definition.parentCode() != null) {
            if (definition.parentCode().equals(definition.code())) {
                throw Refusal.invalid("parentCode", "a unit cannot be its own parent");
            }
            AdministrativeUnit parent = byCode(definition.parentCode(), definition.validFrom());
            if (parent == null) {
                throw Refusal.invalid("parentCode", "no unit with code " + definition.parentCode() + " valid on " + definition.validFrom());
            }
            parentKey = parent.key;
        }
        AdministrativeUnit overlapping = AdministrativeUnit.find("code = ?1 and level = ?2 and key <> ?3 and validFrom <= ?4 "
                + "and (validTo is null or validTo >= ?5)", definition.code(), definition.level(),
                AdministrativeUnit.keyOf(definition.code(), definition.validFrom()),
                definition.validTo() == null ? OPEN_END : definition.validTo(), definition.validFrom()).firstResult();
        if (overlapping != null) {
            throw Refusal.conflict("code " + definition.code() + " already names unit " + overlapping.key + " ("
                    + overlapping.name + ") in part of that period; a code names one unit of a level at a time");
        }
        unit.rename(definition.name());
        unit.level = definition.level();
        unit.parentKey = parentKey;
        unit.validFrom = definition.validFrom();
        unit.validTo = definition.validTo();
        unit.updatedAt = Instant.now();
    }

    private void publish(AdministrativeUnit unit) {
        outbox.append(EventType.UNIT_CHANGED, unit.key, state(unit));
    }

    private static boolean sameAs(AdministrativeUnit unit, UnitDefinition definition) {
        return unit.name.equals(definition.name()) && unit.level == definition.level()
                && Objects.equals(AdministrativeUnit.codeOf(unit.parentKey), definition.parentCode())
                && unit.validFrom.equals(definition.validFrom()) && Objects.equals(unit.validTo, definition.validTo());
    }
}
