package org.estatecare.assessments.rectification;

import org.estatecare.assessments.inspection.InspectionAccess;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who sees and moves rectification orders (R-ASM-3). The district, auditors and municipal inspectors see every
 * order; a street office its street's; a residents' committee its community's; a company the orders addressed to
 * it; residents and departments none. The company the order is addressed to answers it (the street office of the
 * estate's street where no company serves); the inspector verifies: for a finding whoever records inspections of
 * the level that found it, in that scope; for a failing grade the street office that published it.
 */
@Component
@Implements("R-ASM-3")
public class RectificationAccess implements Access {

    private final InspectionAccess inspections;

    public RectificationAccess(InspectionAccess inspections) {
        this.inspections = inspections;
    }

    @Override
    public Criteria scope(Caller caller) {
        return InspectionAccess.territoryOf(caller);
    }

    /** The company the order is addressed to; the street office where no company serves. */
    public boolean mayAnswer(Caller caller, RectificationOrder order) {
        return order.companyId()
                .map(company -> caller.has(Role.SERVICE_COMPANY) && caller.companyId().map(company.value()::equals).orElse(false))
                .orElseGet(() -> ofStreet(caller, order.street()));
    }

    /** The inspector: the recorder of the level that found it, or the street office for a failing grade. */
    public boolean mayVerify(Caller caller, RectificationOrder order) {
        return order.foundAt()
                .map(level -> inspections.mayRecord(caller, level, order.street(), order.community()))
                .orElseGet(() -> ofStreet(caller, order.street()));
    }

    private static boolean ofStreet(Caller caller, String street) {
        return caller.has(Role.STREET_OFFICER) && caller.street().map(street::equals).orElse(false);
    }
}
