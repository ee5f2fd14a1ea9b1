package org.estatecare.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.estatecare.agreements.company.CompanyStanding;
import org.estatecare.agreements.fee.Fee;
import org.estatecare.agreements.fee.FeePolicy;
import org.estatecare.events.agreements.AgreementAmended;
import org.estatecare.events.agreements.AgreementEnded;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.AgreementSigned;
import org.estatecare.events.codes.SigningParty;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * A management service agreement between an estate's signing party and a service company, for a term
 * (first to last day, inclusive). Drafted, then signed (SIGNED until its first day, then ACTIVE), then
 * EXPIRED at the end of its term or TERMINATED earlier. Its terms are versioned: an amendment adds a
 * version from a date. Every change appends to its history; signing, renewal, amendment and the end
 * record the event that leaves with the same write.
 */
@Implements({"R-AGR-1", "R-COMM-1", "R-EXIT-2", "R-MODE-1"})
public class Agreement extends Aggregate<AgreementId> {

    /** Business dates are dates in Beijing time. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String TERM_ENDED = "TERM_ENDED";
    /** Amendments are versions kept in the document: bounded, so it stays well under MongoDB's 16 MB. */
    static final int MAX_VERSIONS = 50;
    /**
     * The longest term signed at once. District practice renews agreements every three years; five leaves
     * room for that while the fee standards and classes (R-AGR-2) are reviewed within it — a 100-year term
     * would bind the estate past any standard the district can set.
     */
    public static final int MAX_TERM_YEARS = 5;
    static final String EXIT_SCHEDULED = "EXIT_SCHEDULED";
    static final String MODE_CHANGED = "MODE_CHANGED";

    private EstateId estateId;
    private String estateName;
    private String street;
    private String community;
    private SigningParty signingParty;
    private CompanyId companyId;
    private String companyName;
    private LocalDate termStart;
    private LocalDate termEnd;
    private AgreementStatus status;
    private List<Terms> versions = new ArrayList<>();
    private AgreementId renews;
    private LocalDate signedOn;
    private String signedBy;
    private LocalDate lastDay;
    private String endReason;
    private String endNote;
    private List<Flag> flags = new ArrayList<>();
    private List<HistoryEntry<AgreementStatus>> history = new ArrayList<>();

    /** Something about the agreement its parties must look at, e.g. the estate left the company mode. */
    public record Flag(String code, LocalDate since, String note) {
    }

    /** What a draft says: the company, the term and the first terms. */
    public record Proposal(CompanyId companyId, String companyName, LocalDate termStart, LocalDate termEnd,
                           BasicServices basicServices, List<ExtraService> extras, Fee fee) {
    }

    private Agreement() {
        // for the mapper
    }

    private Agreement(AgreementId id) {
        super(id);
    }

    @Override
    public AgreementId id() {
        return new AgreementId(storedId());
    }

    /**
     * A draft for an estate that takes agreements (in the scheme, company mode) over its whole term from
     * today on, with a company active as {@code companies} answers; it must contain the four basic services
     * (R-AGR-1). Every failed condition is named.
     */
    public static Agreement draft(AgreementId id, EstateTimeline estate, CompanyStanding companies, Proposal proposal,
                                  AgreementId renews, String actor, Instant now) {
        List<Violation> violations = new ArrayList<>(termViolations(proposal.termStart(), proposal.termEnd()));
        if (violations.isEmpty()) {
            violations.addAll(eligibility(estate, later(proposal.termStart(), today(now)), proposal.termEnd()));
        }
        if (!companies.isActive(proposal.companyId())) {
            violations.add(COMPANY_NOT_ACTIVE);
        }
        violations.addAll(proposal.basicServices().violations());
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        Agreement agreement = new Agreement(id);
        agreement.estateId = new EstateId(estate.estateId());
        agreement.estateName = estate.name();
        agreement.street = estate.street();
        agreement.community = estate.community();
        agreement.signingParty = SigningParty.valueOf(estate.signingParty());
        agreement.companyId = proposal.companyId();
        agreement.companyName = proposal.companyName();
        agreement.renews = renews;
        agreement.status = AgreementStatus.DRAFT;
        agreement.setDraftTerms(proposal, actor, now);
        agreement.history.add(HistoryEntry.of(renews == null ? "drafted" : "renewal-drafted", now, actor, agreement.status,
                renews == null ? null : "next term of " + renews));
        return agreement;
    }

