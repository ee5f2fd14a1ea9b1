package org.estatecare.assessments.scheme;

import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes schemes. Approved versions are public to everyone signed in: a company, a
 * committee or a resident can recompute a published score only with the rules that made it. Open and
 * rejected versions are the street's and the district's business. A street's officers draft and submit
 * its versions (R-ASM-1); only the district approves or rejects them, and keeps its own default.
 */
@Component
public class SchemeAccess implements Access {

    @Override
    public Criteria scope(Caller caller) {
        return Access.everything();
    }

    /** Drafts, submissions and rejections: the district-wide roles and the scheme's own street. */
    public boolean maySeeUnapproved(Caller caller, SchemeId scheme) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR)) {
            return true;
        }
        if (!caller.hasAny(Role.STREET_OFFICER, Role.COMMUNITY_OFFICER)) {
            return false;
        }
        // every street is scored by the district's scheme where it has none of its own
        return scheme.isDistrict() || caller.street().equals(scheme.street());
    }

    public boolean mayDraft(Caller caller, SchemeId scheme) {
        return scheme.isDistrict()
                ? caller.has(Role.DISTRICT_ADMIN)
                : caller.has(Role.STREET_OFFICER) && caller.street().equals(scheme.street());
    }

    public boolean mayDecide(Caller caller) {
        return caller.has(Role.DISTRICT_ADMIN);
    }
}
