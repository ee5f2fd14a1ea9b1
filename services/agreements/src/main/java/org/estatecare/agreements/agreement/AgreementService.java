package org.estatecare.agreements.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;

import org.estatecare.agreements.company.Companies;
import org.estatecare.agreements.company.ServiceCompany;
import org.estatecare.agreements.fee.Fee;
import org.estatecare.agreements.fee.FeePolicy;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Drafting, signing, amending, renewing and ending agreements, for callers allowed to; and following the estates. */
@Service
public class AgreementService {

    private static final Logger log = LoggerFactory.getLogger(AgreementService.class);
    private static final Criteria ALL = new Criteria();

    private final Agreements agreements;
    private final TermClaims claims;
    private final AgreementAccess access;
    private final EstateTimelines estates;
    private final Companies companies;
    private final FeePolicy fees;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AgreementService(Agreements agreements, TermClaims claims, AgreementAccess access, EstateTimelines estates,
                            Companies companies, FeePolicy fees, ApplicationEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.claims = claims;
        this.access = access;
        this.estates = estates;
        this.companies = companies;
        this.fees = fees;
        this.events = events;
        this.clock = clock;
    }

    /** What a draft or its revision says; the company is fixed at drafting. */
    public record Draft(CompanyId companyId, LocalDate termStart, LocalDate termEnd, BasicServices basicServices,
                        List<ExtraService> extras, Fee fee) {
    }

    /** What an amendment says. */
    public record Amendment(LocalDate effectiveFrom, BasicServices basicServices, List<ExtraService> extras, Fee fee,
                            String reason) {
    }

    /**
     * Drafts an agreement for an estate: by those acting for the estate (district, its street office,
     * its residents' committee), or by a company for itself.
     */
    @PreAuthorize("hasAnyRole('district-admin','street-officer','community-officer','service-company')")
    public Agreement draft(EstateId estateId, Draft draft, Caller caller) {
        EstateTimeline estate = estateFor(estateId, caller);
        if (!access.mayDraft(caller, estate, draft.companyId())) {
            throw new AccessDeniedException("a company drafts only its own agreements");
        }
        ServiceCompany company = company(draft.companyId());
        Agreement agreement = agreements.add(Agreement.draft(new AgreementId(UUID.randomUUID().toString()), estate,
                companies, new Agreement.Proposal(company.id(), company.name(), draft.termStart(), draft.termEnd(),
                        draft.basicServices(), draft.extras(), draft.fee()), null, caller.username(), clock.instant()));
        log.info("agreement drafted: id={} estate={} company={}", agreement.id(), estateId, company.id());
        return agreement;
    }

    @PreAuthorize("hasAnyRole('district-admin','street-officer','community-officer','service-company')")
    public Agreement revise(AgreementId id, Draft draft, OptionalLong ifMatch, Caller caller) {
        return agreements.update(id, access.scope(caller), ifMatch, agreement -> {
            if (!access.mayRevise(caller, agreement)) {
                throw new AccessDeniedException("not a party to this draft");
            }
            if (draft.companyId() != null && !draft.companyId().equals(agreement.companyId())) {
                throw new IllegalArgumentException("the company of a draft does not change; draft a new agreement");
            }
            agreement.revise(announced(agreement.estateId()), new Agreement.Proposal(agreement.companyId(),
                    agreement.companyName(), draft.termStart(), draft.termEnd(), draft.basicServices(), draft.extras(),
                    draft.fee()), caller.username(), clock.instant());
        });
    }

    /** Records the signing (R-AGR-1) by the estate's side, under the estate's claim on the term. */
    @PreAuthorize("hasAnyRole('district-admin','street-officer','community-officer')")
    public Agreement sign(AgreementId id, LocalDate signedOn, OptionalLong ifMatch, Caller caller) {
        Instant now = clock.instant();
        LocalDate on = signedOn == null ? Agreement.today(now) : signedOn;
        Agreement signed = claims.signUnderClaim(id, access.scope(caller), ifMatch, agreement -> {
            requireEstateSide(caller, agreement);
            agreement.sign(on, announced(agreement.estateId()), companies, fees, caller.username(), now);
        });
        // an exit announced while this signing was under way is applied now (scheduled, or ended if its day has come)
        if (estate(signed.estateId()).map(e -> e.exitFrom() != null).orElse(false)) {
            followEstate(signed.estateId());
            return agreements.get(id, ALL);
        }
        return signed;
    }

    @PreAuthorize("hasAnyRole('district-admin','street-officer','community-officer')")
    public Agreement amend(AgreementId id, Amendment amendment, OptionalLong ifMatch, Caller caller) {
        return asEstateSide(id, ifMatch, caller, agreement -> agreement.amend(amendment.effectiveFrom(), amendment.basicServices(),
                amendment.extras(), amendment.fee(), amendment.reason(), fees, caller.username(), clock.instant()));
    }

    @PreAuthorize("hasAnyRole('district-admin','street-officer','community-officer')")
    public Agreement terminate(AgreementId id, LocalDate lastDay, TerminationReason reason, String note, OptionalLong ifMatch,
                               Caller caller) {
        if (reason == TerminationReason.ESTATE_EXITED) {
            throw new IllegalArgumentException("ESTATE_EXITED follows from the registry's exit event, not from a request");
        }
        Agreement ended = asEstateSide(id, ifMatch, caller,
                agreement -> agreement.terminate(lastDay, reason, note, caller.username(), clock.instant()));
        claims.follow(ended);
        log.info("agreement terminated: id={} lastDay={} reason={}", id, ended.lastDayInForce(), reason);
        return ended;
    }

