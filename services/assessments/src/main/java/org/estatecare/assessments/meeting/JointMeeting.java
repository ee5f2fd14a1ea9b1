package org.estatecare.assessments.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.assessments.JointMeetingMinutesRecorded;
import org.estatecare.events.codes.LabelledCode;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * A street's joint meeting (联席会议, R-JOINT-1): convened by the street office for a day with its members — district
 * departments (at least one), service companies, invited resident representatives — and an agenda drawn from the
 * street's open problems. Once the day has come the street office keeps the minutes: who attended, what was decided on
 * each item, and the action items agreed, each with its owner (a member, or the street office) and deadline. The
 * street office follows them to done; one past its deadline goes to the district (R-DIST-1).
 */
@Implements({"R-JOINT-1", "R-DIST-1"})
public class JointMeeting extends Aggregate<JointMeetingId> {

    public static final String RULE = "R-JOINT-1";
    /** How far ahead a meeting is convened. */
    static final int MONTHS_AHEAD = 12;

    public enum Status implements LabelledCode {
        SCHEDULED("已安排"),
        HELD("已召开");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Who convened it and the members it invited. */
    public record Members(List<Department> departments, List<String> companies, List<String> residentRepresentatives) {

        public Members {
            departments = departments == null ? List.of() : List.copyOf(new LinkedHashSet<>(departments));
            companies = companies == null ? List.of() : List.copyOf(new LinkedHashSet<>(companies));
            residentRepresentatives = residentRepresentatives == null ? List.of() : List.copyOf(residentRepresentatives);
        }
    }

    /** An action item as agreed in the minutes, before it is numbered. */
    public record Agreed(Integer agendaItem, Owner owner, String description, LocalDate deadline) {
    }

    private String street;
    private LocalDate day;
    private Members members;
    private List<AgendaItem> agenda = new ArrayList<>();
    private Status status;
    private String convenedBy;
    private Instant convenedAt;
    private Minutes minutes;
    private List<ActionItem> actionItems = new ArrayList<>();

    protected JointMeeting() {
    }

    private JointMeeting(JointMeetingId id) {
        super(id);
    }

    @Override
    public JointMeetingId id() {
        return new JointMeetingId(storedId());
    }

