package org.estatecare.registry.estate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.estatecare.events.estates.EstateDetailsChanged;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateNotIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.estates.ManagementCommitteeChanged;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * A renovated old residential estate and its place in the long-term management scheme. It changes
 * only through commands that check the policy; each accepted command appends to the history and,
 * where other services care, records an event that leaves with the same write.
 */
public class Estate extends Aggregate {

    private EstateDetails details;
    private EstateStatus status;
    private Instant registeredAt;
    private LocalDate takeoverAcceptedOn;
    private LocalDate filedOn;
    private LocalDate includedOn;
    private String notIncludedReason;
    private ExitRecord exit;
    private List<ModeSpell> modeHistory = new ArrayList<>();
    /** The latest mode of {@code modeHistory}, kept beside it so lists can filter by mode. */
    private ManagementMode managementMode;
    private Committee committee = Committee.NONE_YET;
    private Maintenance maintenance = Maintenance.NOT_NAMED;
    private List<HistoryEntry> history = new ArrayList<>();

    private Estate() {
        // for the mapper
    }

    private Estate(String id) {
        super(id);
    }

    /** Enters a renovated estate into the registry (status {@code REGISTERED}). */
    public static Estate register(String id, EstateDetails details, Decision decision, Instant now) {
        Estate estate = new Estate(id);
        estate.details = details;
        estate.status = EstateStatus.REGISTERED;
        estate.registeredAt = now;
        estate.append("registered", now, null, decision, null);
        estate.record(EstateEvents.REGISTERED, new EstateRegistered(id, details.name(), details.street(),
                details.community(), details.address(), details.buildings(), details.households(),
                details.floorArea().squareMetres()), now);
        return estate;
    }

    /** Replaces the descriptive facts. An estate that has exited is closed for changes. */
    public void changeDetails(EstateDetails newDetails, Decision decision, Instant now) {
        requireNot("change-details", EstateStatus.EXITED);
        details = newDetails;
        append("details-changed", now, null, decision, status);
        record(EstateEvents.DETAILS_CHANGED, new EstateDetailsChanged(id, newDetails.name(), newDetails.street(),
                newDetails.community(), newDetails.address(), newDetails.buildings(), newDetails.households(),
                newDetails.floorArea().squareMetres()), now);
    }

    /** R-TAKE-1: the municipal civil affairs bureau's takeover acceptance after renovation. */
    public void acceptTakeover(LocalDate acceptedOn, Decision decision, Instant now) {
        requireStatus("accept-takeover", EstateStatus.REGISTERED);
        EstateStatus before = status;
        takeoverAcceptedOn = acceptedOn;
        status = EstateStatus.TAKEOVER_ACCEPTED;
        append("takeover-accepted", now, acceptedOn, decision, before);
        changed();
    }

    /** R-TAKE-1: the district civil affairs bureau files the materials with the municipal bureau (报备). */
    public void file(LocalDate filed, Decision decision, Instant now) {
        requireStatus("file", EstateStatus.TAKEOVER_ACCEPTED);
        if (filed.isBefore(takeoverAcceptedOn)) {
            throw new RuleViolationException(new Violation("R-TAKE-1", "filed-before-takeover",
                    "filing date " + filed + " is before the takeover acceptance of " + takeoverAcceptedOn));
        }
        EstateStatus before = status;
        filedOn = filed;
        status = EstateStatus.FILED;
        append("filed", now, filed, decision, before);
        changed();
    }

