package org.estatecare.assessments.meeting;

import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who sees and runs joint meetings (R-JOINT-1). The district, municipal inspectors and auditors see every street's; a
 * street office and the residents' committees of its street see the street's; a department or a company the meetings it
 * is a member of. The street office convenes its meetings and keeps their minutes (the district may on its behalf); an
 * action item is reported done by its owner, the street office or the district.
 */
@Component
@Implements("R-JOINT-1")
public class JointMeetingAccess implements Access {

    @Override
    public Criteria scope(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR)) {
            return Access.everything();
        }
        List<Criteria> seen = new ArrayList<>();
        if (caller.hasAny(Role.STREET_OFFICER, Role.COMMUNITY_OFFICER)) {
            caller.street().ifPresent(street -> seen.add(Criteria.where("street").is(street)));
        }
        if (caller.has(Role.DEPARTMENT_OFFICER)) {
            caller.department().flatMap(Department::ofClaim)
                    .ifPresent(department -> seen.add(Criteria.where("members.departments").is(department.name())));
        }
        if (caller.has(Role.SERVICE_COMPANY)) {
            caller.companyId().ifPresent(company -> seen.add(Criteria.where("members.companies").is(company)));
        }
        return Access.anyOf(seen);
    }

    /** The street office of {@code street}, or the district on its behalf. */
    public boolean mayRun(Caller caller, String street) {
        return caller.has(Role.DISTRICT_ADMIN)
                || caller.has(Role.STREET_OFFICER) && caller.street().map(street::equals).orElse(false);
    }

    /** The action item's owner, the meeting's street office, or the district. */
    public boolean mayComplete(Caller caller, JointMeeting meeting, ActionItem item) {
        return mayRun(caller, meeting.street()) || item.owner().isSpokenForBy(caller);
    }
}
