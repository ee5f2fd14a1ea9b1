package org.estatecare.subsidies.run;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.estatecare.subsidies.allocation.RecipientKind;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who sees and does what with the runs and their lines (R-SUB-2, R-SUB-3). The district, the city's inspectors,
 * auditors and finance see every line; a street office its street's; a company the lines paid to it. The district
 * computes and approves runs, a street office approves its street's lines, finance records the payment; whoever
 * computed or changed a run approves and pays nothing of it.
 */
@Component
@Implements({"R-SUB-2", "R-SUB-3"})
public class RunAccess implements Access {

    @Override
    public Criteria scope(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR, Role.FINANCE_OFFICER)) {
            return Access.everything();
        }
        if (caller.has(Role.STREET_OFFICER) && caller.street().isPresent()) {
            return Criteria.where("street").is(caller.street().get());
        }
        if (caller.has(Role.SERVICE_COMPANY) && caller.companyId().isPresent()) {
            return Criteria.where("recipientKind").is(RecipientKind.COMPANY).and("recipientId").is(caller.companyId().get());
        }
        return Access.nothing();
    }

    /** The street office of that street. */
    public boolean mayApproveStreet(Caller caller, String street) {
        return caller.has(Role.STREET_OFFICER) && caller.street().map(street::equals).orElse(false);
    }
}
