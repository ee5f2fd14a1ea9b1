package org.estatecare.complaints.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.estatecare.complaints.calendar.WorkingDayCalendar;
import org.estatecare.complaints.routing.Category;
import org.estatecare.complaints.routing.RoutingTable;
import org.estatecare.complaints.routing.Step;
import org.estatecare.events.complaints.ComplaintAssigned;
import org.estatecare.events.complaints.ComplaintClosed;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.complaints.ComplaintFiled;
import org.estatecare.events.complaints.ComplaintMarkedDuplicate;
import org.estatecare.events.complaints.ComplaintReopened;
import org.estatecare.events.complaints.ComplaintResolved;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * A complaint, petition or violation report about an estate. It decides its own routing and deadlines
 * from the district's table and China's working-day calendar; every change appends to its history and
 * records the event that leaves with the same write. Events carry no personal data.
 */
public class Complaint extends Aggregate {

    /** Business dates (deadlines, "today") are dates in Beijing time. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private EstateRef estate;
    private Category category;
    private Channel channel;
    private ReporterKind reporterKind;
    private Complainant complainant;
    private String filerSubject;
    private Place place;
    private String description;
    private List<String> photos = new ArrayList<>();
    private String routingVersion;
    private List<Step> chain = new ArrayList<>();
    private Assignment assignment;
    private ComplaintStatus status;
    private Instant filedAt;
    private Instant acknowledgedAt;
    private Instant resolvedAt;
    private Boolean resolvedOnTime;
    private Instant closedAt;
    private Integer satisfaction;
    private String satisfactionComment;
    private String duplicateOf;
    /** Every handler the complaint has been with ({@link #handlerKey}): they may see the complainant. */
    private List<String> handlers = new ArrayList<>();
    private List<HistoryLine> history = new ArrayList<>();

    /** One line of the complaint's history; {@code actor} is a user name or "system". */
    public record HistoryLine(String action, Instant at, String actor, ComplaintStatus status, String note) {
    }

    /** What the person filing says, before routing. */
    public record Report(EstateRef estate, Category category, Channel channel, ReporterKind reporterKind,
                         Complainant complainant, String filerSubject, Place place, String description, List<String> photos) {
    }

    private Complaint() {
        // for the mapper
    }

    private Complaint(String id, Report report, Instant now) {
        super(id);
        this.estate = report.estate();
        this.category = report.category();
        this.channel = report.channel();
        this.reporterKind = report.reporterKind();
        this.complainant = report.complainant() == null ? Complainant.ANONYMOUS : report.complainant();
        this.filerSubject = report.filerSubject();
        this.place = report.place();
        this.description = report.description();
        this.photos = new ArrayList<>(report.photos() == null ? List.of() : report.photos());
        this.filedAt = now;
    }

    /**
     * Files and routes a complaint (R-CMP-1 … R-CMP-5): the chain of the district's table for its
     * category, shortened to the street office when the estate is outside the scheme (R-ELIG-2).
     */
    public static Complaint file(String id, Report report, String actor, RoutingTable routing, WorkingDayCalendar calendar,
                                 Instant now) {
        Complaint complaint = new Complaint(id, report, now);
        complaint.routingVersion = routing.district() + "/" + routing.version();
        complaint.chain = new ArrayList<>(routing.chainFor(report.category(), report.estate().inScheme()));
        complaint.recordFiled();
        complaint.assign(0, Move.ASSIGNED, null, actor, calendar, now);
        return complaint;
    }

    /** Files a repeat of an open complaint: linked to it, not routed again (its reporter is told so). */
    public static Complaint fileAsDuplicate(String id, Report report, String actor, Complaint original, Instant now) {
        if (!original.status.isOpen()) {
            throw new IllegalArgumentException("only an open complaint takes duplicates");
        }
        Complaint duplicate = new Complaint(id, report, now);
        duplicate.status = ComplaintStatus.DUPLICATE;
        duplicate.duplicateOf = original.id();
        duplicate.routingVersion = original.routingVersion;
        duplicate.recordFiled();
        duplicate.history.add(new HistoryLine("marked-duplicate", now, actor, duplicate.status, "duplicate of " + original.id()));
        duplicate.record(ComplaintEvents.MARKED_DUPLICATE, new ComplaintMarkedDuplicate(id, original.id(),
                report.estate().estateId(), report.estate().street(), report.estate().community(), report.category().name(), now), now);
        return duplicate;
    }

