package vn.parindex.ranking.web;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.table.TableView.Visibility;

/** Who may see a table before it is official: admins and appraisers. */
public final class ProvisionalTables {

    private ProvisionalTables() {
    }

    public static void checkAllowed(SecurityIdentity identity, Visibility visibility) {
        if (visibility == Visibility.PROVISIONAL && !(identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.APPRAISER))) {
            throw identity.isAnonymous() ? new UnauthorizedException() : Refusal.forbidden("provisional tables are for admins and appraisers");
        }
    }
}
