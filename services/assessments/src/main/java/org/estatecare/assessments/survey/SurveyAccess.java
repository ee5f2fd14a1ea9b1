package org.estatecare.assessments.survey;

import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who runs and sees satisfaction surveys. The street office runs its street's (R-ASM-4): opens them, issues codes,
 * enters paper forms and closes them. The district, auditors and municipal inspectors see every survey; a street
 * office its street's and a residents' committee its community's, open or closed; a company the closed results of
 * the estates it served at the period's end; residents the closed results of their community. Nobody sees a single
 * answer or a code after it was issued: a survey keeps neither.
 */
@Component
@Implements("R-ASM-4")
public class SurveyAccess implements Access {

    @Override
    public Criteria scope(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR)) {
            return Access.everything();
        }
        Criteria closed = Criteria.where("status").is(SurveyStatus.CLOSED);
        List<Criteria> seen = new ArrayList<>();
        if (caller.has(Role.STREET_OFFICER)) {
            caller.street().ifPresent(street -> seen.add(Criteria.where("street").is(street)));
        }
        if (caller.has(Role.COMMUNITY_OFFICER)) {
            caller.community().ifPresent(community -> seen.add(Criteria.where("community").is(community)));
        }
        if (caller.has(Role.SERVICE_COMPANY)) {
            caller.companyId().ifPresent(company -> seen.add(new Criteria().andOperator(closed,
                    Criteria.where("companyId").is(company))));
        }
        if (caller.has(Role.RESIDENT)) {
            caller.community().ifPresent(community -> seen.add(new Criteria().andOperator(closed,
                    Criteria.where("community").is(community))));
        }
        return Access.anyOf(seen);
    }

    /** Opening, issuing codes, entering paper forms and closing: the street office of the estate's street. */
    public boolean mayRun(Caller caller, String street) {
        return caller.has(Role.STREET_OFFICER) && caller.street().map(street::equals).orElse(false);
    }
}
