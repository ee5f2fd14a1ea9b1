package org.estatecare.assessments.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.estatecare.assessments.assessment.Assessment;
import org.estatecare.assessments.evidence.WorkingDays;
import org.estatecare.assessments.inspection.Inspection;
import org.estatecare.assessments.inspection.InspectionFinding;
import org.estatecare.events.codes.Grade;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Opening rectification orders for what inspections found and for failing grades, the company's answers, the
 * inspector's verification and the escalation of orders left unanswered (R-ASM-3). Due dates count working days by
 * the official calendar, from the day the order is opened.
 */
@Service
public class RectificationService {

    private static final Logger log = LoggerFactory.getLogger(RectificationService.class);

    private final Rectifications orders;
    private final RectificationAccess access;
    private final WorkingDays workingDays;
    private final RectificationProperties properties;
    private final Clock clock;

    public RectificationService(Rectifications orders, RectificationAccess access, WorkingDays workingDays,
                                RectificationProperties properties, Clock clock) {
        this.orders = orders;
        this.access = access;
        this.workingDays = workingDays;
        this.properties = properties;
        this.clock = clock;
    }

    /** An order for each finding of the inspection as stored; a finding that has one already keeps it. */
    public int openForInspection(Inspection inspection) {
        return open(inspection.recordedFindings().stream().map(finding -> problem(inspection, finding)).toList());
    }

    /** The order for a published or revised assessment's failing grade; none for a better one. */
    public int openForGrade(Assessment assessment) {
        if (assessment.grade() != Grade.FAIL) {
            return 0;
        }
        return open(List.of(new ProblemToCorrect(assessment.estateId(), assessment.street(), assessment.community(),
                assessment.companyId().orElse(null), RectificationCause.FAILING_GRADE, assessment.id().value(), null, null,
                null, null, null, List.of(), "graded " + assessment.grade().label() + " for " + assessment.period())));
    }

    /** Opens the orders of these problems that have none yet; how many were opened. */
    public int open(List<ProblemToCorrect> problems) {
        LocalDate today = today();
        int opened = 0;
        for (ProblemToCorrect problem : problems) {
            LocalDate due = properties.dueOn(problem.cause(), today, workingDays.calendar());
            if (orders.addIfAbsent(RectificationOrder.open(problem, today, due, clock.instant()))) {
                opened++;
                log.info("rectification opened: id={} estate={} cause={} source={} due={}", problem.orderId(),
                        problem.estateId(), problem.cause(), problem.sourceId(), due);
            }
        }
        return opened;
    }

    public RectificationOrder get(RectificationId id, Caller caller) {
        return orders.get(id, access.scope(caller));
    }

    public Page<RectificationOrder> list(RectificationFilter filter, Pageable page, Caller caller) {
        return orders.search(filter, access.scope(caller), page);
    }

    /** The company's answer: 404 outside the caller's scope, 403 unless the order is addressed to the caller. */
    public RectificationOrder answer(RectificationId id, String text, List<String> photos, OptionalLong ifMatch, Caller caller) {
        if (!access.mayAnswer(caller, get(id, caller))) {
            throw new AccessDeniedException("an order is answered by the company it is addressed to, or the street "
                    + "office where no company serves");
        }
        return orders.update(id, access.scope(caller), ifMatch,
                order -> order.answer(text, photos, caller.username(), today(), clock.instant()));
    }

    /** The inspector's verdict: 404 outside the caller's scope, 403 unless the caller is the order's inspector. */
    public RectificationOrder verify(RectificationId id, boolean accepted, String reason, OptionalLong ifMatch, Caller caller) {
        if (!access.mayVerify(caller, get(id, caller))) {
            throw new AccessDeniedException("an order is verified by the level that found the problem, or the street "
                    + "office for a failing grade");
        }
        RectificationOrder verified = orders.update(id, access.scope(caller), ifMatch,
                order -> order.verify(accepted, reason, caller.username(), today(), clock.instant()));
        log.info("rectification verified: id={} accepted={} status={}", id, accepted, verified.status());
        return verified;
    }

    /**
     * Escalates every order left unanswered past its due date; how many moved. One that fails is logged and tried
     * again on the next pass.
     */
    public int escalateOverdue() {
        LocalDate today = today();
        WorkingDayCalendar calendar = workingDays.calendar();
        int moved = 0;
        for (RectificationOrder due : orders.toEscalate(today)) {
            LocalDate districtFrom = properties.districtFrom(due.dueOn(), calendar);
            try {
                // written only when a step is taken: an order with the street office waits days for the district's
                if (orders.changeIf(due, order -> order.escalate(today, districtFrom, clock.instant()))) {
                    moved++;
                    log.info("rectification escalated: id={} due={}", due.id(), due.dueOn());
                }
            } catch (RuntimeException e) {
                log.warn("rectification not escalated: id={} error={}", due.id(), e.toString());
            }
        }
        return moved;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }

    private static ProblemToCorrect problem(Inspection inspection, InspectionFinding finding) {
        return new ProblemToCorrect(inspection.estateId(), inspection.street(), inspection.community(),
                inspection.companyId().orElse(null), RectificationCause.FINDING, inspection.id().value(),
                inspection.findingId(finding).value(), finding.kind(), inspection.level(), finding.place(), finding.service(),
                finding.photos(), finding.note());
    }
}
