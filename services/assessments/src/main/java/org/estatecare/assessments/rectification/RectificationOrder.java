package org.estatecare.assessments.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.estatecare.assessments.scoring.FindingKind;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.assessments.RectificationClosed;
import org.estatecare.events.assessments.RectificationOpened;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * A rectification order (整改, R-ASM-3): a problem an inspection found, or a failing grade, that the company serving
 * the estate (the street office where none serves) must correct by a due date counted in working days. The company
 * answers what it did; the inspector verifies: accepted, the order is closed, late when the accepted answer came
 * after the due date; not accepted, it is open again with the reason. An order still unanswered after its due date
 * is escalated to the street office, and to the district when it stays so. Opening and closing are announced on
 * {@code assessments.v1}, keyed by the estate.
 */
@Implements("R-ASM-3")
public class RectificationOrder extends Aggregate<RectificationId> {

    static final String RULE = "R-ASM-3";

    private EstateId estateId;
    private String street;
    private String community;
    private CompanyId companyId;
    private RectificationCause cause;
    private String sourceId;
    private String findingId;
    private FindingKind findingKind;
    private InspectionLevel foundAt;
    private String place;
    private BasicService service;
    private List<String> photos = new ArrayList<>();
    private String note;
    private LocalDate openedOn;
    private LocalDate dueOn;
    private Instant openedAt;
    private RectificationStatus status;
    private Escalation escalation;
    private List<RectificationAnswer> answers = new ArrayList<>();
    private LocalDate closedOn;
    private boolean closedLate;
    private List<HistoryEntry<RectificationStatus>> history = new ArrayList<>();

    protected RectificationOrder() {
    }

    private RectificationOrder(RectificationId id) {
        super(id);
    }

    /** Opens the order for a problem, due on {@code dueOn}; announced as opened. */
    public static RectificationOrder open(ProblemToCorrect problem, LocalDate today, LocalDate dueOn, Instant at) {
        if (!dueOn.isAfter(today)) {
            throw new IllegalArgumentException("an order is due after the day it is opened");
        }
        RectificationOrder order = new RectificationOrder(problem.orderId());
        order.estateId = problem.estateId();
        order.street = problem.street();
        order.community = problem.community();
        order.companyId = problem.companyId();
        order.cause = problem.cause();
        order.sourceId = problem.sourceId();
        order.findingId = problem.findingId();
        order.findingKind = problem.findingKind();
        order.foundAt = problem.foundAt();
        order.place = problem.place();
        order.service = problem.service();
        order.photos = new ArrayList<>(problem.photos());
        order.note = problem.note();
        order.openedOn = today;
        order.dueOn = dueOn;
        order.openedAt = at;
        order.status = RectificationStatus.OPEN;
        order.escalation = Escalation.NONE;
        order.history.add(new HistoryEntry<>("opened", at, null, HistoryEntry.SYSTEM, null, RectificationStatus.OPEN,
                List.of(problem.sourceId()), order.describe() + ", due " + dueOn));
        order.record(AssessmentEvents.RECTIFICATION_OPENED, new RectificationOpened(order.id().value(), order.estateId.value(),
                order.street, order.community, order.companyId == null ? null : order.companyId.value(), order.cause.name(),
                order.sourceId, order.findingKind == null ? null : order.findingKind.name(), dueOn, at), at);
        return order;
    }