    /** A draft of the next term (same company, current terms), from the day after this one ends. */
    @PreAuthorize("hasAnyRole('district-admin','street-officer','community-officer')")
    public Agreement renew(AgreementId id, LocalDate nextEnd, Caller caller) {
        Agreement current = agreements.get(id, access.scope(caller));
        requireEstateSide(caller, current);
        Agreement next = agreements.add(Agreement.draft(new AgreementId(UUID.randomUUID().toString()),
                announced(current.estateId()), companies, current.nextTerm(nextEnd), current.id(),
                caller.username(), clock.instant()));
        log.info("renewal drafted: id={} renews={}", next.id(), id);
        return next;
    }

    public Agreement get(AgreementId id, Caller caller) {
        return agreements.get(id, access.scope(caller));
    }

    public Page<Agreement> list(AgreementFilter filter, Pageable page, Caller caller) {
        return agreements.search(filter, access.scope(caller), page);
    }

    /**
     * Brings the estate's agreements in line with what the registry announced, as of today: a move to
     * another street or community moves them (scope follows); an exit whose day has come ends every one
     * still in force after it, also one ended early with a later last day (R-EXIT-2), while an exit dated
     * later only flags them — they run until the day before; a mode other than "service company" in force
     * today flags them (R-MODE-1), one dated later waits for its day (the calendar brings it). Driven by
     * events and the calendar; repeating it changes nothing.
     */
    public void followEstate(EstateId estateId) {
        estate(estateId).ifPresent(this::followEstate);
    }

    /** As {@link #followEstate(EstateId)}, with the estate's timeline at hand (just applied from its event). */
    public void followEstate(EstateTimeline estate) {
        Instant now = clock.instant();
        EstateId estateId = new EstateId(estate.estateId());
        for (Agreement any : agreements.ofEstate(estateId)) {
            keepUp(any, estate, now);
        }
        events.publishEvent(new EstateTerritory(estateId, estate.street(), estate.community()));
    }

    /**
     * One agreement brought in line with its estate ({@code null}: not announced) and the calendar as of
     * {@code now}: the estate first (an exit took effect before the term's end), then the term's start or
     * end. Decided first on {@code read}, a copy the caller gives up: one already in line is not written.
     * Returns whether it changed.
     */
    public boolean keepUp(Agreement read, EstateTimeline estate, Instant now) {
        Agreement after = read;
        boolean changed = catchUp(read, estate, now);
        if (changed) {
            after = agreements.update(read.id(), ALL, OptionalLong.empty(), agreement -> catchUp(agreement, estate, now));
        }
        // also when nothing changed: a claim left long by a stop between the end and its shortening is shortened now
        if (after.status() == AgreementStatus.TERMINATED
                && TerminationReason.ESTATE_EXITED.name().equals(after.endReason().orElse(null))) {
            claims.follow(after);
            if (changed) {
                log.info("agreement ended by the estate's exit: id={} estate={} lastDay={}", after.id(), after.estateId(),
                        after.lastDayInForce());
            }
        }
        return changed;
    }

    private static boolean catchUp(Agreement agreement, EstateTimeline estate, Instant now) {
        boolean changed = estate != null && agreement.followEstate(estate, Agreement.today(now), now);
        changed |= agreement.expireIfDue(now);
        changed |= agreement.activateIfDue(now);
        return changed;
    }

    /** The estate as the registry has announced it, if it has. */
    public Optional<EstateTimeline> estate(EstateId estateId) {
        return estates.find(estateId);
    }

    /** Where an estate lies now, as the registry last said: reports that belong to it follow. */
    public record EstateTerritory(EstateId estateId, String street, String community) {
    }

    private Agreement asEstateSide(AgreementId id, OptionalLong ifMatch, Caller caller, Consumer<Agreement> command) {
        return agreements.update(id, access.scope(caller), ifMatch, agreement -> {
            requireEstateSide(caller, agreement);
            command.accept(agreement);
        });
    }

    private void requireEstateSide(Caller caller, Agreement agreement) {
        if (!access.mayActForEstate(caller, agreement)) {
            throw new AccessDeniedException("only the estate's side signs, amends, renews and ends agreements");
        }
    }

    /** The estate of an agreement: announced before the agreement could be drafted. */
    private EstateTimeline announced(EstateId estateId) {
        return estate(estateId).orElseThrow();
    }

    /** The estate as this service knows it; one the caller may not see is not found, one never announced is 422. */
    private EstateTimeline estateFor(EstateId estateId, Caller caller) {
        EstateTimeline estate = estate(estateId).orElseThrow(() -> new RuleViolationException(
                new Violation("R-PRIN-1", "unknown-estate", "estate " + estateId + " is not known here")));
        if (!access.maySee(caller, estate)) {
            throw new NotFoundException("estate", estateId.value());
        }
        return estate;
    }

    private ServiceCompany company(CompanyId companyId) {
        return companies.find(companyId, ALL).orElseThrow(() -> new RuleViolationException(
                new Violation("R-AGR-1", "unknown-company", "company " + companyId + " is not registered")));
    }
}
