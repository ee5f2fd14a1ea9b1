package org.estatecare.assessments.reinspection;

import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who asks for, performs and sees re-inspections (R-ASM-3). The street office asks for its street's; the district
 * (district-admin) or the city (municipal-inspector) performs them, anywhere. The district, auditors and municipal
 * inspectors see every re-inspection; a street office its street's; a residents' committee its community's; a
 * company those of the assessments of its own service; residents and departments none.
 */
@Component
@Implements("R-ASM-3")
public class ReInspectionAccess implements Access {

    @Override
    public Criteria scope(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR)) {
            return Access.everything();
        }
        List<Criteria> seen = new ArrayList<>();
        if (caller.has(Role.STREET_OFFICER)) {
            caller.street().ifPresent(street -> seen.add(Criteria.where("street").is(street)));
        }
        if (caller.has(Role.COMMUNITY_OFFICER)) {
            caller.community().ifPresent(community -> seen.add(Criteria.where("community").is(community)));
        }
        if (caller.has(Role.SERVICE_COMPANY)) {
            caller.companyId().ifPresent(company -> seen.add(Criteria.where("companyId").is(company)));
        }
        return Access.anyOf(seen);
    }

    /** The street office of the assessment's street. */
    public boolean mayRequest(Caller caller, String street) {
        return caller.has(Role.STREET_OFFICER) && caller.street().map(street::equals).orElse(false);
    }

    /** The district or the city. */
    public boolean mayPerform(Caller caller) {
        return caller.hasAny(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR);
    }
}
