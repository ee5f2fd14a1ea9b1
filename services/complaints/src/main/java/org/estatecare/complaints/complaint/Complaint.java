package org.estatecare.complaints.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.estatecare.complaints.routing.Category;
import org.estatecare.complaints.routing.Deadline;
import org.estatecare.complaints.routing.HandlerKind;
import org.estatecare.complaints.routing.RoutingTable;
import org.estatecare.complaints.routing.Step;
import org.estatecare.events.codes.Facility;
import org.estatecare.events.complaints.ComplaintAssigned;
import org.estatecare.events.complaints.ComplaintClosed;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.complaints.ComplaintFiled;
import org.estatecare.events.complaints.ComplaintMarkedDuplicate;
import org.estatecare.events.complaints.ComplaintReopened;
import org.estatecare.events.complaints.ComplaintResolved;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.time.WorkingDayCalendar;

/**
 * A complaint, petition or violation report about an estate. It decides its own routing and deadlines
 * from the district's table and China's working-day calendar; every change appends to its history and
 * records the event that leaves with the same write. Events carry no personal data.
 */
@Implements({"R-CMP-1", "R-CMP-2", "R-CMP-3", "R-CMP-5"})
public class Complaint extends Aggregate<ComplaintId> {

    /** Business dates (deadlines, "today") are dates in Beijing time. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");
    /** The history's actor for what the service does by itself (routing, escalation at a deadline, moves). */
    public static final String SYSTEM = HistoryEntry.SYSTEM;
    /** The history's actor for an anonymous complainant. */
    public static final String ANONYMOUS = "anonymous";

    private EstateRef estate;
    private Category category;
    /** For a repair, the facility it is about (R-MAINT-1); null otherwise. */
    private Facility facility;
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
    /** A handler let its step's resolve deadline pass (left it late, or it escalated by itself): never on time again. */
    private boolean deadlineMissed;
    /** Whether the service company finished its own step (resolved or escalated it) by its deadline; null if not judged. */
    private Boolean companyOnTime;
    /** Bodies told of the complaint in parallel with its handling ({@link #handlerKey}), e.g. R-CMP-2. */
    private List<String> informed = new ArrayList<>();
    private Instant closedAt;
    private Integer satisfaction;
    private String satisfactionComment;
    private ComplaintId duplicateOf;
    /** Every handler the complaint has been with ({@link #handlerKey}): they may see the complainant. */
    private List<String> handlers = new ArrayList<>();
    /** What happened, when, by whom ({@link #SYSTEM} for the service itself), and the status it left. */
    private List<HistoryEntry<ComplaintStatus>> history = new ArrayList<>();

    /** What the person filing says, before routing. */
    public record Report(EstateRef estate, Category category, Channel channel, ReporterKind reporterKind,
                         Complainant complainant, String filerSubject, Place place, String description, List<String> photos,
                         Facility facility) {

        public Report(EstateRef estate, Category category, Channel channel, ReporterKind reporterKind, Complainant complainant,
                      String filerSubject, Place place, String description, List<String> photos) {
            this(estate, category, channel, reporterKind, complainant, filerSubject, place, description, photos, null);
        }
    }

    private Complaint() {
        // for the mapper
    }

    private Complaint(ComplaintId id, Report report, Instant now) {
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
        this.facility = report.facility();
    }

    /**
     * Files and routes a complaint (R-CMP-1 … R-CMP-5): the chain of the district's table for its
     * category, as the estate stood on the filing day ({@link EstateRef}): shortened to the street office
     * when the estate is outside the scheme (R-ELIG-2), without the company step when no company serves it,
     * from the street office on for a petition by letter or visit (R-CMP-1). Routing is the system's doing:
     * the history never names who filed (an anonymous complaint stays anonymous).
     */
    public static Complaint file(ComplaintId id, Report report, RoutingTable routing, WorkingDayCalendar calendar, Instant now) {
        return file(id, report, routing, null, calendar, now);
    }

