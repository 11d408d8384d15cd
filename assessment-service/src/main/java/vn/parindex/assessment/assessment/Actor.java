package vn.parindex.assessment.assessment;

import java.util.Set;
import vn.parindex.assessment.unit.AdministrativeUnit;
import vn.parindex.assessment.workflow.Workflow;

/** Who is acting: the name for the audit trail, the roles, and for unit accounts the units they act for. */
public record Actor(String name, Set<String> roles, Set<String> units) {

    boolean isStaff() {
        return roles.contains("admin") || roles.contains(Workflow.APPRAISER);
    }

    public boolean actsFor(AdministrativeUnit unit) {
        return units.contains(unit.code) || units.contains(unit.key);
    }

    boolean isAdmin() {
        return roles.contains("admin");
    }
}