    /** complaints.v1 is keyed by estate id: all events of one estate stay in order. */
    @Override
    protected String partitionKey() {
        return estate.estateId();
    }

    /** Whether a new report is a repeat of this one: open, same estate, category and place, filed within the window. */
    public boolean isRepeatedBy(Report report, Duration window, Instant now) {
        return status.isOpen() && estate.estateId().equals(report.estate().estateId()) && category == report.category()
                && place.sameAs(report.place()) && !filedAt.plus(window).isBefore(now);
    }

    /** The current handler takes it on. */
    public void acknowledge(String actor, Instant now) {
        requireStatus("acknowledge", ComplaintStatus.ASSIGNED);
        acknowledgedAt = now;
        status = ComplaintStatus.IN_PROGRESS;
        history.add(new HistoryLine("acknowledged", now, actor, status, null));
        changed();
    }

    /**
     * R-CMP-3: the handler reports that dissuasion failed (or that it cannot handle it): the complaint
     * goes to the next step of its chain, with fresh deadlines. There is none after the last step.
     */
    public void escalate(String reason, String actor, WorkingDayCalendar calendar, Instant now) {
        requireOpen("escalate");
        if (assignment.stepIndex() + 1 >= chain.size()) {
            throw new RuleViolationException(new Violation("R-CMP-3", "last-step",
                    "the complaint is already with the last handler of its chain"));
        }
        assign(assignment.stepIndex() + 1, Move.ESCALATED, reason, actor, calendar, now);
    }

    /** Escalates automatically once the resolve deadline has passed; false when not due or nowhere to go. */
    public boolean escalateIfOverdue(WorkingDayCalendar calendar, Instant now) {
        if (!isOverdue(now) || assignment.stepIndex() + 1 >= chain.size()) {
            return false;
        }
        assign(assignment.stepIndex() + 1, Move.ESCALATED, "deadline " + assignment.resolveBy() + " passed", "system",
                calendar, now);
        return true;
    }

    /** Open and past the end of its resolve-by day (Beijing time). */
    public boolean isOverdue(Instant now) {
        return status.isOpen() && today(now).isAfter(assignment.resolveBy());
    }

    public void resolve(String note, String actor, Instant now) {
        requireOpen("resolve");
        resolvedAt = now;
        resolvedOnTime = !today(now).isAfter(assignment.resolveBy());
        status = ComplaintStatus.RESOLVED;
        history.add(new HistoryLine("resolved", now, actor, status, note));
        Step step = assignment.step();
        record(ComplaintEvents.RESOLVED, new ComplaintResolved(id, estate.estateId(), estate.street(), estate.community(),
                category.name(), step.kind().name(), step.department(), now, resolvedOnTime), now);
    }

    /** The complainant's verdict, 1 (very dissatisfied) to 5 (very satisfied), closes it. */
    public void close(int satisfactionScore, String comment, String actor, Instant now) {
        requireStatus("close", ComplaintStatus.RESOLVED);
        if (satisfactionScore < 1 || satisfactionScore > 5) {
            throw new IllegalArgumentException("satisfaction is 1 to 5");
        }
        satisfaction = satisfactionScore;
        satisfactionComment = comment;
        closedAt = now;
        status = ComplaintStatus.CLOSED;
        history.add(new HistoryLine("closed", now, actor, status, null));
        record(ComplaintEvents.CLOSED, new ComplaintClosed(id, estate.estateId(), estate.street(), estate.community(),
                category.name(), satisfactionScore, now), now);
    }

    /** Back to the same handler with fresh deadlines, if asked within {@code window} of its resolution. */
    public void reopen(String reason, String actor, Duration window, WorkingDayCalendar calendar, Instant now) {
        if (status != ComplaintStatus.RESOLVED && status != ComplaintStatus.CLOSED) {
            throw new StateConflictException("reopen", status.name());
        }
        if (resolvedAt.plus(window).isBefore(now)) {
            throw new RuleViolationException(new Violation("R-CMP-1", "reopen-window-passed",
                    "a complaint can be reopened within " + window.toDays() + " days of its resolution"));
        }
        resolvedAt = null;
        resolvedOnTime = null;
        closedAt = null;
        satisfaction = null;
        satisfactionComment = null;
        record(ComplaintEvents.REOPENED, new ComplaintReopened(id, estate.estateId(), estate.street(), estate.community(),
                category.name(), now), now);
        assign(assignment.stepIndex(), Move.REASSIGNED, reason, actor, calendar, now);
    }

