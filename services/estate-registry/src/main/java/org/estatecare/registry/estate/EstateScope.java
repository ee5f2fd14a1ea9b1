package org.estatecare.registry.estate;

import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Which estates a caller may see, as a query condition applied in the database, never after loading:
 * district, municipal, audit and department roles see all; a street officer their street; a
 * community officer their community; everyone else nothing. Out-of-scope estates are "not found".
 */
public final class EstateScope {

    private final Criteria criteria;
    private final String street;
    private final String community;
    private final boolean all;

    private EstateScope(Criteria criteria, boolean all, String street, String community) {
        this.criteria = criteria;
        this.all = all;
        this.street = street;
        this.community = community;
    }

    /** The whole district: for the service's own counts (metrics), never for a caller. */
    public static EstateScope wholeDistrict() {
        return new EstateScope(new Criteria(), true, null, null);
    }

    public static EstateScope of(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR, Role.DEPARTMENT_OFFICER)) {
            return new EstateScope(new Criteria(), true, null, null);
        }
        if (caller.has(Role.STREET_OFFICER) && caller.street().isPresent()) {
            String street = caller.street().get();
            return new EstateScope(Criteria.where("details.street").is(street), false, street, null);
        }
        if (caller.has(Role.COMMUNITY_OFFICER) && caller.community().isPresent()) {
            String community = caller.community().get();
            return new EstateScope(Criteria.where("details.community").is(community), false, null, community);
        }
        return new EstateScope(Criteria.where("_id").exists(false), false, null, null);
    }

    /** The condition to AND into every query on estates. */
    public Criteria criteria() {
        return criteria;
    }

    /** Whether an estate with these facts lies inside the scope (for estates being created or moved). */
    public boolean covers(EstateDetails details) {
        return all || (street != null && street.equals(details.street()))
                || (community != null && community.equals(details.community()));
    }
}
