package vn.parindex.assessment;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jboss.logging.Logger;
import vn.parindex.assessment.messaging.EventType;
import vn.parindex.assessment.messaging.Outbox;
import vn.parindex.assessment.messaging.UnitChanged;

/** The registry of administrative units: every change is versioned and published on parindex.units.v1. */
@ApplicationScoped
public class UnitRegistry {

    private static final Logger LOG = Logger.getLogger(UnitRegistry.class);

    /** What a unit is made of when it is registered or changed. */
    public record UnitDefinition(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom,
            LocalDate validTo) {
    }

    /** Whether a registration created the unit or found the same one already there (a retried request). */
    public record Registration(AdministrativeUnit unit, boolean created) {
    }

    private final Outbox outbox;

    UnitRegistry(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Registers a unit. Registering the same definition again is a no-op; a different one under the same code is a conflict. */
    @Transactional
    public Registration register(UnitDefinition definition) {
        AdministrativeUnit existing = AdministrativeUnit.findById(definition.code(), LockModeType.PESSIMISTIC_WRITE);
        if (existing != null) {
            if (sameAs(existing, definition)) {
                return new Registration(existing, false);
            }
            throw ApiProblem.conflict("unit " + definition.code() + " already exists with other values (version "
                    + existing.version + "); change it with PUT /api/v1/units/" + definition.code());
        }
        AdministrativeUnit unit = new AdministrativeUnit();
        unit.code = definition.code();
        unit.version = 1;
        apply(unit, definition);
        unit.persist();
        publish(unit);
        LOG.infof("unit %s (%s) registered, version %d", unit.code, unit.name, unit.version);
        return new Registration(unit, true);
    }

    /** Changes a unit if the caller holds its current version; a stale version is a conflict, never a lost update. */
    @Transactional
    public AdministrativeUnit change(String code, long expectedVersion, UnitDefinition definition) {
        AdministrativeUnit unit = AdministrativeUnit.findById(code, LockModeType.PESSIMISTIC_WRITE);
        if (unit == null) {
            throw ApiProblem.notFound("no unit with code " + code);
        }
        if (unit.version != expectedVersion) {
            throw ApiProblem.conflict("unit " + code + " is at version " + unit.version + ", not " + expectedVersion
                    + "; read it again and retry");
        }
        if (sameAs(unit, definition)) {
            return unit;
        }
        unit.version++;
        apply(unit, definition);
        publish(unit);
        LOG.infof("unit %s (%s) changed, version %d", unit.code, unit.name, unit.version);
        return unit;
    }

    public AdministrativeUnit get(String code) {
        AdministrativeUnit unit = AdministrativeUnit.findById(code);
        if (unit == null) {
            throw ApiProblem.notFound("no unit with code " + code);
        }
        return unit;
    }

    /** Units whose folded name contains the folded query, valid on the date if one is given, in code order after the cursor. */
    public List<AdministrativeUnit> search(String query, UnitLevel level, LocalDate validOn, String afterCode, int limit) {
        StringBuilder where = new StringBuilder("code > :after");
        Parameters parameters = Parameters.with("after", afterCode == null ? "" : afterCode);
        if (query != null && !query.isBlank()) {
            where.append(" and searchName like :query");
            parameters.and("query", "%" + SearchName.fold(query).replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (level != null) {
            where.append(" and level = :level");
            parameters.and("level", level);
        }
        if (validOn != null) {
            where.append(" and validFrom <= :date and (validTo is null or validTo >= :date)");
            parameters.and("date", validOn);
        }
        return AdministrativeUnit.<AdministrativeUnit>find(where.toString(), Sort.by("code"), parameters).page(0, limit).list();
    }

    private void apply(AdministrativeUnit unit, UnitDefinition definition) {
        if (definition.parentCode() != null) {
            if (definition.parentCode().equals(unit.code)) {
                throw ApiProblem.invalid("parentCode", "a unit cannot be its own parent");
            }
            if (AdministrativeUnit.findById(definition.parentCode()) == null) {
                throw ApiProblem.invalid("parentCode", "no unit with code " + definition.parentCode());
            }
        }
        if (definition.validTo() != null && definition.validTo().isBefore(definition.validFrom())) {
            throw ApiProblem.invalid("validTo", "validTo " + definition.validTo() + " is before validFrom " + definition.validFrom());
        }
        unit.rename(definition.name());
        unit.level = definition.level();
        unit.parentCode = definition.parentCode();
        unit.validFrom = definition.validFrom();
        unit.validTo = definition.validTo();
        unit.updatedAt = Instant.now();
    }

    private void publish(AdministrativeUnit unit) {
        outbox.append(EventType.UNIT_CHANGED, unit.code, UnitChanged.of(unit));
    }

    private static boolean sameAs(AdministrativeUnit unit, UnitDefinition definition) {
        return unit.name.equals(definition.name()) && unit.level == definition.level()
                && Objects.equals(unit.parentCode, definition.parentCode())
                && unit.validFrom.equals(definition.validFrom()) && Objects.equals(unit.validTo, definition.validTo());
    }
}
