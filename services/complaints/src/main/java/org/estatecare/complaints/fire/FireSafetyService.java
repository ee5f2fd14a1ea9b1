package org.estatecare.complaints.fire;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.estatecare.complaints.complaint.Channel;
import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.ComplaintService;
import org.estatecare.complaints.complaint.EstateStanding;
import org.estatecare.complaints.complaint.Place;
import org.estatecare.complaints.complaint.ReporterKind;
import org.estatecare.complaints.routing.Category;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.web.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Fire-lane patrols and fire-safety education per street (R-FIRE-1). A patrol is checked whole before anything is
 * written: its day, its route of the street's own estates, its findings on that route. Then each blocked lane found is
 * opened as a complaint (R-CMP-5: the street office's, due within hours) and the patrol recorded with their ids.
 */
@Service
@Implements({"R-FIRE-1", "R-CMP-5"})
public class FireSafetyService {

    private static final Logger log = LoggerFactory.getLogger(FireSafetyService.class);
    public static final String RULE = "R-FIRE-1";
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    private final FireSafetyRecords records;
    private final FireSafetyAccess access;
    private final EstateStanding estates;
    private final ComplaintService complaints;
    private final Clock clock;

    public FireSafetyService(FireSafetyRecords records, FireSafetyAccess access, EstateStanding estates, ComplaintService complaints,
                             Clock clock) {
        this.records = records;
        this.access = access;
        this.estates = estates;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** What a patrol reports: one finding per blocked lane. */
    public record PatrolReport(String street, LocalDate day, List<EstateId> route, List<String> patrolledBy, List<FindingReport> findings) {
    }

    public record FindingReport(EstateId estateId, String place, String obstruction, List<String> photos) {
    }

    public FireLanePatrol recordPatrol(PatrolReport report, Caller caller) {
        requireRecords(caller, report.street());
        List<Violation> violations = new ArrayList<>(dayProblems(report.day()));
        violations.addAll(estateProblems(report.street(), report.route(), report.day(), "route"));
        Set<EstateId> walked = new HashSet<>(report.route());
        for (int i = 0; i < report.findings().size(); i++) {
            if (!walked.contains(report.findings().get(i).estateId())) {
                violations.add(new Violation(RULE, "finding-off-route", "a finding lies on the patrol's route",
                        "findings[" + i + "].estateId"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        List<FireLanePatrol.Finding> findings = new ArrayList<>();
        for (FindingReport finding : report.findings()) {
            Complaint opened = complaints.file(new ComplaintService.Filing(finding.estateId(), Category.BLOCKED_FIRE_LANE,
                    Channel.PATROL, ReporterKind.INSPECTOR, null, new Place(null, finding.place(), null, null),
                    "消防车通道被占堵：" + finding.obstruction(), finding.photos()), caller);
            findings.add(new FireLanePatrol.Finding(finding.estateId(), finding.place(), finding.obstruction(), finding.photos(),
                    opened.id()));
        }
        FireLanePatrol patrol = records.add(FireLanePatrol.record(report.street(), report.day(), report.route(), report.patrolledBy(),
                findings, caller.username(), !caller.has(Role.STREET_OFFICER), clock.instant()));
        log.info("fire-lane patrol recorded: id={} street={} day={} findings={}", patrol.id(), patrol.street(), patrol.day(),
                findings.size());
        return patrol;
    }

    public FireSafetySession recordSession(String street, LocalDate day, List<EstateId> reached, String topic, String givenBy,
                                           int attendance, Caller caller) {
        requireRecords(caller, street);
        List<Violation> violations = new ArrayList<>(dayProblems(day));
        violations.addAll(estateProblems(street, reached, day, "estates"));
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        FireSafetySession session = records.add(FireSafetySession.record(street, day, reached, topic, givenBy, attendance,
                caller.username(), !caller.has(Role.STREET_OFFICER), clock.instant()));
        log.info("fire-safety session recorded: id={} street={} day={}", session.id(), street, day);
        return session;
    }

    public FireLanePatrol patrol(FireSafetyRecordId id, Caller caller) {
        requireReads(caller);
        return records.find(FireLanePatrol.class, id, access.scope(caller))
                .orElseThrow(() -> new NotFoundException("fire-lane patrol", id.value()));
    }

    public FireSafetySession session(FireSafetyRecordId id, Caller caller) {
        requireReads(caller);
        return records.find(FireSafetySession.class, id, access.scope(caller))
                .orElseThrow(() -> new NotFoundException("fire-safety session", id.value()));
    }

    public Page<FireLanePatrol> patrols(String street, LocalDate from, LocalDate to, Pageable page, Caller caller) {
        requireReads(caller);
        return records.page(FireLanePatrol.class, street, from, to, access.scope(caller), page);
    }

    public Page<FireSafetySession> sessions(String street, LocalDate from, LocalDate to, Pageable page, Caller caller) {
        requireReads(caller);
        return records.page(FireSafetySession.class, street, from, to, access.scope(caller), page);
    }

    /** A street's year of patrols and sessions, month by month; a year from 2000 to this one. */
    public StreetYear year(String street, int year, Caller caller) {
        requireReads(caller);
        if (!access.mayReadStreet(caller, street)) {
            throw new AccessDeniedException("another street's fire-safety records");
        }
        LocalDate today = Complaint.today(clock.instant());
        if (year < FIRST_DAY.getYear() || year > today.getYear()) {
            throw new InvalidParameterException("year", "a year from " + FIRST_DAY.getYear() + " to " + today.getYear());
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        return StreetYear.of(street, year, records.all(FireLanePatrol.class, street, from, to),
                records.all(FireSafetySession.class, street, from, to), today);
    }

    private List<Violation> dayProblems(LocalDate day) {
        LocalDate today = Complaint.today(clock.instant());
        if (day.isAfter(today)) {
            return List.of(new Violation(RULE, "day-ahead", "a patrol or session is recorded once it took place, not for " + day, "day"));
        }
        if (day.isBefore(FIRST_DAY)) {
            return List.of(new Violation(RULE, "day-before-2000", "no record is dated before 2000", "day"));
        }
        return List.of();
    }

    /** Each estate known here and of the street on the day. */
    private List<Violation> estateProblems(String street, List<EstateId> list, LocalDate day, String field) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            boolean ofStreet = estates.on(list.get(i), day).map(e -> street.equals(e.street())).orElse(false);
            if (!ofStreet) {
                violations.add(new Violation(RULE, "estate-not-of-street", "estate " + list.get(i) + " is not known as one of "
                        + street + "'s estates", field + "[" + i + "]"));
            }
        }
        return violations;
    }

    private void requireReads(Caller caller) {
        if (!access.mayRead(caller)) {
            throw new AccessDeniedException("fire-safety records are not this role's to read");
        }
    }

    private void requireRecords(Caller caller, String street) {
        if (!access.mayRecord(caller, street)) {
            throw new AccessDeniedException("not the street office of " + street);
        }
    }
}