    /**
     * Files and routes a complaint as {@link #file(ComplaintId, Report, RoutingTable, WorkingDayCalendar, Instant)}, a
     * repair going first to {@code repairUnit} when there is one: the unit bound by the facility's warranty on the
     * filing day, else the unit named to maintain it (R-MAINT-1, R-MAINT-2).
     */
    public static Complaint file(ComplaintId id, Report report, RoutingTable routing, String repairUnit,
                                 WorkingDayCalendar calendar, Instant now) {
        Complaint complaint = new Complaint(id, report, now);
        complaint.routingVersion = routing.district() + "/" + routing.version();
        complaint.chain = new ArrayList<>(routing.chainFor(report.category(), new RoutingTable.Circumstances(
                report.estate().inScheme(), report.estate().companyServes(), report.channel().isPetition(), repairUnit)));
        complaint.recordFiled();
        complaint.assign(0, Move.ASSIGNED, null, SYSTEM, calendar, now);
        return complaint;
    }

    /** Files a repeat of an open complaint: linked to it, not routed again (its reporter is told so). */
    public static Complaint fileAsDuplicate(ComplaintId id, Report report, Complaint original, Instant now) {
        if (!original.status.isOpen()) {
            throw new IllegalArgumentException("only an open complaint takes duplicates");
        }
        Complaint duplicate = new Complaint(id, report, now);
        duplicate.status = ComplaintStatus.DUPLICATE;
        duplicate.duplicateOf = original.id();
        duplicate.routingVersion = original.routingVersion;
        duplicate.recordFiled();
        duplicate.append("marked-duplicate", now, SYSTEM, duplicate.status, "duplicate of " + original.id());
        duplicate.record(ComplaintEvents.MARKED_DUPLICATE, new ComplaintMarkedDuplicate(id.value(), original.id().value(),
                report.estate().estateId().value(), report.estate().street(), report.estate().community(), report.category().name(), now), now);
        return duplicate;
    }

    /** complaints.v1 is keyed by estate id: all events of one estate stay in order. */
    @Override
    protected String partitionKey() {
        return estate.estateId().value();
    }

    @Override
    public ComplaintId id() {
        return new ComplaintId(storedId());
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
        append("acknowledged", now, actor, ComplaintStatus.ASSIGNED, null);
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
        leaveStep(now, true);
        assign(assignment.stepIndex() + 1, Move.ESCALATED, reason, actor, calendar, now);
    }

    /** Escalates automatically once the resolve deadline has passed; false when not due or nowhere to go. */
    public boolean escalateIfOverdue(WorkingDayCalendar calendar, Instant now) {
        if (!isOverdue(now) || assignment.stepIndex() + 1 >= chain.size()) {
            return false;
        }
        String passed = assignment.step().resolve().inHours()
                ? assignment.resolveDueAt().atZone(BUSINESS_ZONE).toOffsetDateTime().toString() : assignment.resolveBy().toString();
        leaveStep(now, true);
        assign(assignment.stepIndex() + 1, Move.ESCALATED, "deadline " + passed + " passed", SYSTEM, calendar, now);
        return true;
    }

    /**
     * The service company no longer serves the estate (exit, agreement ended, mode changed away): an open
     * complaint with the company moves to the street office, which answers for the estate now (R-PRIN-1),
     * with fresh deadlines. False when it is not with the company (nothing to move).
     */
    public boolean moveToStreetOffice(String reason, WorkingDayCalendar calendar, Instant now) {
        if (!status.isOpen() || assignment == null || assignment.step().kind() != HandlerKind.SERVICE_COMPANY) {
            return false;
        }
        int street = -1;
        for (int i = assignment.stepIndex() + 1; i < chain.size() && street < 0; i++) {
            if (chain.get(i).kind() == HandlerKind.STREET_OFFICE) {
                street = i;
            }
        }
        if (street < 0) {
            Step company = assignment.step();
            street = assignment.stepIndex() + 1;
            chain.add(street, Step.of(HandlerKind.STREET_OFFICE, null, company.acknowledge(), company.resolve()));
        }
        leaveStep(now, false);
        assign(street, Move.REASSIGNED, reason, SYSTEM, calendar, now);
        return true;
    }

