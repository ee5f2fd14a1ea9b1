package org.estatecare.complaints.complaint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.estatecare.complaints.agreements.AgreementProjection;
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
 * been with.
 */
@Component
public class ComplaintAccess {

    private final AgreementProjection agreements;
    private final Clock clock;

    public ComplaintAccess(AgreementProjection agreements, Clock clock) {
        this.agreements = agreements;
        this.clock = clock;
    }

    public Criteria scope(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR)) {
            return new Criteria();
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
        Set<String> served = servedEstates(caller);
        if (!served.isEmpty()) {
            any.add(Criteria.where("estate.estateId").in(served));
        }
        if (caller.has(Role.RESIDENT)) {
            any.add(Criteria.where("filerSubject").is(caller.subject()));
        }
        return any.isEmpty() ? Criteria.where("_id").exists(false) : new Criteria().orOperator(any);
    }

    /**
     * The district, the complainant, and the public handlers the complaint has been with (street office,
     * residents' committee, department). A company sees the complainant only while the complaint is with
     * it: the company key names the estate, not the company, and a successor must not read what its
     * predecessor handled.
     */
    public boolean seesPersonalData(Caller caller, Complaint complaint) {
        return personalDataVisibleTo(caller).test(complaint);
    }

    /** {@link #seesPersonalData} for the complaints of one answer: the caller's handler keys are looked up once. */
    public Predicate<Complaint> personalDataVisibleTo(Caller caller) {
        List<String> publicKeys = publicHandlerKeys(caller);
        List<String> companyKeys = companyHandlerKeys(caller);
        return complaint -> caller.has(Role.DISTRICT_ADMIN)
                || complaint.filerSubject().map(caller.subject()::equals).orElse(false)
                || publicKeys.stream().anyMatch(complaint.handlers()::contains)
                || (complaint.status().isOpen() && complaint.currentHandler().map(companyKeys::contains).orElse(false));
    }

    /** The district, or whoever the complaint is with now, acknowledges, escalates and resolves it. */
    public boolean mayHandle(Caller caller, Complaint complaint) {
        Optional<String> current = complaint.currentHandler();
        return caller.has(Role.DISTRICT_ADMIN) || current.map(handlerKeys(caller)::contains).orElse(false);
    }

    /** The complainant closes or reopens their complaint; the district may do it for them (hotline). */
    public boolean mayJudge(Caller caller, Complaint complaint) {
        return caller.has(Role.DISTRICT_ADMIN) || complaint.filerSubject().map(caller.subject()::equals).orElse(false);
    }

    /** The handler keys this caller stands for (see {@link Complaint#handlerKey}). */
    List<String> handlerKeys(Caller caller) {
        List<String> keys = publicHandlerKeys(caller);
        keys.addAll(companyHandlerKeys(caller));
        return keys;
    }

    /** A company stands for the estates it serves today. */
    private List<String> companyHandlerKeys(Caller caller) {
        return servedEstates(caller).stream().map(estate -> "SERVICE_COMPANY:" + estate).toList();
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

    /** The estates the caller's company serves today; none for anyone else. */
    private Set<String> servedEstates(Caller caller) {
        if (!caller.has(Role.SERVICE_COMPANY) || caller.companyId().isEmpty()) {
            return Set.of();
        }
        return agreements.estatesServedBy(caller.companyId().get(), Complaint.today(clock.instant()));
    }
}
