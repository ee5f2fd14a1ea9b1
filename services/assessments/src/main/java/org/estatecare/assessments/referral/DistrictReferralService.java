package org.estatecare.assessments.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.OptionalLong;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.estatecare.assessments.inspection.EstateFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Problems with the district to coordinate (R-DIST-1). The district, municipal inspectors and auditors see every
 * referral, a street office its street's. Only the district refers a major or legacy problem to itself and records how
 * each was settled.
 */
@Service
@Implements("R-DIST-1")
public class DistrictReferralService {

    private static final Logger log = LoggerFactory.getLogger(DistrictReferralService.class);

    private final DistrictReferrals referrals;
    private final EstateFacts estates;
    private final Clock clock;

    public DistrictReferralService(DistrictReferrals referrals, EstateFacts estates, Clock clock) {
        this.referrals = referrals;
        this.estates = estates;
        this.clock = clock;
    }

    Criteria scope(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.MUNICIPAL_INSPECTOR, Role.AUDITOR)) {
            return Access.everything();
        }
        if (caller.has(Role.STREET_OFFICER)) {
            return caller.street().map(street -> Criteria.where("street").is(street)).orElseGet(Access::nothing);
        }
        return Access.nothing();
    }

    @PreAuthorize("hasAnyRole('district-admin','municipal-inspector','auditor','street-officer')")
    public DistrictReferral get(ReferralId id, Caller caller) {
        return referrals.get(id, scope(caller));
    }

    @PreAuthorize("hasAnyRole('district-admin','municipal-inspector','auditor','street-officer')")
    public Page<DistrictReferral> list(String street, DistrictReferral.Status status, Pageable page, Caller caller) {
        Criteria criteria = new Criteria();
        if (street != null) {
            criteria.and("street").is(street);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        return referrals.page(new Criteria().andOperator(scope(caller), criteria), PageRequest.of(page.getPageNumber(),
                page.getPageSize(), Sort.by(Sort.Direction.DESC, "raisedOn").and(Sort.by("_id"))));
    }

    /** A major or legacy problem raised with the district; an estate named must lie in the street (422). */
    @PreAuthorize("hasRole('district-admin')")
    public DistrictReferral raise(DistrictReferral.Kind kind, String street, EstateId estate, String description, Caller caller) {
        if (estate != null && !estates.find(estate).map(t -> street.equals(t.street())).orElse(false)) {
            throw new RuleViolationException(new Violation(DistrictReferral.RULE, "estate-of-another-street",
                    "estate " + estate + " is not known as one of " + street + "'s estates", "estateId"));
        }
        DistrictReferral referral = referrals.add(DistrictReferral.raise(kind, street, estate, description, caller.username(), today()));
        log.info("problem referred to the district: id={} kind={} street={}", referral.id(), kind, street);
        return referral;
    }

    @PreAuthorize("hasRole('district-admin')")
    public DistrictReferral settle(ReferralId id, String how, LocalDate settledOn, OptionalLong ifMatch, Caller caller) {
        DistrictReferral settled = referrals.update(id, scope(caller), ifMatch,
                referral -> referral.settle(how, settledOn, caller.username(), today(), clock.instant()));
        log.info("district referral settled: id={}", id);
        return settled;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }
}