    /** Open and past its resolve deadline: the end of its resolve-by day, or the hour for an hour step (R-CMP-5). */
    public boolean isOverdue(Instant now) {
        return status.isOpen() && assignment != null && assignment.resolveDeadlinePassed(now);
    }

    /**
     * The handler leaves its step (resolves, escalates, or loses the estate): a step finished after its
     * deadline makes the complaint late for good — the next handler's fresh deadline is theirs, not the
     * complaint's. The company's own timeliness is kept apart; a company that lost the estate is judged
     * only if it was late already.
     */
    private void leaveStep(Instant now, boolean byItsHandler) {
        boolean late = assignment.resolveDeadlinePassed(now);
        deadlineMissed |= late;
        if (assignment.step().kind() == HandlerKind.SERVICE_COMPANY && (byItsHandler || late)) {
            companyOnTime = !late;
        }
    }

    public void resolve(String note, String actor, Instant now) {
        requireOpen("resolve");
        ComplaintStatus before = status;
        resolvedAt = now;
        leaveStep(now, true);
        resolvedOnTime = !deadlineMissed;
        status = ComplaintStatus.RESOLVED;
        append("resolved", now, actor, before, note);
        Step step = assignment.step();
        record(ComplaintEvents.RESOLVED, new ComplaintResolved(storedId(), estate.estateId().value(), estate.street(), estate.community(),
                category.name(), step.kind().name(), step.department(), now, resolvedOnTime), now);
    }

