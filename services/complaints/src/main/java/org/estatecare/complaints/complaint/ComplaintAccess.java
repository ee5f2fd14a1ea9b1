package org.estatecare.complaints.complaint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.estatecare.complaints.routing.HandlerKind;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.inbox.ServingCompanies;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who sees and does what with complaints. Reads are scoped in the query: the district, auditors and
 * the municipal bureau see all; a street officer their street; a community officer their community; a
 * department officer what was routed to their department; a service company the complaints about the
 * estates it serves today (from {@code agreements.v1}); a resident what they filed. Personal data of
 * the complainant is shown only to the district, the complainant, and the handlers the complaint has
 * been with. Which estates a company serves is looked up only for a company's caller, once per answer.
 */
@Component
public class ComplaintAccess implements Access {

    private final ServingCompanies serving;
    private final Clock clock;

    public ComplaintAccess(ServingCompanies serving, Clock clock) {
        this.serving = serving;
        this.clock = clock;
    }

    @Override
    public Criteria scope(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR)) {
            return Access.everything();
        }
        List<Criteria> any = new ArrayList<>();
        if (caller.has(Role.STREET_OFFICER)) {
            caller.street().ifPresent(street -> any.add(Criteria.where("estate.street").is(street)));
        }
        if (caller.has(Role.COMMUNITY_OFFICER)) {
            caller.community().ifPresent(community -> any.add(Criteria.where("estate.community").is(community)));
        }
        if (caller.has(Role.DEPARTMENT_OFFICER)) {
            caller.department().ifPresent(department -> any.add(Criteria.where("handlers").is("DEPARTMENT:" + department)));
        }
        Set<EstateId> served = servedEstates(caller);
        if (!served.isEmpty()) {
            any.add(Criteria.where("estate.estateId").in(served.stream().map(EstateId::value).toList()));
        }
        if (caller.has(Role.RESIDENT)) {
            any.add(Criteria.where("filerSubject").is(caller.subject()));
        }
        return Access.anyOf(any);
    }

    /**
     * The district, the complainant, and the public handlers the complaint has been with (street office,
     * residents' committee, department). A company sees the complainant only while the complaint is with
     * it: the company key names the estate, not the company, and a successor must not read what its
     * predecessor handled.
     */
    public boolean seesPersonalData(Caller caller, Complaint complaint) {
        return seesAsDistrictFilerOrPublicHandler(caller, complaint, publicHandlerKeys(caller))
                || (complaint.status().isOpen() && withItsCompany(caller, complaint));
    }

    /** {@link #seesPersonalData} for the complaints of one answer: the caller's handler keys are looked up once. */
    public Predicate<Complaint> personalDataVisibleTo(Caller caller) {
        List<String> publicKeys = publicHandlerKeys(caller);
        List<String> companyKeys = servedEstates(caller).stream().map(ComplaintAccess::companyKey).toList();
        return complaint -> seesAsDistrictFilerOrPublicHandler(caller, complaint, publicKeys)
                || (complaint.status().isOpen() && complaint.currentHandler().map(companyKeys::contains).orElse(false));
    }

    /** The district, or whoever the complaint is with now, acknowledges, escalates and resolves it. */
    public boolean mayHandle(Caller caller, Complaint complaint) {
        Optional<String> current = complaint.currentHandler();
        return caller.has(Role.DISTRICT_ADMIN) || current.map(publicHandlerKeys(caller)::contains).orElse(false)
                || withItsCompany(caller, complaint);
    }

    /** The complainant closes or reopens their complaint; the district may do it for them (hotline). */
    public boolean mayJudge(Caller caller, Complaint complaint) {
        return caller.has(Role.DISTRICT_ADMIN) || complaint.filerSubject().map(caller.subject()::equals).orElse(false);
    }

    private static boolean seesAsDistrictFilerOrPublicHandler(Caller caller, Complaint complaint, List<String> publicKeys) {
        return caller.has(Role.DISTRICT_ADMIN) || complaint.filerSubject().map(caller.subject()::equals).orElse(false)
                || publicKeys.stream().anyMatch(complaint.handlers()::contains);
    }

    /** The complaint is with the service company step, and the caller's company serves its estate today. */
    private boolean withItsCompany(Caller caller, Complaint complaint) {
        boolean withACompany = complaint.assignment().map(a -> a.step().kind() == HandlerKind.SERVICE_COMPANY).orElse(false);
        return withACompany && company(caller)
                .map(company -> serving.serves(company, complaint.estate().estateId(), Complaint.today(clock.instant())))
                .orElse(false);
    }

    /** The keys of the public handlers (street office, residents' committee, department) this caller stands for. */
    private static List<String> publicHandlerKeys(Caller caller) {
        List<String> keys = new ArrayList<>();
        if (caller.has(Role.STREET_OFFICER)) {
            caller.street().ifPresent(street -> keys.add("STREET_OFFICE:" + street));
        }
        if (caller.has(Role.COMMUNITY_OFFICER)) {
            caller.community().ifPresent(community -> keys.add("RESIDENTS_COMMITTEE:" + community));
        }
        if (caller.has(Role.DEPARTMENT_OFFICER)) {
            caller.department().ifPresent(department -> keys.add("DEPARTMENT:" + department));
        }
        return keys;
    }

    /** A company stands for the estates it serves today ({@link Complaint#handlerKey}). */
    private static String companyKey(EstateId estate) {
        return HandlerKind.SERVICE_COMPANY.name() + ":" + estate.value();
    }

    private static Optional<CompanyId> company(Caller caller) {
        return caller.has(Role.SERVICE_COMPANY) ? caller.companyId().map(CompanyId::new) : Optional.empty();
    }

    /** The estates the caller's company serves today; none for anyone else. */
    private Set<EstateId> servedEstates(Caller caller) {
        return company(caller).map(company -> serving.estatesServedBy(company, Complaint.today(clock.instant())))
                .orElse(Set.of());
    }
}
