package org.estatecare.agreements.company;

import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who sees what of a company. Every signed-in role sees the register (names, credit codes, standing
 * are public facts); contacts are personal data, shown to the district, the street and community
 * officers who work with companies, and the company itself. Only the district keeps the register.
 */
@Component
public class CompanyAccess implements Access {

    /** The register is public to everyone signed in. */
    @Override
    public Criteria scope(Caller caller) {
        return Access.everything();
    }

    public boolean maySeeContacts(Caller caller, ServiceCompany company) {
        return caller.hasAny(Role.DISTRICT_ADMIN, Role.STREET_OFFICER, Role.COMMUNITY_OFFICER)
                || (caller.has(Role.SERVICE_COMPANY) && caller.companyId().map(company.id().value()::equals).orElse(false));
    }
}
