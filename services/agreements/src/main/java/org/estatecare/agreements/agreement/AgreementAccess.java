package org.estatecare.agreements.agreement;

import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who sees and does what with agreements and the reports that hang on them. Reads are scoped in the
 * query, so what lies outside is "not found": the district, auditors, the municipal bureau and the
 * departments see all; a street officer their street; a community officer (the residents' committee)
 * their community; a company its own. Residents read only the quarterly fee publications, which are
 * addressed to them. Commands ask a {@code may…} question and are refused (403) when the answer is no.
 */
@Component
public class AgreementAccess implements Access {

    private static final Role[] SEE_ALL = {Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR, Role.DEPARTMENT_OFFICER};

    /** Scope over documents with {@code street}, {@code community} and {@code companyId} fields. */
    @Override
    public Criteria scope(Caller caller) {
        if (caller.hasAny(SEE_ALL)) {
            return Access.everything();
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
        return Access.anyOf(any);
    }

    /** A quarter's fee publication is addressed to every resident; otherwise as {@link #scope}. */
    public Criteria publicationScope(Caller caller) {
        return caller.has(Role.RESIDENT) ? Access.everything() : scope(caller);
    }

    /** Whether the caller may see the estate at all: one out of sight is "not found" when drafting for it. */
    public boolean maySee(Caller caller, EstateTimeline estate) {
        return caller.hasAny(SEE_ALL) || caller.has(Role.SERVICE_COMPANY) || actsFor(caller, estate.street(), estate.community());
    }

    /** Those acting for the estate draft for it; a company drafts only its own agreements. */
    public boolean mayDraft(Caller caller, EstateTimeline estate, CompanyId company) {
        return actsFor(caller, estate.street(), estate.community()) || isCompany(caller, company);
    }

    /** A draft is revised by either party to it. */
    public boolean mayRevise(Caller caller, Agreement draft) {
        return mayActForEstate(caller, draft) || isCompany(caller, draft.companyId());
    }

    /** The district, the street office and the residents' committee sign, amend, renew and end agreements. */
    public boolean mayActForEstate(Caller caller, Agreement agreement) {
        return actsFor(caller, agreement.street(), agreement.community());
    }

    /** The district records and reports for any company; a company for its own agreements. */
    public boolean mayReportFor(Caller caller, Agreement agreement) {
        return reportsForEveryCompany(caller) || isCompany(caller, agreement.companyId());
    }

    public boolean reportsForEveryCompany(Caller caller) {
        return caller.has(Role.DISTRICT_ADMIN);
    }

    /** The company itself (its users carry its id). */
    public boolean isCompany(Caller caller, CompanyId company) {
        return caller.has(Role.SERVICE_COMPANY) && caller.companyId().map(company.value()::equals).orElse(false);
    }

    private static boolean actsFor(Caller caller, String street, String community) {
        return caller.has(Role.DISTRICT_ADMIN)
                || (caller.has(Role.STREET_OFFICER) && caller.street().map(street::equals).orElse(false))
                || (caller.has(Role.COMMUNITY_OFFICER) && caller.community().map(community::equals).orElse(false));
    }
}
