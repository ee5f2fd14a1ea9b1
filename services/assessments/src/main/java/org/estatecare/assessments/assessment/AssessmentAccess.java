package org.estatecare.assessments.assessment;

import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who sees and moves assessments. The district, auditors, municipal inspectors and the departments see
 * all; a street office its street's, drafts included; a residents' committee, a company and residents
 * see published results only — the committee and residents their community's, the company its own
 * (R-ASM-5 is the district's; R-SUB-2 the street's). The street office computes, confirms and publishes
 * its street's; the district may do all of it.
 */
@Component
public class AssessmentAccess implements Access {

    @Override
    public Criteria scope(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR)) {
            return Access.everything();
        }
        Criteria published = Criteria.where("status").is(AssessmentStatus.PUBLISHED);
        List<Criteria> seen = new ArrayList<>();
        if (caller.has(Role.DEPARTMENT_OFFICER)) {
            seen.add(published);
        }
        if (caller.has(Role.STREET_OFFICER)) {
            caller.street().ifPresent(street -> seen.add(Criteria.where("street").is(street)));
        }
        if (caller.hasAny(Role.COMMUNITY_OFFICER, Role.RESIDENT)) {
            caller.community().ifPresent(community -> seen.add(new Criteria().andOperator(published,
                    Criteria.where("community").is(community))));
        }
        if (caller.has(Role.SERVICE_COMPANY)) {
            caller.companyId().ifPresent(company -> seen.add(new Criteria().andOperator(published,
                    Criteria.where("companyId").is(company))));
        }
        return Access.anyOf(seen);
    }

    /** Computing, confirming and publishing a street's assessments. */
    public boolean mayAssess(Caller caller, String street) {
        return caller.has(Role.DISTRICT_ADMIN)
                || (caller.has(Role.STREET_OFFICER) && caller.street().map(street::equals).orElse(false));
    }
}