    /** How a complaint comes to a handler: routed at filing, escalated along the chain, or given back on reopening. */
    private enum Move { ASSIGNED, ESCALATED, REASSIGNED }

    private void assign(int stepIndex, Move move, String reason, String actor, WorkingDayCalendar calendar, Instant now) {
        Step step = chain.get(stepIndex);
        LocalDate day = today(now);
        assignment = new Assignment(stepIndex, step, now, calendar.addWorkingDays(day, step.acknowledgeWorkingDays()),
                calendar.addWorkingDays(day, step.resolveWorkingDays()));
        acknowledgedAt = null;
        status = ComplaintStatus.ASSIGNED;
        String key = handlerKey(step);
        if (!handlers.contains(key)) {
            handlers.add(key);
        }
        history.add(new HistoryLine(move.name().toLowerCase(), now, actor, status, reason));
        record(move == Move.ESCALATED ? ComplaintEvents.ESCALATED : ComplaintEvents.ASSIGNED,
                new ComplaintAssigned(id, estate.estateId(), estate.street(), estate.community(), category.name(),
                        step.kind().name(), step.department(), stepIndex, assignment.acknowledgeBy(), assignment.resolveBy(),
                        reason), now);
    }

    private void recordFiled() {
        status = status == null ? ComplaintStatus.ASSIGNED : status;
        history.add(new HistoryLine("filed", filedAt, filerSubject == null ? "anonymous" : "filer", status, null));
        record(ComplaintEvents.FILED, new ComplaintFiled(id, estate.estateId(), estate.street(), estate.community(),
                category.name(), channel.name(), reporterKind.name(), complainant.anonymous(), filedAt), filedAt);
    }

    private void requireStatus(String command, ComplaintStatus required) {
        if (status != required) {
            throw new StateConflictException(command, status.name());
        }
    }

    private void requireOpen(String command) {
        if (!status.isOpen()) {
            throw new StateConflictException(command, status.name());
        }
    }

    /**
     * Who exactly a step's handler is for this complaint: {@code STREET_OFFICE:<street>},
     * {@code RESIDENTS_COMMITTEE:<community>}, {@code DEPARTMENT:<department>},
     * {@code SERVICE_COMPANY:<estate>} (the company serving the estate).
     */
    public String handlerKey(Step step) {
        return step.kind().name() + ":" + switch (step.kind()) {
            case STREET_OFFICE -> estate.street();
            case RESIDENTS_COMMITTEE -> estate.community();
            case DEPARTMENT -> step.department();
            case SERVICE_COMPANY -> estate.estateId();
        };
    }

    /** The key of the handler it is with now; empty for a duplicate. */
    public Optional<String> currentHandler() {
        return assignment().map(a -> handlerKey(a.step()));
    }

    public List<String> handlers() {
        return List.copyOf(handlers);
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, BUSINESS_ZONE);
    }

    public EstateRef estate() {
        return estate;
    }

    public Category category() {
        return category;
    }

    public Channel channel() {
        return channel;
    }

    public ReporterKind reporterKind() {
        return reporterKind;
    }

    /** The complainant as stored: only for the handlers of this complaint and the district. */
    public Complainant complainant() {
        return complainant;
    }

    public Optional<String> filerSubject() {
        return Optional.ofNullable(filerSubject);
    }

    public Place place() {
        return place;
    }

    public String description() {
        return description;
    }

    public List<String> photos() {
        return List.copyOf(photos);
    }

    public String routingVersion() {
        return routingVersion;
    }

    public List<Step> chain() {
        return List.copyOf(chain);
    }

    public Optional<Assignment> assignment() {
        return Optional.ofNullable(assignment);
    }

    public ComplaintStatus status() {
        return status;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<Boolean> resolvedOnTime() {
        return Optional.ofNullable(resolvedOnTime);
    }

    public Optional<Integer> satisfaction() {
        return Optional.ofNullable(satisfaction);
    }

    public Optional<String> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }

    public List<HistoryLine> history() {
        return List.copyOf(history);
    }
}
