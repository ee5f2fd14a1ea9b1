package org.estatecare.complaints.fire;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who records and reads a street's fire-lane patrols and fire-safety sessions (R-FIRE-1). The street office records its
 * own street's (the district may on its behalf, and the record says so); the district, municipal inspectors, auditors and
 * the fire-rescue department read every street's; a street office and the residents' committees read their street's.
 * Companies, residents, other departments and finance are refused.
 */
@Component
@Implements("R-FIRE-1")
public class FireSafetyAccess implements Access {

    static final String FIRE_RESCUE = "fire-rescue";

    @Override
    public Criteria scope(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR) || fireRescue(caller)) {
            return Access.everything();
        }
        if (caller.hasAny(Role.STREET_OFFICER, Role.COMMUNITY_OFFICER)) {
            return caller.street().map(street -> Criteria.where("street").is(street)).orElseGet(Access::nothing);
        }
        return Access.nothing();
    }

    /** Whether the caller reads fire-safety records at all (else 403). */
    public boolean mayRead(Caller caller) {
        return caller.hasAny(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR, Role.STREET_OFFICER, Role.COMMUNITY_OFFICER)
                || fireRescue(caller);
    }

    /** Whether the caller reads {@code street}'s records (a street office and its committees: their own). */
    public boolean mayReadStreet(Caller caller, String street) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR) || fireRescue(caller)) {
            return true;
        }
        return caller.hasAny(Role.STREET_OFFICER, Role.COMMUNITY_OFFICER) && caller.street().map(street::equals).orElse(false);
    }

    /** The street office of {@code street}, or the district on its behalf. */
    public boolean mayRecord(Caller caller, String street) {
        return caller.has(Role.DISTRICT_ADMIN) || caller.has(Role.STREET_OFFICER) && caller.street().map(street::equals).orElse(false);
    }

    private static boolean fireRescue(Caller caller) {
        return caller.has(Role.DEPARTMENT_OFFICER) && caller.department().map(FIRE_RESCUE::equals).orElse(false);
    }
}
