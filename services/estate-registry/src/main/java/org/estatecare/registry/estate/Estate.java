package org.estatecare.registry.estate;

import org.estatecare.events.ids.EstateId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.events.estates.EstateDetailsChanged;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateNotIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.estates.Location;
import org.estatecare.events.estates.ManagementCommitteeChanged;
import org.estatecare.events.estates.MaintenanceNamed;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * A renovated old residential estate and its place in the long-term management scheme. It changes
 * only through commands that check the policy; each accepted command appends to the history and,
 * where other services care, records an event that leaves with the same write.
 *
 * <p>A decision is recorded, and its event published, when it is made; it takes effect on its date.
 * The steps into the scheme are facts that happened (never dated after today), so only an exit or a
 * management mode can lie ahead: the estate keeps them with their dates and answers
 * {@link #statusOn} and {@link #managementModeOn} for any day. {@code status} and
 * {@code managementMode} are also stored as of a business day ({@code asOf}) for lists, filters and
 * counts; {@link #bringUpTo} moves them to another day, and {@code nextChangeOn} says when the stored
 * values stop being true.
 */
@Implements({"R-TAKE-1", "R-TAKE-2", "R-ELIG-1", "R-ELIG-2", "R-EXIT-1", "R-EXIT-2", "R-MODE-1", "R-COMM-1", "R-MAINT-1"})
public class Estate extends Aggregate<EstateId> {

    /** Shown as the current state of an estate whose exit is decided but not yet in effect. */
    static final String EXIT_SCHEDULED = "EXIT_SCHEDULED";
    /** The state a direct exit or a second application meets while an application waits for the district. */
    static final String EXIT_APPLICATION_PENDING = "EXIT_APPLICATION_PENDING";

    private EstateDetails details;
    /** The status in force on {@code asOf}. */
    private EstateStatus status;
    private Instant registeredAt;
    private LocalDate takeoverAcceptedOn;
    /** Every takeover acceptance attempt, in order; estates accepted before attempts were kept have none. */
    private List<TakeoverAttempt> takeoverAttempts = new ArrayList<>();
    private LocalDate filedOn;
    private LocalDate includedOn;
    private String notIncludedReason;
    private LocalDate notIncludedOn;
    /** The exit as decided; it may take effect after today (R-EXIT-2). */
    private ExitRecord exit;
    /** Every application to exit (R-EXIT-1), oldest first. */
    private List<ExitApplication> exitApplications = new ArrayList<>();
    /** The application waiting for the district's decision, if any: at most one, and what lists of pending ones select on. */
    private String pendingExitApplicationId;
    private List<ModeSpell> modeHistory = new ArrayList<>();
    /** The mode in force on {@code asOf}, kept beside {@code modeHistory} so lists can filter by mode. */
    private ManagementMode managementMode;
    /** The business day {@code status} and {@code managementMode} hold for. */
    private LocalDate asOf;
    /** The first day after {@code asOf} on which a decided change takes effect; {@code null} when none is ahead. */
    private LocalDate nextChangeOn;
    private Committee committee = Committee.NONE_YET;
    private Maintenance maintenance = Maintenance.NOT_NAMED;
    /** Who provides each basic service while no company serves the estate (R-SCOPE-1); empty until named. */
    private List<ServiceProvider> serviceProviders = new ArrayList<>();
    private List<HistoryEntry<EstateStatus>> history = new ArrayList<>();

    private Estate() {
        // for the mapper
    }

    private Estate(EstateId id) {
        super(id);
    }

    @Override
    public EstateId id() {
        return new EstateId(storedId());
    }

    /** Enters a renovated estate into the registry (status {@code REGISTERED}). */
    public static Estate register(EstateId id, EstateDetails details, Decision decision, Instant now) {
        LocalDate today = BusinessDates.dayOf(now);
        List<Violation> violations = renovationDateProblems(details.renovation(), today);
        BusinessDates.throwIfAny(violations);
        Estate estate = new Estate(id);
        estate.details = details;
        estate.registeredAt = now;
        estate.append("registered", now, null, decision, null, EstateStatus.REGISTERED);
        estate.record(EstateEvents.REGISTERED, new EstateRegistered(id.value(), details.name(), details.street(),
                details.community(), details.address(), details.buildings(), details.households(),
                details.floorArea().squareMetres(), announced(details.location())), now);
        estate.bringUpTo(today);
        return estate;
    }

    private static Location announced(GeoLocation location) {
        return location == null ? null : new Location(location.latitude(), location.longitude());
    }

    /** Replaces the descriptive facts from today on. */
    public void changeDetails(EstateDetails newDetails, Decision decision, Instant now) {
        changeDetails(newDetails, null, decision, now);
    }

    /**
     * Replaces the descriptive facts. Households and floor area hold from {@code effectiveFrom} (today when null): a
     * correction may date back, never ahead (R-SUB-1, subsidies are reckoned by them day by day). An estate whose exit
     * has taken effect is closed for changes.
     */
    public void changeDetails(EstateDetails newDetails, LocalDate effectiveFrom, Decision decision, Instant now) {
        LocalDate today = BusinessDates.dayOf(now);
        requireNotExitedOn(today, "change-details");
        LocalDate sizesFrom = effectiveFrom == null ? today : effectiveFrom;
        BusinessDates.requireInRange("effectiveFrom", sizesFrom);
        Renovation renovation = newDetails.renovation();
        List<Violation> violations = renovationDateProblems(renovation, today);
        BusinessDates.notInTheFuture(violations, "R-SUB-1", "effectiveFrom", sizesFrom, today);
        if (takeoverAcceptedOn != null && renovation.acceptedOn() != null && takeoverAcceptedOn.isBefore(renovation.acceptedOn())) {
            violations.add(new Violation("R-TAKE-1", "takeover-before-renovation-acceptance", "the renovation acceptance of "
                    + renovation.acceptedOn() + " is after the takeover acceptance of " + takeoverAcceptedOn,
                    "renovation.acceptedOn"));
        }
        BusinessDates.throwIfAny(violations);
        details = newDetails;
        append("details-changed", now, null, decision, null, statusOn(today));
        record(EstateEvents.DETAILS_CHANGED, new EstateDetailsChanged(storedId(), newDetails.name(), newDetails.street(),
                newDetails.community(), newDetails.address(), newDetails.buildings(), newDetails.households(),
                newDetails.floorArea().squareMetres(), sizesFrom, announced(newDetails.location())), now);
        bringUpTo(today);
    }

    /**
     * R-TAKE-1, R-TAKE-2: an attempt at the municipal civil affairs bureau's takeover acceptance against
     * the standard: dated not after today, not before the renovation's acceptance where that date is known
     * and not before the previous attempt; every item of the standard checked. Only a pass moves the estate
     * on (to {@code TAKEOVER_ACCEPTED}); a fail is kept with the items to put right and the estate awaits a
     * re-acceptance. Every attempt is kept, numbered.
     */
    public TakeoverAttempt acceptTakeover(LocalDate acceptedOn, List<ItemCheck> items, Decision decision, Recorder recorder,
                                          Instant now) {
        requireDecided("accept-takeover", EstateStatus.REGISTERED);
        LocalDate today = BusinessDates.dayOf(now);
        BusinessDates.requireInRange("acceptedOn", acceptedOn);
        List<Violation> violations = new ArrayList<>();
        BusinessDates.notInTheFuture(violations, "R-TAKE-1", "acceptedOn", acceptedOn, today);
        LocalDate renovationAccepted = details.renovation().acceptedOn();
        if (renovationAccepted != null && acceptedOn.isBefore(renovationAccepted)) {
            violations.add(new Violation("R-TAKE-1", "takeover-before-renovation-acceptance", "takeover acceptance "
                    + acceptedOn + " is before the renovation's acceptance of " + renovationAccepted, "acceptedOn"));
        }
        lastTakeoverAttempt().filter(last -> acceptedOn.isBefore(last.acceptedOn())).ifPresent(last ->
                violations.add(new Violation("R-TAKE-1", "before-previous-attempt", "re-acceptance " + acceptedOn
                        + " is before the previous attempt of " + last.acceptedOn(), "acceptedOn")));
        violations.addAll(TakeoverAttempt.checklistProblems(items));
        BusinessDates.throwIfAny(violations);
        TakeoverAttempt attempt = TakeoverAttempt.of(takeoverAttempts.size() + 1, acceptedOn, items, recorder, decision, now);
        takeoverAttempts.add(attempt);
        if (attempt.result() == TakeoverResult.PASS) {
            takeoverAcceptedOn = acceptedOn;
            append("takeover-accepted", now, acceptedOn, decision, EstateStatus.REGISTERED, EstateStatus.TAKEOVER_ACCEPTED);
        } else {
            append("takeover-failed", now, acceptedOn, decision, EstateStatus.REGISTERED, EstateStatus.REGISTERED);
        }
        changed();
        bringUpTo(today);
        return attempt;
    }

    /** R-TAKE-1: the last attempt failed and no pass has followed; the estate waits for a re-acceptance. */
    public boolean awaitsReAcceptance() {
        return takeoverAcceptedOn == null && lastTakeoverAttempt().map(a -> a.result() == TakeoverResult.FAIL).orElse(false);
    }

    private Optional<TakeoverAttempt> lastTakeoverAttempt() {
        return takeoverAttempts.isEmpty() ? Optional.empty() : Optional.of(takeoverAttempts.get(takeoverAttempts.size() - 1));
    }

    /** R-TAKE-1: the district civil affairs bureau files the materials with the municipal bureau (报备). */
    public void file(LocalDate filed, Decision decision, Instant now) {
        requireDecided("file", EstateStatus.TAKEOVER_ACCEPTED);
        LocalDate today = BusinessDates.dayOf(now);
        BusinessDates.requireInRange("filedOn", filed);
        List<Violation> violations = new ArrayList<>();
        BusinessDates.notInTheFuture(violations, "R-TAKE-1", "filedOn", filed, today);
        if (filed.isBefore(takeoverAcceptedOn)) {
            violations.add(new Violation("R-TAKE-1", "filed-before-takeover",
                    "filing date " + filed + " is before the takeover acceptance of " + takeoverAcceptedOn, "filedOn"));
        }
        BusinessDates.throwIfAny(violations);
        filedOn = filed;
        append("filed", now, filed, decision, EstateStatus.TAKEOVER_ACCEPTED, EstateStatus.FILED);
        changed();
        bringUpTo(today);
    }

    /**
     * Includes the estate in long-term management under a management mode. R-TAKE-1: only after
     * takeover acceptance and filing (else 409), dated not before the filing and not after today.
     * R-ELIG-1: all three renovation conditions must hold; a refusal names every one that fails.
     */
    public void include(LocalDate included, ManagementMode mode, Decision decision, Instant now) {
        requireDecided("include", EstateStatus.FILED);
        LocalDate today = BusinessDates.dayOf(now);
        BusinessDates.requireInRange("includedOn", included);
        List<Violation> violations = new ArrayList<>(eligibilityProblems(details.renovation()));
        if (included.isBefore(filedOn)) {
            violations.add(new Violation("R-TAKE-1", "included-before-filing",
                    "inclusion date " + included + " is before the filing of " + filedOn, "includedOn"));
        }
        BusinessDates.notInTheFuture(violations, "R-TAKE-1", "includedOn", included, today);
        BusinessDates.throwIfAny(violations);
        includedOn = included;
        startMode(mode, included);
        append("included", now, included, decision, EstateStatus.FILED, EstateStatus.INCLUDED);
        record(EstateEvents.INCLUDED, new EstateIncluded(storedId(), details.street(), details.community(), included, mode.name()), now);
        bringUpTo(today);
    }

    /** R-ELIG-1: the failed conditions among approval, qualified acceptance and municipal subsidy. */
    public static List<Violation> eligibilityProblems(Renovation renovation) {
        List<Violation> violations = new ArrayList<>();
        if (!renovation.municipallyApproved()) {
            violations.add(new Violation("R-ELIG-1", "municipal-approval",
                    "the renovation has no municipal government approval (document number and date)"));
        }
        if (!renovation.acceptedAsQualified()) {
            violations.add(new Violation("R-ELIG-1", "accepted-as-qualified",
                    "the renovation has not been accepted as qualified"));
        }
        if (!renovation.municipalSubsidy()) {
            violations.add(new Violation("R-ELIG-1", "municipal-subsidy",
                    "the estate does not receive the municipal financial subsidy"));
        }
        return violations;
    }

    /**
     * R-ELIG-2: the estate is not included; its street office or owner manages it through the original
     * channel and it earns no subsidy from the scheme. Possible while the estate is on its way in; the
     * decision is a fact of today or earlier, not before the estate's last recorded step.
     */
    public void decideNotToInclude(LocalDate decidedOn, String reason, Decision decision, Instant now) {
        if (!decided().isPending()) {
            throw new StateConflictException("decide-not-to-include", currentState());
        }
        LocalDate today = BusinessDates.dayOf(now);
        BusinessDates.requireInRange("decidedOn", decidedOn);
        List<Violation> violations = new ArrayList<>();
        BusinessDates.notInTheFuture(violations, "R-ELIG-2", "decidedOn", decidedOn, today);
        LocalDate lastStep = filedOn != null ? filedOn : takeoverAcceptedOn;
        if (lastStep != null && decidedOn.isBefore(lastStep)) {
            violations.add(new Violation("R-ELIG-2", "before-last-step", "non-inclusion date " + decidedOn
                    + " is before the estate's last recorded step on " + lastStep, "decidedOn"));
        }
        BusinessDates.throwIfAny(violations);
        EstateStatus before = decided();
        notIncludedReason = reason;
        notIncludedOn = decidedOn;
        append("not-included", now, decidedOn, decision, before, EstateStatus.NOT_INCLUDED);
        record(EstateEvents.NOT_INCLUDED, new EstateNotIncluded(storedId(), details.street(), details.community(), decidedOn, reason), now);
        bringUpTo(today);
    }

    /**
     * R-EXIT-1: an included estate exits for one of three reasons, effective on a date that is not
     * before its inclusion and at most {@link BusinessDates#SCHEDULING_HORIZON} ahead. R-EXIT-2:
     * subsidies stop from that date. The decision and its event are recorded now; the estate stays
     * {@code INCLUDED} until the effective date and is {@code EXITED} from it. A mode scheduled for the
     * exit day or later is dropped: it would never take effect.
     */
    public void exit(ExitReason reason, LocalDate effectiveDate, Decision decision, Instant now) {
        requireDecided("exit", EstateStatus.INCLUDED);
        if (pendingExitApplicationId != null) {
            // the district decides the pending application instead, so that it is closed with the exit
            throw new StateConflictException("exit", EXIT_APPLICATION_PENDING);
        }
        decideExit(reason, effectiveDate, decision, now);
    }

    /**
     * R-EXIT-1: an application to exit, by the street office or for the property owner, for one of the
     * three reasons with its evidence (documents), proposing an effective date that is not before the
     * inclusion and at most {@link BusinessDates#SCHEDULING_HORIZON} ahead. An owner asking to manage the
     * estate themselves applies as the owner. One application is pending at a time; it changes nothing
     * about the estate's status until the district approves it.
     */
    public ExitApplication applyToExit(String applicationId, ExitApplicant applicant, String owner, ExitReason reason,
                                       LocalDate proposedEffectiveDate, Decision decision, Instant now) {
        requireDecided("apply-to-exit", EstateStatus.INCLUDED);
        if (pendingExitApplicationId != null) {
            throw new StateConflictException("apply-to-exit", EXIT_APPLICATION_PENDING);
        }
        LocalDate today = BusinessDates.dayOf(now);
        BusinessDates.requireInRange("proposedEffectiveDate", proposedEffectiveDate);
        List<Violation> violations = new ArrayList<>();
        if (decision.documents().isEmpty()) {
            violations.add(new Violation("R-EXIT-1", "evidence-missing",
                    "an application to exit names the documents that evidence its reason", "documents"));
        }
        if (applicant == ExitApplicant.PROPERTY_OWNER && (owner == null || owner.isBlank())) {
            violations.add(new Violation("R-EXIT-1", "owner-not-named",
                    "an application for the property owner names the owner (unit)", "owner"));
        }
        if (applicant != ExitApplicant.PROPERTY_OWNER && owner != null) {
            violations.add(new Violation("R-EXIT-1", "owner-without-owner-applicant",
                    "an owner is named only when the property owner applies", "owner"));
        }
        if (reason == ExitReason.OWNER_SELF_MANAGEMENT && applicant != ExitApplicant.PROPERTY_OWNER) {
            violations.add(new Violation("R-EXIT-1", "self-management-asked-by-owner",
                    "self-management is asked for by the property owner (unit)", "applicant"));
        }
        if (proposedEffectiveDate.isBefore(includedOn)) {
            violations.add(new Violation("R-EXIT-1", "effective-before-inclusion", "proposed exit date "
                    + proposedEffectiveDate + " is before the inclusion of " + includedOn, "proposedEffectiveDate"));
        }
        BusinessDates.withinHorizon(violations, "R-EXIT-1", "proposedEffectiveDate", proposedEffectiveDate, today);
        BusinessDates.throwIfAny(violations);
        ExitApplication application = ExitApplication.filed(applicationId, applicant, owner, reason, proposedEffectiveDate,
                decision, now);
        exitApplications.add(application);
        pendingExitApplicationId = applicationId;
        append("exit-applied", now, proposedEffectiveDate, decision, null, statusOn(today));
        changed();
        bringUpTo(today);
        return application;
    }

    /** R-EXIT-1: the applicant withdraws a pending application; nothing else changes. */
    public ExitApplication withdrawExitApplication(String applicationId, Decision decision, Instant now) {
        ExitApplication pending = pendingExitApplication(applicationId, "withdraw-exit-application");
        return closeExitApplication(pending.withdrawn(decision, now), "exit-application-withdrawn", decision, now);
    }

    /** R-EXIT-1: the district refuses a pending application, with its reasons; the estate stays in the scheme. */
    public ExitApplication refuseExitApplication(String applicationId, String reasons, Decision decision, Instant now) {
        ExitApplication pending = pendingExitApplication(applicationId, "refuse-exit-application");
        return closeExitApplication(pending.refused(reasons, decision, now), "exit-application-refused", decision, now);
    }

    /**
     * R-EXIT-1, R-EXIT-2: the district approves a pending application: the estate exits for the applied
     * reason from {@code effectiveDate} (the proposed day when null), checked and announced as any exit.
     */
    public ExitApplication approveExitApplication(String applicationId, LocalDate effectiveDate, Decision decision,
                                                  Instant now) {
        ExitApplication pending = pendingExitApplication(applicationId, "approve-exit-application");
        LocalDate decided = effectiveDate == null ? pending.proposedEffectiveDate() : effectiveDate;
        decideExit(pending.reason(), decided, decision, now);
        ExitApplication approved = pending.approved(decided, decision, now);
        replaceExitApplication(approved);
        pendingExitApplicationId = null;
        return approved;
    }

    private ExitApplication pendingExitApplication(String applicationId, String command) {
        ExitApplication application = exitApplication(applicationId)
                .orElseThrow(() -> new NotFoundException("exit-application", applicationId));
        if (!application.isPending()) {
            throw new StateConflictException(command, application.status().name());
        }
        return application;
    }

    private ExitApplication closeExitApplication(ExitApplication closed, String action, Decision decision, Instant now) {
        LocalDate today = BusinessDates.dayOf(now);
        replaceExitApplication(closed);
        pendingExitApplicationId = null;
        append(action, now, null, decision, null, statusOn(today));
        changed();
        bringUpTo(today);
        return closed;
    }

    private void replaceExitApplication(ExitApplication changed) {
        exitApplications.replaceAll(a -> a.id().equals(changed.id()) ? changed : a);
    }

    public Optional<ExitApplication> exitApplication(String applicationId) {
        return exitApplications.stream().filter(a -> a.id().value().equals(applicationId)).findFirst();
    }

    /** The application waiting for the district's decision, if any. */
    public Optional<ExitApplication> pendingExitApplication() {
        return pendingExitApplicationId == null ? Optional.empty() : exitApplication(pendingExitApplicationId);
    }

    /** Every application to exit, oldest first. */
    public List<ExitApplication> exitApplications() {
        return List.copyOf(exitApplications);
    }

    /** The exit as decided, directly or on an application. */
    private void decideExit(ExitReason reason, LocalDate effectiveDate, Decision decision, Instant now) {
        LocalDate today = BusinessDates.dayOf(now);
        BusinessDates.requireInRange("effectiveDate", effectiveDate);
        List<Violation> violations = new ArrayList<>();
        if (effectiveDate.isBefore(includedOn)) {
            violations.add(new Violation("R-EXIT-1", "effective-before-inclusion",
                    "exit date " + effectiveDate + " is before the inclusion of " + includedOn, "effectiveDate"));
        }
        BusinessDates.withinHorizon(violations, "R-EXIT-1", "effectiveDate", effectiveDate, today);
        BusinessDates.throwIfAny(violations);
        exit = new ExitRecord(reason, effectiveDate);
        List<ModeSpell> beforeExit = modeHistory.stream().filter(s -> s.effectiveFrom().isBefore(effectiveDate)).toList();
        modeHistory = new ArrayList<>(beforeExit.isEmpty() ? modeHistory.subList(0, 1) : beforeExit);
        append("exited", now, effectiveDate, decision, EstateStatus.INCLUDED, EstateStatus.EXITED);
        record(EstateEvents.EXITED, new EstateExited(storedId(), details.street(), details.community(), reason.name(), effectiveDate), now);
        bringUpTo(today);
    }

    /**
     * R-MODE-1: a new management mode for an estate in the scheme, from a day after the start of the
     * last decided mode (so not before inclusion), different from it, before a decided exit takes
     * effect, and at most {@link BusinessDates#SCHEDULING_HORIZON} ahead. A mode from a later day is
     * scheduled: the current mode stays in force until then.
     */
    public void changeManagementMode(ManagementMode mode, LocalDate from, Decision decision, Instant now) {
        LocalDate today = BusinessDates.dayOf(now);
        EstateStatus current = statusOn(today);
        if (current != EstateStatus.INCLUDED) {
            throw new StateConflictException("change-management-mode", current.name());
        }
        BusinessDates.requireInRange("effectiveFrom", from);
        List<Violation> violations = new ArrayList<>();
        Optional<ModeSpell> last = lastSpell();
        if (from.isBefore(includedOn)) {
            violations.add(new Violation("R-MODE-1", "before-inclusion",
                    "a mode cannot start on " + from + ", before the inclusion of " + includedOn, "effectiveFrom"));
        } else if (last.isPresent() && !from.isAfter(last.get().effectiveFrom())) {
            violations.add(new Violation("R-MODE-1", "not-after-current",
                    "a new mode must start after " + last.get().effectiveFrom(), "effectiveFrom"));
        }
        if (last.isPresent() && last.get().mode() == mode) {
            violations.add(new Violation("R-MODE-1", "same-mode", "the estate is already managed in mode " + mode));
        }
        if (exit != null && !from.isBefore(exit.effectiveDate())) {
            violations.add(new Violation("R-MODE-1", "on-or-after-exit", "a mode cannot start on " + from
                    + ", when the exit of " + exit.effectiveDate() + " has taken effect", "effectiveFrom"));
        }
        BusinessDates.withinHorizon(violations, "R-MODE-1", "effectiveFrom", from, today);
        BusinessDates.throwIfAny(violations);
        startMode(mode, from);
        append("management-mode-changed", now, from, decision, current, current);
        record(EstateEvents.MANAGEMENT_MODE_CHANGED, new ManagementModeChanged(storedId(), details.street(), details.community(),
                mode.name(), from), now);
        bringUpTo(today);
    }

    /**
     * R-COMM-1: the management committee, made up of property owners (units), the residents' committee and
     * resident representatives (a refusal names each missing capacity), or the residents' committee acting
     * for it where none exists. The signing party follows the committee.
     */
    public void appointCommittee(Committee newCommittee, Decision decision, Instant now) {
        LocalDate today = BusinessDates.dayOf(now);
        requireNotExitedOn(today, "appoint-committee");
        BusinessDates.throwIfAny(newCommittee.makeUpProblems());
        committee = newCommittee;
        append("management-committee-appointed", now, null, decision, null, statusOn(today));
        record(EstateEvents.MANAGEMENT_COMMITTEE_CHANGED, new ManagementCommitteeChanged(storedId(), details.street(),
                details.community(), newCommittee.signingParty().name(), newCommittee.members().size()), now);
        bringUpTo(today);
    }

    /**
     * R-SCOPE-1: the four basic services are provided for every included estate whatever its mode; where no service
     * company provides them (self-management by the owners, self-governance by the residents' committee), who provides
     * each is recorded, all four at once. Refused (422) for an estate not in the scheme today, for one in company mode
     * (its company provides them under the agreement, R-AGR-1), and naming each service left without a provider.
     */
    public void nameServiceProviders(List<ServiceProvider> providers, Decision decision, Instant now) {
        LocalDate today = BusinessDates.dayOf(now);
        requireNotExitedOn(today, "name-service-providers");
        List<Violation> violations = new ArrayList<>();
        if (statusOn(today) != EstateStatus.INCLUDED) {
            violations.add(new Violation("R-SCOPE-1", "not-in-the-scheme",
                    "basic services are recorded for an estate in the scheme; this one is " + statusOn(today).label() + " today"));
        } else if (managementModeOn(today).orElse(null) == ManagementMode.SERVICE_COMPANY) {
            violations.add(new Violation("R-SCOPE-1", "company-provides", "in the mode " + ManagementMode.SERVICE_COMPANY.label()
                    + " the service company provides the basic services under its agreement", "providers"));
        }
        for (BasicService service : BasicService.values()) {
            if (providers.stream().noneMatch(p -> p.service() == service)) {
                violations.add(new Violation("R-SCOPE-1", "service-unprovided", "nobody is named to provide " + service.label(),
                        service.name()));
            }
        }
        BusinessDates.throwIfAny(violations);
        serviceProviders = new ArrayList<>(providers.stream().sorted(java.util.Comparator.comparing(ServiceProvider::service)).toList());
        append("service-providers-named", now, null, decision, null, statusOn(today));
    }

    /**
     * The basic services nobody provides on {@code day} (R-SCOPE-1): for an estate in the scheme that no company serves
     * by its mode, those without a named provider; none for an estate outside the scheme or in company mode.
     */
    public List<BasicService> unprovidedServicesOn(LocalDate day) {
        if (statusOn(day) != EstateStatus.INCLUDED || managementModeOn(day).orElse(null) == ManagementMode.SERVICE_COMPANY) {
            return List.of();
        }
        return java.util.Arrays.stream(BasicService.values())
                .filter(service -> serviceProviders().stream().noneMatch(p -> p.service() == service)).toList();
    }

    public List<ServiceProvider> serviceProviders() {
        return serviceProviders == null ? List.of() : List.copyOf(serviceProviders);
    }

    /**
     * R-MAINT-1: the street office names the maintenance units and the warranty end date, which cannot
     * lie before the renovation's acceptance (the warranty starts with it).
     */
    public void nameMaintenance(Maintenance named, Decision decision, Instant now) {
        LocalDate today = BusinessDates.dayOf(now);
        requireNotExitedOn(today, "name-maintenance");
        Map<String, LocalDate> ends = new LinkedHashMap<>();
        ends.put("sharedFacilityWarrantyEndsOn", named.sharedFacilityWarrantyEndsOn());
        for (int i = 0; i < named.warranties().size(); i++) {
            ends.put("warranties[" + i + "].endsOn", named.warranties().get(i).endsOn());
        }
        BusinessDates.requireInRange(ends);
        LocalDate renovationAccepted = details.renovation().acceptedOn();
        List<Violation> violations = new ArrayList<>();
        ends.forEach((field, warrantyEnd) -> {
            if (warrantyEnd != null && renovationAccepted != null && warrantyEnd.isBefore(renovationAccepted)) {
                violations.add(new Violation("R-MAINT-1", "warranty-ends-before-acceptance", "the warranty cannot end on "
                        + warrantyEnd + ", before the renovation's acceptance of " + renovationAccepted, field));
            }
        });
        BusinessDates.throwIfAny(violations);
        maintenance = named;
        append("maintenance-named", now, null, decision, null, statusOn(today));
        record(EstateEvents.MAINTENANCE_NAMED, new MaintenanceNamed(storedId(), details.street(), details.community(),
                named.fireEquipmentUnit(), named.liftUnit(), named.sharedFacilityWarrantyEndsOn(), named.warranties().stream()
                        .map(w -> new MaintenanceNamed.Warranty(w.facility().name(), w.endsOn(), w.unit())).toList()), now);
        bringUpTo(today);
    }

    /**
     * The status on {@code day}, from the dates of the decisions taken so far: each step in counts from
     * its date (R-TAKE-1), the exit from its effective date (R-EXIT-2). The steps in are never dated
     * after the day they are recorded, so only an exit can lie ahead of today.
     */
    public EstateStatus statusOn(LocalDate day) {
        if (exit != null && !day.isBefore(exit.effectiveDate())) {
            return EstateStatus.EXITED;
        }
        if (notIncludedReason != null && (notIncludedOn == null || !day.isBefore(notIncludedOn))) {
            return EstateStatus.NOT_INCLUDED;
        }
        if (includedOn != null && !day.isBefore(includedOn)) {
            return EstateStatus.INCLUDED;
        }
        if (filedOn != null && !day.isBefore(filedOn)) {
            return EstateStatus.FILED;
        }
        if (takeoverAcceptedOn != null && !day.isBefore(takeoverAcceptedOn)) {
            return EstateStatus.TAKEOVER_ACCEPTED;
        }
        return EstateStatus.REGISTERED;
    }

    /** Where the decisions taken so far lead, whatever their dates: what the next command is checked against. */
    EstateStatus decided() {
        if (exit != null) {
            return EstateStatus.EXITED;
        }
        if (notIncludedReason != null) {
            return EstateStatus.NOT_INCLUDED;
        }
        if (includedOn != null) {
            return EstateStatus.INCLUDED;
        }
        if (filedOn != null) {
            return EstateStatus.FILED;
        }
        return takeoverAcceptedOn != null ? EstateStatus.TAKEOVER_ACCEPTED : EstateStatus.REGISTERED;
    }

    /** The mode in force on a day, if any (R-MODE-1): the one started last on or before it. */
    public Optional<ManagementMode> managementModeOn(LocalDate day) {
        return modeHistory.stream().filter(spell -> !spell.effectiveFrom().isAfter(day))
                .reduce((earlier, later) -> later).map(ModeSpell::mode);
    }

    /**
     * Moves the stored {@code status} and {@code managementMode} to what holds on {@code day}. Changes
     * no decision (the revision stays), so it is safe to repeat and to run on a day the estate was last
     * seen on.
     */
    public void bringUpTo(LocalDate day) {
        status = statusOn(day);
        managementMode = managementModeOn(day).orElse(null);
        asOf = day;
        nextChangeOn = Stream.concat(Stream.of(takeoverAcceptedOn, filedOn, includedOn, notIncludedOn,
                                exit == null ? null : exit.effectiveDate()),
                        modeHistory.stream().map(ModeSpell::effectiveFrom))
                .filter(d -> d != null && d.isAfter(day)).min(Comparator.naturalOrder()).orElse(null);
    }

    /** The exit and mode changes that take effect after {@code asOf}, soonest first (the first mode is the inclusion's). */
    public List<ScheduledChange> scheduledChanges() {
        if (asOf == null) {
            return List.of();
        }
        return Stream.concat(
                        modeHistory.stream().skip(1).filter(spell -> spell.effectiveFrom().isAfter(asOf)).map(ScheduledChange::mode),
                        exitRecord().filter(x -> x.effectiveDate().isAfter(asOf)).map(ScheduledChange::exit).stream())
                .sorted(Comparator.comparing(ScheduledChange::effectiveOn)).toList();
    }

    public Optional<ManagementMode> managementMode() {
        return Optional.ofNullable(managementMode);
    }

    /** R-ELIG-1's date facts: in range, not after today, acceptance not before approval. */
    private static List<Violation> renovationDateProblems(Renovation renovation, LocalDate today) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("renovation.approvedOn", renovation.approvedOn());
        dates.put("renovation.acceptedOn", renovation.acceptedOn());
        BusinessDates.requireInRange(dates);
        return renovation.dateProblems(today);
    }

    private Optional<ModeSpell> lastSpell() {
        return modeHistory.isEmpty() ? Optional.empty() : Optional.of(modeHistory.get(modeHistory.size() - 1));
    }

    private void startMode(ManagementMode mode, LocalDate from) {
        if (lastSpell().map(s -> s.mode() == mode).orElse(false)) {
            return;
        }
        modeHistory.add(new ModeSpell(mode, from));
    }

    /** The state a command is checked against: the decided one, an exit counting once it is decided. */
    private void requireDecided(String command, EstateStatus required) {
        if (decided() != required) {
            throw new StateConflictException(command, currentState());
        }
    }

    /** R-EXIT-1: once an exit has taken effect the estate is closed for changes; until then it is still served. */
    private void requireNotExitedOn(LocalDate today, String command) {
        if (statusOn(today) == EstateStatus.EXITED) {
            throw new StateConflictException(command, EstateStatus.EXITED.name());
        }
    }

    private String currentState() {
        if (exit != null && asOf != null && exit.effectiveDate().isAfter(asOf)) {
            return EXIT_SCHEDULED;
        }
        return decided().name();
    }

    private void append(String action, Instant now, LocalDate effectiveOn, Decision decision, EstateStatus before,
                        EstateStatus after) {
        history.add(new HistoryEntry<>(action, now, effectiveOn, decision.actor(), before, after, decision.documents(),
                decision.note()));
    }

    public EstateDetails details() {
        return details;
    }

    /** The status on {@link #asOf()}: the service brings every estate it reads up to today. */
    public EstateStatus status() {
        return status;
    }

    public Optional<LocalDate> asOf() {
        return Optional.ofNullable(asOf);
    }

    /** The first day after {@link #asOf()} on which a decided change takes effect, if one is ahead. */
    public Optional<LocalDate> nextChangeOn() {
        return Optional.ofNullable(nextChangeOn);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<LocalDate> takeoverAcceptedOn() {
        return Optional.ofNullable(takeoverAcceptedOn);
    }

    public List<TakeoverAttempt> takeoverAttempts() {
        return List.copyOf(takeoverAttempts);
    }

    public Optional<LocalDate> filedOn() {
        return Optional.ofNullable(filedOn);
    }

    public Optional<LocalDate> includedOn() {
        return Optional.ofNullable(includedOn);
    }

    public Optional<String> notIncludedReason() {
        return Optional.ofNullable(notIncludedReason);
    }

    public Optional<LocalDate> notIncludedOn() {
        return Optional.ofNullable(notIncludedOn);
    }

    public Optional<ExitRecord> exitRecord() {
        return Optional.ofNullable(exit);
    }

    public List<ModeSpell> modeHistory() {
        return List.copyOf(modeHistory);
    }

    public Committee committee() {
        return committee;
    }

    public Maintenance maintenance() {
        return maintenance;
    }

    public List<HistoryEntry<EstateStatus>> history() {
        return List.copyOf(history);
    }
}