    /** The company says what it did; refused (409) unless the order waits for an answer. */
    public void answer(String text, List<String> answerPhotos, String actor, LocalDate today, Instant at) {
        requireStatus("answer", RectificationStatus.OPEN);
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(new Violation(RULE, "answer-empty", "an answer says what was done"));
        }
        answers.add(new RectificationAnswer(text.strip(), answerPhotos, actor, today, at, null, null, null, null));
        move(RectificationStatus.ANSWERED, "answered", actor, at, today.isAfter(dueOn) ? "after the due date " + dueOn : null);
    }

    /**
     * The inspector's verdict on the latest answer; refused (409) unless answered. Accepted closes the order,
     * announced with whether the accepted answer came after the due date; not accepted needs a reason and opens it
     * again, still due on the same day.
     */
    public void verify(boolean accepted, String reason, String actor, LocalDate today, Instant at) {
        requireStatus("verify", RectificationStatus.ANSWERED);
        String verdict = reason == null || reason.isBlank() ? null : reason.strip();
        if (!accepted && verdict == null) {
            throw new RuleViolationException(new Violation(RULE, "rejection-without-reason",
                    "an answer that is not accepted is sent back with the reason"));
        }
        int last = answers.size() - 1;
        RectificationAnswer answered = answers.get(last);
        answers.set(last, answered.verified(accepted, verdict, actor, at));
        if (!accepted) {
            move(RectificationStatus.OPEN, "answer-not-accepted", actor, at, verdict);
            return;
        }
        closedOn = today;
        closedLate = answered.on().isAfter(dueOn);
        move(RectificationStatus.CLOSED, "closed", actor, at, closedLate ? "corrected after the due date " + dueOn : verdict);
        record(AssessmentEvents.RECTIFICATION_CLOSED, new RectificationClosed(id().value(), estateId.value(), street, community,
                companyId == null ? null : companyId.value(), dueOn, today, closedLate, at), at);
    }

    /**
     * Escalates an order that waits for the company's answer past its due date: to the street office from the
     * first day overdue, to the district from {@code districtFrom}. Each step once, in the history; false when
     * nothing changed.
     */
    public boolean escalate(LocalDate today, LocalDate districtFrom, Instant at) {
        if (status != RectificationStatus.OPEN || !today.isAfter(dueOn)) {
            return false;
        }
        boolean changed = false;
        if (escalation == Escalation.NONE) {
            escalation = Escalation.STREET;
            history.add(HistoryEntry.of("escalated-to-street", at, HistoryEntry.SYSTEM, status,
                    "unanswered after the due date " + dueOn));
            changed = true;
        }
        if (escalation == Escalation.STREET && !today.isBefore(districtFrom)) {
            escalation = Escalation.DISTRICT;
            history.add(HistoryEntry.of("escalated-to-district", at, HistoryEntry.SYSTEM, status,
                    "still unanswered on " + today + ", due " + dueOn));
            changed = true;
        }
        if (changed) {
            changed();
        }
        return changed;
    }

    /** Whether the order waits for a correction past its due date on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return status != RectificationStatus.CLOSED && today.isAfter(dueOn);
    }

    private String describe() {
        return cause == RectificationCause.FAILING_GRADE ? "failing grade of assessment " + sourceId
                : findingKind + " at " + place + " (" + foundAt + ")";
    }

    private void requireStatus(String command, RectificationStatus expected) {
        if (status != expected) {
            throw new StateConflictException(command, status.name());
        }
    }

    private void move(RectificationStatus to, String action, String actor, Instant at, String historyNote) {
        history.add(new HistoryEntry<>(action, at, null, actor, status, to, List.of(), historyNote));
        status = to;
        changed();
    }

    @Override
    protected String partitionKey() {
        return estateId.value();
    }

    @Override
    public RectificationId id() {
        return RectificationId.of(storedId());
    }

    public EstateId estateId() {
        return estateId;
    }

    public String street() {
        return street;
    }

    public String community() {
        return community;
    }

    public Optional<CompanyId> companyId() {
        return Optional.ofNullable(companyId);
    }

    public RectificationCause cause() {
        return cause;
    }

    public String sourceId() {
        return sourceId;
    }

    public Optional<String> findingId() {
        return Optional.ofNullable(findingId);
    }

    public Optional<FindingKind> findingKind() {
        return Optional.ofNullable(findingKind);
    }

    public Optional<InspectionLevel> foundAt() {
        return Optional.ofNullable(foundAt);
    }

    public String place() {
        return place;
    }

    public Optional<BasicService> service() {
        return Optional.ofNullable(service);
    }

    public List<String> photos() {
        return List.copyOf(photos);
    }

    public String note() {
        return note;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public RectificationStatus status() {
        return status;
    }

    public Escalation escalation() {
        return escalation;
    }

    public List<RectificationAnswer> answers() {
        return List.copyOf(answers);
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public boolean closedLate() {
        return closedLate;
    }

    public List<HistoryEntry<RectificationStatus>> history() {
        return List.copyOf(history);
    }
}