    /** The complainant's verdict, 1 (very dissatisfied) to 5 (very satisfied), closes it. */
    public void close(int satisfactionScore, String comment, String actor, Instant now) {
        if (satisfactionScore < 1 || satisfactionScore > 5) {
            throw new RuleViolationException(new Violation("R-ASM-4", "satisfaction-out-of-range",
                    "satisfaction is a whole number from 1 (very dissatisfied) to 5 (very satisfied)"));
        }
        requireStatus("close", ComplaintStatus.RESOLVED);
        satisfaction = satisfactionScore;
        satisfactionComment = comment;
        closedAt = now;
        status = ComplaintStatus.CLOSED;
        append("closed", now, actor, ComplaintStatus.RESOLVED, null);
        record(ComplaintEvents.CLOSED, new ComplaintClosed(storedId(), estate.estateId().value(), estate.street(), estate.community(),
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
        record(ComplaintEvents.REOPENED, new ComplaintReopened(storedId(), estate.estateId().value(), estate.street(), estate.community(),
                category.name(), now), now);
        assign(assignment.stepIndex(), Move.REASSIGNED, reason, actor, calendar, now);
    }

    /** How a complaint comes to a handler: routed at filing, escalated along the chain, or given back on reopening. */
    private enum Move { ASSIGNED, ESCALATED, REASSIGNED }

    private void assign(int stepIndex, Move move, String reason, String actor, WorkingDayCalendar calendar, Instant now) {
        Step step = chain.get(stepIndex);
        ComplaintStatus before = status;
        assignment = deadlines(stepIndex, step, now, calendar);
        acknowledgedAt = null;
        status = ComplaintStatus.ASSIGNED;
        String key = handlerKey(step);
        if (!handlers.contains(key)) {
            handlers.add(key);
        }
        append(move.name().toLowerCase(), now, actor, before, reason);
        if (step.informs() != null) {
            // R-CMP-2 「立即报告」: told now, in parallel with the handler's dissuasion, not after its deadline
            String told = handlerKey(step.informs(), null);
            if (!informed.contains(told)) {
                informed.add(told);
            }
            append("informed", now, SYSTEM, status, told);
        }
        record(move == Move.ESCALATED ? ComplaintEvents.ESCALATED : ComplaintEvents.ASSIGNED,
                new ComplaintAssigned(storedId(), estate.estateId().value(), estate.street(), estate.community(), category.name(),
                        step.kind().name(), step.department(), stepIndex, assignment.acknowledgeBy(), assignment.resolveBy(),
                        reason), now);
    }

    /**
     * The step's deadlines counted from {@code since}, in hours or working days ({@link Deadline}); provisional if
     * counted through a provisional year. The business date of a deadline is the day its last moment falls on.
     */
    private static Assignment deadlines(int stepIndex, Step step, Instant since, WorkingDayCalendar calendar) {
        Deadline.Due acknowledge = step.acknowledge().dueAfter(since, BUSINESS_ZONE, calendar);
        Deadline.Due resolve = step.resolve().dueAfter(since, BUSINESS_ZONE, calendar);
        return new Assignment(stepIndex, step, since, lastDay(acknowledge.at()), lastDay(resolve.at()),
                acknowledge.provisional() || resolve.provisional(), acknowledge.at(), resolve.at());
    }

    private static LocalDate lastDay(Instant due) {
        return LocalDate.ofInstant(due.minusNanos(1), BUSINESS_ZONE);
    }

    /**
     * A year's official holiday arrangement was loaded ({@code calendarVersion}, e.g. {@code 2027 v1}): the
     * current deadlines are counted again from the start of the assignment. Says so in the history when
     * they move or stop being provisional; false (nothing changed) otherwise. Records no event.
     */
    public boolean recomputeDeadlines(WorkingDayCalendar calendar, String calendarVersion, Instant now) {
        if (assignment == null || !status.isOpen()) {
            return false;
        }
        Assignment old = assignment;
        Assignment recomputed = deadlines(old.stepIndex(), old.step(), old.since(), calendar);
        if (recomputed.equals(old)) {
            return false;
        }
        assignment = recomputed;
        append("deadline-recomputed", now, SYSTEM, status, "calendar " + calendarVersion
                + ": acknowledge by " + old.acknowledgeBy() + " → " + recomputed.acknowledgeBy()
                + ", resolve by " + old.resolveBy() + " → " + recomputed.resolveBy()
                + (recomputed.provisional() ? " (provisional)" : ""));
        changed();
        return true;
    }

    private void recordFiled() {
        status = status == null ? ComplaintStatus.ASSIGNED : status;
        // who filed is for the access checks, never for the history: an anonymous complaint stays anonymous
        append("filed", filedAt, complainant.anonymous() ? ANONYMOUS : "filer", status, null);
        record(ComplaintEvents.FILED, new ComplaintFiled(storedId(), estate.estateId().value(), estate.street(), estate.community(),
                category.name(), channel.name(), reporterKind.name(), complainant.anonymous(), filedAt), filedAt);
    }

    /** Appends to the history the status the action leaves, and the one before when the action moved it. */
    private void append(String action, Instant at, String actor, ComplaintStatus before, String note) {
        history.add(new HistoryEntry<>(action, at, null, actor, before == status ? null : before, status, List.of(), note));
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
        return handlerKey(step.kind(), step.department());
    }

    private String handlerKey(HandlerKind kind, String department) {
        return kind.name() + ":" + switch (kind) {
            case STREET_OFFICE -> estate.street();
            case RESIDENTS_COMMITTEE -> estate.community();
            case DEPARTMENT -> department;
            case SERVICE_COMPANY -> estate.estateId().value();
        };
    }

    /** The bodies told of the complaint besides its handlers ({@link #handlerKey} form), e.g. the residents' committee (R-CMP-2). */
    public List<String> informed() {
        return informed == null ? List.of() : List.copyOf(informed);
    }

    /** Whether the service company finished its own step by its deadline; empty when it had none or was not judged. */
    public Optional<Boolean> companyOnTime() {
        return Optional.ofNullable(companyOnTime);
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

    public Optional<Facility> facility() {
        return Optional.ofNullable(facility);
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

    public Optional<ComplaintId> duplicateOf() {
        return Optional.ofNullable(duplicateOf);
    }

    public List<HistoryEntry<ComplaintStatus>> history() {
        return List.copyOf(history);
    }
}