    /**
     * Includes the estate in long-term management under a management mode. R-TAKE-1: only after
     * takeover acceptance and filing (else 409). R-ELIG-1: all three renovation conditions must hold;
     * a refusal names every one that fails.
     */
    public void include(LocalDate included, ManagementMode mode, Decision decision, Instant now) {
        requireStatus("include", EstateStatus.FILED);
        List<Violation> violations = new ArrayList<>(eligibilityProblems(details.renovation()));
        if (included.isBefore(filedOn)) {
            violations.add(new Violation("R-TAKE-1", "included-before-filing",
                    "inclusion date " + included + " is before the filing of " + filedOn));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        EstateStatus before = status;
        includedOn = included;
        status = EstateStatus.INCLUDED;
        startMode(mode, included);
        append("included", now, included, decision, before);
        record(EstateEvents.INCLUDED, new EstateIncluded(id, details.street(), details.community(), included, mode.name()), now);
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
     * channel and it earns no subsidy from the scheme. Possible while the estate is on its way in.
     */
    public void decideNotToInclude(LocalDate decidedOn, String reason, Decision decision, Instant now) {
        if (!status.isPending()) {
            throw new StateConflictException("decide-not-to-include", status.name());
        }
        EstateStatus before = status;
        notIncludedReason = reason;
        status = EstateStatus.NOT_INCLUDED;
        append("not-included", now, decidedOn, decision, before);
        record(EstateEvents.NOT_INCLUDED, new EstateNotIncluded(id, details.street(), details.community(), decidedOn, reason), now);
    }

    /**
     * R-EXIT-1: an included estate exits for one of three reasons, effective on a date that is not
     * before its inclusion; R-EXIT-2: subsidies stop from that date (consumers read it from the event).
     */
    public void exit(ExitReason reason, LocalDate effectiveDate, Decision decision, Instant now) {
        requireStatus("exit", EstateStatus.INCLUDED);
        if (effectiveDate.isBefore(includedOn)) {
            throw new RuleViolationException(new Violation("R-EXIT-1", "effective-before-inclusion",
                    "exit date " + effectiveDate + " is before the inclusion of " + includedOn));
        }
        EstateStatus before = status;
        exit = new ExitRecord(reason, effectiveDate);
        status = EstateStatus.EXITED;
        append("exited", now, effectiveDate, decision, before);
        record(EstateEvents.EXITED, new EstateExited(id, details.street(), details.community(), reason.name(), effectiveDate), now);
    }

    /** R-MODE-1: a new management mode from a date after the current one's start. */
    public void changeManagementMode(ManagementMode mode, LocalDate from, Decision decision, Instant now) {
        requireNot("change-management-mode", EstateStatus.EXITED, EstateStatus.NOT_INCLUDED);
        Optional<ModeSpell> current = currentSpell();
        if (current.isPresent() && current.get().mode() == mode) {
            throw new RuleViolationException(new Violation("R-MODE-1", "same-mode",
                    "the estate is already managed in mode " + mode));
        }
        if (current.isPresent() && !from.isAfter(current.get().effectiveFrom())) {
            throw new RuleViolationException(new Violation("R-MODE-1", "not-after-current",
                    "a new mode must start after " + current.get().effectiveFrom()));
        }
        startMode(mode, from);
        append("management-mode-changed", now, from, decision, status);
        record(EstateEvents.MANAGEMENT_MODE_CHANGED, new ManagementModeChanged(id, details.street(), details.community(),
                mode.name(), from), now);
    }

    /** R-COMM-1: the management committee, or the residents' committee acting for it. */
    public void appointCommittee(Committee newCommittee, Decision decision, Instant now) {
        requireNot("appoint-committee", EstateStatus.EXITED);
        committee = newCommittee;
        append("management-committee-appointed", now, null, decision, status);
        record(EstateEvents.MANAGEMENT_COMMITTEE_CHANGED, new ManagementCommitteeChanged(id, details.street(),
                details.community(), newCommittee.signingParty().name(), newCommittee.members().size()), now);
    }

    /** R-MAINT-1: the street office names the maintenance units and the warranty end date. */
    public void nameMaintenance(Maintenance named, Decision decision, Instant now) {
        requireNot("name-maintenance", EstateStatus.EXITED);
        maintenance = named;
        append("maintenance-named", now, null, decision, status);
        changed();
    }

    /** The mode in force on a day, if any (R-MODE-1). */
    public Optional<ManagementMode> managementModeOn(LocalDate day) {
        return modeHistory.stream().filter(spell -> !spell.effectiveFrom().isAfter(day))
                .reduce((earlier, later) -> later).map(ModeSpell::mode);
    }

    public Optional<ManagementMode> managementMode() {
        return Optional.ofNullable(managementMode);
    }

    private Optional<ModeSpell> currentSpell() {
        return modeHistory.isEmpty() ? Optional.empty() : Optional.of(modeHistory.get(modeHistory.size() - 1));
    }

    private void startMode(ManagementMode mode, LocalDate from) {
        if (currentSpell().map(s -> s.mode() == mode).orElse(false)) {
            return;
        }
        modeHistory.add(new ModeSpell(mode, from));
        managementMode = mode;
    }

    private void requireStatus(String command, EstateStatus required) {
        if (status != required) {
            throw new StateConflictException(command, status.name());
        }
    }

    private void requireNot(String command, EstateStatus... forbidden) {
        for (EstateStatus s : forbidden) {
            if (status == s) {
                throw new StateConflictException(command, status.name());
            }
        }
    }

    private void append(String action, Instant now, LocalDate effectiveOn, Decision decision, EstateStatus before) {
        history.add(new HistoryEntry(action, now, effectiveOn, decision.actor(), before, status, decision.documents(),
                decision.note()));
    }

    public EstateDetails details() {
        return details;
    }

    public EstateStatus status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<LocalDate> takeoverAcceptedOn() {
        return Optional.ofNullable(takeoverAcceptedOn);
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

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }
}
