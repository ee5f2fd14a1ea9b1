package org.estatecare.agreements.agreement;

import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Who sees and does what with agreements and the reports that hang on them. Reads are scoped in the
 * query: the district, auditors, the municipal bureau and the departments see all; a street officer
 * their street; a community officer (the residents' committee) their community; a company its own.
 * Residents read only the quarterly fee publications, which are addressed to them.
 */
public final class AgreementAccess {

    private AgreementAccess() {
    }

    /** Scope over documents with {@code street}, {@code community} and {@code companyId} fields. */
    public static Criteria scope(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR, Role.DEPARTMENT_OFFICER)) {
            return new Criteria();
        }
        List<Criteria> any = new ArrayList<>();
        if (caller.has(Role.STREET_OFFICER)) {
            caller.street().ifPresent(street -> any.add(Criteria.where("street").is(street)));
        }
        if (caller.has(Role.COMMUNITY_OFFICER)) {
            caller.community().ifPresent(community -> any.add(Criteria.where("community").is(community)));
        }
        if (caller.has(Role.SERVICE_COMPANY)) {
            caller.companyId().ifPresent(company -> any.add(Criteria.where("companyId").is(company)));
        }
        return any.isEmpty() ? Criteria.where("_id").exists(false) : new Criteria().orOperator(any);
    }

    /** Whether the caller may see an estate's agreements at all (same rule as {@link #scope}, for one estate). */
    public static boolean seesEstate(Caller caller, String street, String community) {
        return caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR, Role.DEPARTMENT_OFFICER)
                || (caller.has(Role.STREET_OFFICER) && caller.street().map(street::equals).orElse(false))
                || (caller.has(Role.COMMUNITY_OFFICER) && caller.community().map(community::equals).orElse(false));
    }

    /** The district, the street office and the residents' committee act for the estate's side. */
    public static boolean actsForEstate(Caller caller, String street, String community) {
        return caller.has(Role.DISTRICT_ADMIN)
                || (caller.has(Role.STREET_OFFICER) && caller.street().map(street::equals).orElse(false))
                || (caller.has(Role.COMMUNITY_OFFICER) && caller.community().map(community::equals).orElse(false));
    }

    /** The company itself (its users carry its id). */
    public static boolean isCompany(Caller caller, String companyId) {
        return caller.has(Role.SERVICE_COMPANY) && caller.companyId().map(companyId::equals).orElse(false);
    }
}