    /**
     * Convenes a meeting of {@code street} on {@code day}. Refused (422, R-JOINT-1) for a day before today or more than a
     * year ahead, without a department among the members, or with an agenda item about an estate of another street.
     */
    public static JointMeeting convene(JointMeetingId id, String street, LocalDate day, Members members, List<AgendaItem> agenda,
                                       Set<EstateId> streetEstates, String actor, LocalDate today, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (day.isBefore(today)) {
            violations.add(new Violation(RULE, "day-passed", "a meeting is convened for today or a day ahead, not " + day, "day"));
        } else if (day.isAfter(today.plusMonths(MONTHS_AHEAD))) {
            violations.add(new Violation(RULE, "day-too-far", "a meeting is convened at most " + MONTHS_AHEAD + " months ahead", "day"));
        }
        if (members.departments().isEmpty()) {
            violations.add(new Violation(RULE, "no-department", "the joint meeting coordinates the district departments' duties: "
                    + "invite at least one department", "members.departments"));
        }
        for (int i = 0; i < agenda.size(); i++) {
            EstateId estate = agenda.get(i).estateId();
            if (estate != null && !streetEstates.contains(estate)) {
                violations.add(new Violation(RULE, "estate-of-another-street", "estate " + estate + " is not one of "
                        + street + "'s estates", "agenda[" + i + "].estateId"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        JointMeeting meeting = new JointMeeting(id);
        meeting.street = street;
        meeting.day = day;
        meeting.members = members;
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            meeting.agenda.add(new AgendaItem(i + 1, item.source(), item.sourceId(), item.estateId(), item.title()));
        }
        meeting.status = Status.SCHEDULED;
        meeting.convenedBy = actor;
        meeting.convenedAt = now;
        meeting.changed();
        return meeting;
    }

    /**
     * Keeps the minutes of the meeting, once: from its day on. Each decision is about an agenda item; each action item
     * is owned by a member department or company, or by the street office, and due not before the meeting's day.
     * Announced per estate on the agenda for the work archives (R-STAFF-1).
     */
    public void recordMinutes(List<String> attendees, List<Minutes.Decision> decisions, List<Agreed> agreed, String actor,
                              LocalDate today, Instant now) {
        if (status == Status.HELD) {
            throw new StateConflictException("record-minutes", Status.HELD.name());
        }
        List<Violation> violations = new ArrayList<>();
        if (today.isBefore(day)) {
            violations.add(new Violation(RULE, "not-held-yet", "the meeting of " + day + " has not been held yet", "day"));
        }
        for (int i = 0; i < decisions.size(); i++) {
            if (agendaItem(decisions.get(i).agendaItem()).isEmpty()) {
                violations.add(new Violation(RULE, "no-such-agenda-item", "the agenda has no item " + decisions.get(i).agendaItem(),
                        "decisions[" + i + "].agendaItem"));
            }
        }
        for (int i = 0; i < agreed.size(); i++) {
            Agreed item = agreed.get(i);
            if (!isMemberOrStreet(item.owner())) {
                violations.add(new Violation(RULE, "owner-not-a-member", "an action item is owned by a member of the meeting or "
                        + "the street office", "actionItems[" + i + "].owner"));
            }
            if (item.deadline().isBefore(day)) {
                violations.add(new Violation(RULE, "deadline-before-meeting", "an action item is not due before the meeting",
                        "actionItems[" + i + "].deadline"));
            } else if (item.deadline().isAfter(day.plusMonths(MONTHS_AHEAD))) {
                violations.add(new Violation(RULE, "deadline-too-far", "an action item is due within " + MONTHS_AHEAD
                        + " months of the meeting", "actionItems[" + i + "].deadline"));
            }
            if (item.agendaItem() != null && agendaItem(item.agendaItem()).isEmpty()) {
                violations.add(new Violation(RULE, "no-such-agenda-item", "the agenda has no item " + item.agendaItem(),
                        "actionItems[" + i + "].agendaItem"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        minutes = new Minutes(attendees, decisions, actor, now);
        for (Agreed item : agreed) {
            actionItems.add(ActionItem.agreed(actionItems.size() + 1, item.agendaItem(), item.owner(), item.description(),
                    item.deadline()));
        }
        status = Status.HELD;
        announceMinutes(now);
    }

    /** Its owner (or the street office, or the district) reports an action item done. */
    public ActionItem complete(int number, String note, String actor, LocalDate today, Instant now) {
        ActionItem item = actionItem(number).orElseThrow(() -> new NotFoundException("action item", id() + "/" + number));
        if (!item.pending()) {
            throw new StateConflictException("complete", ActionItem.Status.DONE.name());
        }
        ActionItem done = item.done(today, actor, note, now);
        actionItems.set(actionItems.indexOf(item), done);
        changed();
        return done;
    }

    /** Notes that an overdue action item went to the district as {@code referralId} (R-DIST-1); false if it had already. */
    public boolean referred(int number, String referralId) {
        ActionItem item = actionItem(number).orElseThrow();
        if (item.status() != ActionItem.Status.OPEN) {
            return false;
        }
        actionItems.set(actionItems.indexOf(item), item.referred(referralId));
        changed();
        return true;
    }

    /** The action items past their deadline on {@code today}, still open and not yet with the district. */
    public List<ActionItem> dueForReferral(LocalDate today) {
        return actionItems.stream().filter(item -> item.dueForReferralOn(today)).toList();
    }

    private void announceMinutes(Instant now) {
        Set<EstateId> estates = new LinkedHashSet<>();
        agenda.stream().map(AgendaItem::estateId).filter(java.util.Objects::nonNull).forEach(estates::add);
        for (EstateId estate : estates) {
            List<JointMeetingMinutesRecorded.Point> points = agenda.stream().filter(item -> estate.equals(item.estateId()))
                    .map(item -> new JointMeetingMinutesRecorded.Point(item.source().name(), item.title(), decisionOn(item.number())))
                    .toList();
            record(AssessmentEvents.JOINT_MEETING_MINUTES_RECORDED, new JointMeetingMinutesRecorded(storedId(), estate.value(),
                    street, day, points, actionItems.size(), minutes.recordedBy(), now), now, estate.value());
        }
        changed();
    }

    private String decisionOn(int agendaItem) {
        return minutes.decisions().stream().filter(d -> d.agendaItem() == agendaItem).map(Minutes.Decision::decision)
                .findFirst().orElse(null);
    }

    private boolean isMemberOrStreet(Owner owner) {
        return switch (owner.kind()) {
            case DEPARTMENT -> members.departments().stream().anyMatch(d -> d.name().equals(owner.code()));
            case COMPANY -> members.companies().contains(owner.code());
            case STREET_OFFICE -> street.equals(owner.code());
        };
    }

    private Optional<AgendaItem> agendaItem(int number) {
        return agenda.stream().filter(item -> item.number() == number).findFirst();
    }

    public Optional<ActionItem> actionItem(int number) {
        return actionItems.stream().filter(item -> item.number() == number).findFirst();
    }

    public String street() {
        return street;
    }

    public LocalDate day() {
        return day;
    }

    public Members members() {
        return members;
    }

    public List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }

    public Status status() {
        return status;
    }

    public String convenedBy() {
        return convenedBy;
    }

    public Instant convenedAt() {
        return convenedAt;
    }

    public Optional<Minutes> minutes() {
        return Optional.ofNullable(minutes);
    }

    public List<ActionItem> actionItems() {
        return List.copyOf(actionItems);
    }
}
