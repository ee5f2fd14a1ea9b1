package org.estatecare.agreements.company;

import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;

/**
 * Who sees what of a company. Every signed-in role sees the register (names, credit codes, standing
 * are public facts); contacts are personal data, shown to the district, the street and community
 * officers who work with companies, and the company itself.
 */
public final class CompanyAccess {

    private CompanyAccess() {
    }

    public static boolean seesContacts(Caller caller, ServiceCompany company) {
        return caller.hasAny(Role.DISTRICT_ADMIN, Role.STREET_OFFICER, Role.COMMUNITY_OFFICER)
                || (caller.has(Role.SERVICE_COMPANY) && caller.companyId().map(company.id()::equals).orElse(false));
    }
}