    /** A draft of the next term: the same company and current terms, from the day after this term. */
    public Proposal nextTerm(LocalDate nextEnd) {
        if (!status.holds() && status != AgreementStatus.EXPIRED) {
            throw new StateConflictException("renew", status.name());
        }
        Terms current = currentTerms();
        return new Proposal(companyId, companyName, termEnd.plusDays(1), nextEnd, current.basicServices(), current.extras(),
                current.fee());
    }

    /** A draft's content replaced as a whole (the company stays); the new term is judged as a new draft's. */
    public void revise(EstateTimeline estate, Proposal proposal, String actor, Instant now) {
        requireStatus("revise", AgreementStatus.DRAFT);
        List<Violation> violations = new ArrayList<>(termViolations(proposal.termStart(), proposal.termEnd()));
        if (violations.isEmpty()) {
            violations.addAll(eligibility(estate, later(proposal.termStart(), today(now)), proposal.termEnd()));
        }
        violations.addAll(proposal.basicServices().violations());
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        signingParty = SigningParty.valueOf(estate.signingParty());
        versions.clear();
        setDraftTerms(proposal, actor, now);
        note("revised", status, null, actor, null, now);
        changed();
    }

    /**
     * Signing (R-AGR-1): not on a day after today; the estate takes agreements on every day of the term
     * from the signing day (or its first day, if later) to its end — an exit or a mode change already
     * decided for a day inside it is refused (R-EXIT-2, R-MODE-1) —, the company is active as
     * {@code companies} answers, the fee lies within every standard in force during the term as {@code fees}
     * answers (R-AGR-2), and the term ends after signing. The signing party is the estate's as the registry
     * last said (R-COMM-1). One agreement per estate at a time is held by the estate's term claims, which
     * sign it ({@code TermClaims}).
     */
    public void sign(LocalDate on, EstateTimeline estate, CompanyStanding companies, FeePolicy fees, String actor,
                     Instant now) {
        if (on.isAfter(today(now))) {
            throw new RuleViolationException(new Violation("R-AGR-1", "signed-in-future", "the signing day " + on + " is in the future"));
        }
        requireStatus("sign", AgreementStatus.DRAFT);
        List<Violation> violations = new ArrayList<>();
        if (!termEnd.isBefore(on)) {
            violations.addAll(eligibility(estate, later(termStart, on), termEnd));
        }
        if (!companies.isActive(companyId)) {
            violations.add(COMPANY_NOT_ACTIVE);
        }
        // R-AGR-2 over the whole term: every standard and class in force on any of its days
        violations.addAll(fees.violations(estateId, currentTerms().fee(), termStart, termEnd));
        if (termEnd.isBefore(on)) {
            violations.add(new Violation("R-AGR-1", "term-over", "the term ends before the signing day"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        signingParty = SigningParty.valueOf(estate.signingParty());
        signedOn = on;
        signedBy = actor;
        status = termStart.isAfter(today(now)) ? AgreementStatus.SIGNED : AgreementStatus.ACTIVE;
        note(renews == null ? "signed" : "renewed", AgreementStatus.DRAFT, on, actor, "signed on " + on, now);
        Terms terms = currentTerms();
        record(renews == null ? AgreementEvents.SIGNED : AgreementEvents.RENEWED, new AgreementSigned(storedId(), estateId.value(),
                street, community, companyId.value(), signingParty.name(), on, termStart, termEnd, terms.fee().basis().name(),
                terms.fee().amount(), terms.extras().size(), renews == null ? null : renews.value()), now);
    }

    /**
     * An amendment: the next version of the terms from {@code effectiveFrom} (within the term, not before
     * the current version's first day); the four basic services stay mandatory and the fee must fit every
     * standard in force from that day to the term's end, as {@code fees} answers (R-AGR-2).
     */
    public void amend(LocalDate effectiveFrom, BasicServices services, List<ExtraService> extras, Fee fee, String reason,
                      FeePolicy fees, String actor, Instant now) {
        if (!status.holds()) {
            throw new StateConflictException("amend", status.name());
        }
        List<Violation> violations = new ArrayList<>(services.violations());
        violations.addAll(fees.violations(estateId, fee, effectiveFrom, termEnd));
        Terms current = currentTerms();
        if (effectiveFrom.isBefore(termStart) || effectiveFrom.isAfter(termEnd)) {
            violations.add(new Violation("R-AGR-1", "amendment-outside-term", "the amendment's first day lies outside the term"));
        } else if (effectiveFrom.isBefore(current.effectiveFrom())) {
            violations.add(new Violation("R-AGR-1", "amendment-before-current",
                    "the amendment starts before the current version (" + current.effectiveFrom() + ")"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        if (versions.size() >= MAX_VERSIONS) {
            throw new RuleViolationException(new Violation("R-AGR-1", "too-many-versions",
                    "the agreement has " + MAX_VERSIONS + " versions; renew it as a new term instead"));
        }
        Terms next = new Terms(current.version() + 1, effectiveFrom, services, extras, fee, reason, now, actor);
        versions.add(next);
        note("amended", status, effectiveFrom, actor, "version " + next.version() + " from " + effectiveFrom
                + (reason == null ? "" : ": " + reason), now);
        record(AgreementEvents.AMENDED, new AgreementAmended(storedId(), estateId.value(), street, community, companyId.value(),
                next.version(), effectiveFrom, fee.basis().name(), fee.amount(), next.extras().size(), reason), now);
    }

    /**
     * Ends it early: in force up to and including {@code last}, not after the term's own end. A signed
     * term that has not begun may be cancelled (a last day before its first); one that has begun cannot
     * be erased: its last day is at least its first.
     */
    public void terminate(LocalDate last, TerminationReason reason, String note, String actor, Instant now) {
        if (!status.holds()) {
            throw new StateConflictException("terminate", status.name());
        }
        if (last.isAfter(termEnd)) {
            throw new RuleViolationException(new Violation("R-AGR-1", "termination-after-term",
                    "the last day " + last + " is after the term's end " + termEnd));
        }
        if (status == AgreementStatus.ACTIVE && last.isBefore(termStart)) {
            throw new RuleViolationException(new Violation("R-AGR-1", "termination-before-start",
                    "the agreement has been in force since " + termStart + "; its last day cannot be before that"));
        }
        end(last, reason.name(), note, actor, now);
    }

    /**
     * Brings the agreement in line with its estate as of {@code today} (R-EXIT-2, R-MODE-1): the estate's
     * territory; an exit whose day has come ends it with the day before as its last day; an exit decided
     * for a later day inside the term is only flagged — the agreement runs until then; a mode other than
     * the service company's in force today flags it. Repeating it changes nothing; false when nothing did.
     */
    public boolean followEstate(EstateTimeline estate, LocalDate today, Instant now) {
        boolean changed = moveTo(estate.street(), estate.community(), now);
        LocalDate exit = estate.exitFrom();
        boolean exitInTerm = exit != null && exit.minusDays(1).isBefore(termEnd);
        if (exitInTerm && !today.isBefore(exit)) {
            changed |= endForExit(exit, now);
        } else if (exitInTerm && status.holds()) {
            changed |= scheduleExit(exit, now);
        } else if (exitInTerm && status == AgreementStatus.TERMINATED && lastDayInForce().isAfter(exit.minusDays(1))) {
            // ended early with a last day after the exit: that last day is known to be too late already
            changed |= endForExit(exit, now);
        } else {
            changed |= unscheduleExit(now);
        }
        if (status.holds() && estate.inSchemeOn(today)) {
            Optional<String> mode = estate.modeOn(today);
            if (mode.isPresent()) {
                changed |= followMode(mode.get(), estate.modeFromOn(today).orElse(today), now);
            }
        }
        return changed;
    }

    /**
     * The estate exits (R-EXIT-1/2): the agreement is not in force from the exit date. Applies to a
     * signed agreement still in force, and to one already ended whose last day lies after the exit
     * (it is shortened); false when nothing changes, also when the exit comes only after the term.
     */
    public boolean endForExit(LocalDate exitDate, Instant now) {
        if (status == AgreementStatus.DRAFT || status == AgreementStatus.EXPIRED) {
            return false;
        }
        LocalDate last = exitDate.minusDays(1);
        if (!last.isBefore(termEnd) || !lastDayInForce().isAfter(last)) {
            return false;
        }
        flags.removeIf(f -> f.code().equals(EXIT_SCHEDULED));
        end(last, TerminationReason.ESTATE_EXITED.name(), "the estate exited on " + exitDate, HistoryEntry.SYSTEM, now);
        return true;
    }

    /** An exit decided for a later day inside the term: flagged (once per date); the agreement runs until the day before. */
    private boolean scheduleExit(LocalDate exit, Instant now) {
        Optional<Flag> scheduled = flag(EXIT_SCHEDULED);
        if (scheduled.isPresent() && scheduled.get().since().equals(exit)) {
            return false;
        }
        flags.removeIf(f -> f.code().equals(EXIT_SCHEDULED));
        flags.add(new Flag(EXIT_SCHEDULED, exit, "the estate exits long-term management on " + exit
                + "; this agreement ends with " + exit.minusDays(1)));
        note("exit-scheduled", status, exit, HistoryEntry.SYSTEM, "the estate exits on " + exit + ", last day "
                + exit.minusDays(1), now);
        changed();
        return true;
    }

    /** The exit was withdrawn or moved past the term. */
    private boolean unscheduleExit(Instant now) {
        if (flag(EXIT_SCHEDULED).isEmpty() || !status.holds()) {
            return false;
        }
        flags.removeIf(f -> f.code().equals(EXIT_SCHEDULED));
        note("exit-unscheduled", status, null, HistoryEntry.SYSTEM, "no exit within the term any more", now);
        changed();
        return true;
    }

    private void end(LocalDate last, String reason, String note, String actor, Instant now) {
        AgreementStatus before = status;
        lastDay = last.isBefore(termStart) ? termStart.minusDays(1) : last;
        endReason = reason;
        endNote = note;
        status = AgreementStatus.TERMINATED;
        note("terminated", before, null, actor, reason + ", last day " + lastDay + (note == null ? "" : ": " + note), now);
        record(AgreementEvents.TERMINATED, new AgreementEnded(storedId(), estateId.value(), street, community, companyId.value(),
                lastDay, reason), now);
    }

    /** Flags (once) that the estate left the company mode from {@code since}; clears it when it came back. */
    public boolean followMode(String mode, LocalDate since, Instant now) {
        if (!status.holds()) {
            return false;
        }
        boolean flagged = flag(MODE_CHANGED).isPresent();
        boolean companyMode = EstateTimeline.SERVICE_COMPANY_MODE.equals(mode);
        if (!companyMode && !flagged) {
            flags.add(new Flag(MODE_CHANGED, since, "the estate's management mode is " + mode + " from " + since
                    + "; the parties must end or confirm this agreement"));
            note("flagged", status, since, HistoryEntry.SYSTEM, "management mode " + mode + " from " + since, now);
            changed();
            return true;
        }
        if (companyMode && flagged) {
            flags.removeIf(f -> f.code().equals(MODE_CHANGED));
            note("flag-cleared", status, null, HistoryEntry.SYSTEM, "management mode back to " + mode, now);
            changed();
            return true;
        }
        return false;
    }

    /** Whether the calendar has something to do with it on {@code now}: start a signed term or expire an ended one. */
    public boolean expiresOrStarts(Instant now) {
        LocalDate today = today(now);
        return (status == AgreementStatus.SIGNED && !termStart.isAfter(today)) || (status.holds() && today.isAfter(termEnd));
    }

    /** The registry moved the estate to another street or community: the agreement follows (scope, events). */
    public boolean moveTo(String newStreet, String newCommunity, Instant now) {
        if (newStreet.equals(street) && newCommunity.equals(community)) {
            return false;
        }
        note("estate-moved", status, null, HistoryEntry.SYSTEM, street + "/" + community + " → " + newStreet + "/"
                + newCommunity, now);
        street = newStreet;
        community = newCommunity;
        changed();
        return true;
    }

    /** The term's first day came: SIGNED becomes ACTIVE. */
    public boolean activateIfDue(Instant now) {
        if (status != AgreementStatus.SIGNED || termStart.isAfter(today(now))) {
            return false;
        }
        status = AgreementStatus.ACTIVE;
        note("in-force", AgreementStatus.SIGNED, null, HistoryEntry.SYSTEM, "term starts " + termStart, now);
        changed();
        return true;
    }

    /** The term's last day passed: ACTIVE (or a SIGNED one whose whole term passed) becomes EXPIRED. */
    public boolean expireIfDue(Instant now) {
        if (!status.holds() || !today(now).isAfter(termEnd)) {
            return false;
        }
        AgreementStatus before = status;
        status = AgreementStatus.EXPIRED;
        lastDay = termEnd;
        endReason = TERM_ENDED;
        note("expired", before, null, HistoryEntry.SYSTEM, "term ended " + termEnd, now);
        record(AgreementEvents.EXPIRED, new AgreementEnded(storedId(), estateId.value(), street, community, companyId.value(),
                termEnd, TERM_ENDED), now);
        return true;
    }

    /** Whether it is (or was) in force on {@code day}: signed, and the day lies between its first and last day. */
    public boolean inForceOn(LocalDate day) {
        if (status == AgreementStatus.DRAFT || day.isBefore(termStart)) {
            return false;
        }
        return !day.isAfter(lastDayInForce());
    }

    /** Whether it was ever in force: signed, and not cancelled before its first day. */
    public boolean everInForce() {
        return status != AgreementStatus.DRAFT && !lastDayInForce().isBefore(termStart);
    }

    /** Whether it still counts on {@code day} or later: signed and its last day not before {@code day}. */
    public boolean inForceFrom(LocalDate day) {
        return everInForce() && !lastDayInForce().isBefore(day);
    }

    /** The last day it is in force: the term's end, or the day an early end took effect. */
    public LocalDate lastDayInForce() {
        return lastDay == null ? termEnd : lastDay;
    }

    public static LocalDate today(Instant now) {
        return now.atZone(BUSINESS_ZONE).toLocalDate();
    }

    /** The terms in force now (the latest version); a draft's only version. */
    public Terms currentTerms() {
        return versions.get(versions.size() - 1);
    }

    /** The version in force on {@code day} (the latest that had started by then). */
    public Terms termsOn(LocalDate day) {
        Terms found = versions.get(0);
        for (Terms terms : versions) {
            if (!terms.effectiveFrom().isAfter(day)) {
                found = terms;
            }
        }
        return found;
    }

    /** events of agreements.v1 are keyed by estate id: all events of one estate stay in order. */
    @Override
    protected String partitionKey() {
        return estateId.value();
    }

    /**
     * Appends a line of the history in the platform's shape: the status it leaves the agreement in,
     * {@code before} when that moved, and the day it takes effect when that is not today.
     */
    private void note(String action, AgreementStatus before, LocalDate effectiveOn, String actor, String note, Instant now) {
        LocalDate effective = effectiveOn == null || effectiveOn.equals(today(now)) ? null : effectiveOn;
        history.add(new HistoryEntry<>(action, now, effective, actor, before == status ? null : before, status, List.of(), note));
    }

    private void setDraftTerms(Proposal proposal, String actor, Instant now) {
        termStart = proposal.termStart();
        termEnd = proposal.termEnd();
        versions.add(new Terms(1, proposal.termStart(), proposal.basicServices(), proposal.extras(), proposal.fee(), null, now,
                actor));
    }

    private static final Violation COMPANY_NOT_ACTIVE = new Violation("R-AGR-1", "company-not-active", "the company is not active");

    /**
     * The estate takes agreements on every day from {@code from} to {@code to} as the registry has decided
     * so far (R-AGR-1, R-MODE-1, R-EXIT-2): in the scheme and in the company mode on {@code from}, and
     * neither an exit nor a mode other than the company's taking effect on a later day up to {@code to}.
     * Days of a term already past are not judged again. The facts change only on the timeline's change
     * days, so those are the days looked at.
     */
    static List<Violation> eligibility(EstateTimeline estate, LocalDate from, LocalDate to) {
        List<Violation> violations = new ArrayList<>();
        if (!estate.inSchemeOn(from)) {
            violations.add(new Violation("R-AGR-1", "estate-not-included",
                    "estate " + estate.estateId() + " is not in long-term management on " + from, from.toString()));
        }
        if (!estate.modeOn(from).filter(EstateTimeline.SERVICE_COMPANY_MODE::equals).isPresent()) {
            violations.add(new Violation("R-MODE-1", "not-company-mode",
                    "estate " + estate.estateId() + " is not managed by a service company on " + from, from.toString()));
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        LocalDate exit = estate.exitFrom();
        if (exit != null && exit.isAfter(from) && !exit.isAfter(to)) {
            violations.add(new Violation("R-EXIT-2", "exit-within-term", "the estate exits long-term management on " + exit
                    + "; the term must end by " + exit.minusDays(1), exit.toString()));
        }
        for (LocalDate day : estate.changeDays()) {
            if (day.isAfter(from) && !day.isAfter(to) && (exit == null || day.isBefore(exit))
                    && !estate.companyModeOn(day)) {
                violations.add(new Violation("R-MODE-1", "mode-change-within-term", "the estate's management mode is "
                        + estate.modeOn(day).orElse("none") + " from " + day + "; the term must end by " + day.minusDays(1),
                        day.toString()));
                break;
            }
        }
        return violations;
    }

    /**
     * A term runs forward, at most {@value #MAX_TERM_YEARS} years: its last day is at the latest the day
     * before the same date {@value #MAX_TERM_YEARS} years on (a term from 29 February may run to 28 February).
     */
    static List<Violation> termViolations(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return List.of(new Violation("R-AGR-1", "term-order", "the term ends before it starts"));
        }
        LocalDate latestEnd = latestEnd(start);
        if (end.isAfter(latestEnd)) {
            return List.of(new Violation("R-AGR-1", "term-too-long", "a term runs at most " + MAX_TERM_YEARS
                    + " years: from " + start + " it ends by " + latestEnd, latestEnd.toString()));
        }
        return List.of();
    }

    /** The last day of a {@value #MAX_TERM_YEARS}-year term from {@code start}; 29 February's anniversary is 1 March. */
    static LocalDate latestEnd(LocalDate start) {
        LocalDate anniversary = start.plusYears(MAX_TERM_YEARS);
        // plusYears turns 29 February into 28 February of a common year: the term would lose its last day
        return (anniversary.getDayOfMonth() == start.getDayOfMonth() ? anniversary : anniversary.plusDays(1)).minusDays(1);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private void requireStatus(String command, AgreementStatus required) {
        if (status != required) {
            throw new StateConflictException(command, status.name());
        }
    }

    private Optional<Flag> flag(String code) {
        return flags.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    public EstateId estateId() {
        return estateId;
    }

    public String estateName() {
        return estateName;
    }

    public String street() {
        return street;
    }

    public String community() {
        return community;
    }

    public SigningParty signingParty() {
        return signingParty;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public String companyName() {
        return companyName;
    }

    public LocalDate termStart() {
        return termStart;
    }

    public LocalDate termEnd() {
        return termEnd;
    }

    public AgreementStatus status() {
        return status;
    }

    public List<Terms> versions() {
        return List.copyOf(versions);
    }

    public Optional<AgreementId> renews() {
        return Optional.ofNullable(renews);
    }

    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    public Optional<String> signedBy() {
        return Optional.ofNullable(signedBy);
    }

    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(lastDay);
    }

    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }

    public Optional<String> endNote() {
        return Optional.ofNullable(endNote);
    }

    public List<Flag> flags() {
        return List.copyOf(flags);
    }

    public List<HistoryEntry<AgreementStatus>> history() {
        return List.copyOf(history);
    }
}
