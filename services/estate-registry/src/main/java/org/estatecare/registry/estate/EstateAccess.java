package org.estatecare.registry.estate;

import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who sees and does what with estates (R-PRIN-1). Reads are scoped in the query: district, municipal,
 * audit and department roles see every estate; a street officer their street; a community officer their
 * community; everyone else none. Out-of-scope estates are "not found". Which commands a role may give at
 * all is the services' {@code @PreAuthorize}; this says where.
 */
@Component
public class EstateAccess implements Access {

    @Override
    public Criteria scope(Caller caller) {
        if (seesWholeDistrict(caller)) {
            return Access.everything();
        }
        if (caller.has(Role.STREET_OFFICER) && caller.street().isPresent()) {
            return Criteria.where("details.street").is(caller.street().get());
        }
        if (caller.has(Role.COMMUNITY_OFFICER) && caller.community().isPresent()) {
            return Criteria.where("details.community").is(caller.community().get());
        }
        return Access.nothing();
    }

    /** Whether an estate with these facts lies in the caller's scope: for an estate being registered or changed. */
    public boolean mayPlace(Caller caller, EstateDetails details) {
        return seesWholeDistrict(caller)
                || (caller.has(Role.STREET_OFFICER) && caller.street().map(details.street()::equals).orElse(false))
                || (caller.has(Role.COMMUNITY_OFFICER) && caller.community().map(details.community()::equals).orElse(false));
    }

    /** Moving an estate to another street is the district's decision (R-PRIN-1); within the caller's scope otherwise. */
    public boolean mayChangeDetails(Caller caller, Estate estate, EstateDetails details) {
        boolean moves = !estate.details().street().equals(details.street());
        return (!moves || caller.has(Role.DISTRICT_ADMIN)) && mayPlace(caller, details);
    }

    private static boolean seesWholeDistrict(Caller caller) {
        return caller.hasAny(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR, Role.DEPARTMENT_OFFICER);
    }
}
