package org.estatecare.assessments.reinspection;

import org.estatecare.assessments.inspection.InspectionAccess;
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
        return InspectionAccess.territoryOf(caller);
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
