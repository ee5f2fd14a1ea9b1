package org.estatecare.assessments.reinspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

import org.estatecare.assessments.assessment.Assessment;
import org.estatecare.assessments.assessment.AssessmentId;
import org.estatecare.assessments.assessment.AssessmentService;
import org.estatecare.assessments.assessment.Revision;
import org.estatecare.assessments.inspection.InspectionReport;
import org.estatecare.assessments.rectification.ProblemToCorrect;
import org.estatecare.assessments.rectification.RectificationCause;
import org.estatecare.assessments.rectification.RectificationProperties;
import org.estatecare.assessments.rectification.RectificationService;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Re-inspections (复验, R-ASM-3): the street office asks, the district or the city performs, and the result revises
 * the assessment's grade (a revision with its history and the {@code assessments.assessment.revised} event) and opens
 * rectification orders for what it found. Performing is stored first, marked as waiting for the revision; the revision
 * follows at once, and a scheduled pass completes any that a failure or a stop left waiting. A revision names its
 * re-inspection, so completing twice revises once.
 */
@Service
@Implements("R-ASM-3")
public class ReInspectionService implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ReInspectionService.class);

    private final ReInspections reInspections;
    private final ReInspectionAccess access;
    private final AssessmentService assessments;
    private final RectificationService rectifications;
    private final RectificationProperties properties;
    private final Clock clock;

    public ReInspectionService(ReInspections reInspections, ReInspectionAccess access, AssessmentService assessments,
                               RectificationService rectifications, RectificationProperties properties, Clock clock) {
        this.reInspections = reInspections;
        this.access = access;
        this.assessments = assessments;
        this.rectifications = rectifications;
        this.properties = properties;
        this.clock = clock;
    }

    /** Asks for a re-inspection: 404 for an assessment outside the caller's scope, 403 unless of its street's office. */
    @PreAuthorize("hasRole('street-officer')")
    public ReInspection request(AssessmentId assessmentId, String reason, Caller caller) {
        Assessment assessment = assessments.get(assessmentId, caller);
        if (!access.mayRequest(caller, assessment.street())) {
            throw new AccessDeniedException("a re-inspection is requested by the street office of the estate's street");
        }
        ReInspection requested = reInspections.add(ReInspection.request(ReInspectionId.issue(), assessment, reason,
                caller.username(), today(), clock.instant()));
        log.info("re-inspection requested: id={} assessment={} grade={}", requested.id(), assessmentId, assessment.grade());
        return requested;
    }

    /** Records the result at the caller's level (district or city) and revises the grade by it. */
    @PreAuthorize("hasAnyRole('district-admin', 'municipal-inspector')")
    public ReInspection perform(ReInspectionId id, InspectionReport report, OptionalLong ifMatch, Caller caller) {
        if (!access.mayPerform(caller)) {
            throw new AccessDeniedException("re-inspections are performed by the district or the city");
        }
        InspectionLevel level = caller.has(Role.DISTRICT_ADMIN) ? InspectionLevel.DISTRICT_SPOT : InspectionLevel.MUNICIPAL_SPOT;
        ReInspection performed = reInspections.update(id, access.scope(caller), ifMatch,
                r -> r.perform(level, report, caller.username(), today(), clock.instant()));
        log.info("re-inspection performed: id={} level={} findings={}", id, level, performed.findings().size());
        try {
            return complete(performed);
        } catch (RuntimeException e) {
            log.warn("re-inspection {} performed, its revision follows on the next pass: {}", id, e.toString());
            return reInspections.get(id, Access.everything());
        }
    }

    public ReInspection get(ReInspectionId id, Caller caller) {
        return reInspections.get(id, access.scope(caller));
    }

    public Page<ReInspection> list(AssessmentId assessment, String street, ReInspectionStatus status, Pageable page,
                                   Caller caller) {
        return reInspections.search(assessment, street, status, access.scope(caller), page);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::completeWaiting, properties.interval());
    }

    /** Completes every performed re-inspection whose result the assessment does not carry yet. */
    public void completeWaiting() {
        for (ReInspection waiting : reInspections.awaitingRevision()) {
            try {
                complete(waiting);
            } catch (RuntimeException e) {
                log.warn("re-inspection {} not completed yet (next pass): {}", waiting.id(), e.toString());
            }
        }
    }

    /** Orders for its findings, the assessment's revision (once), then the result on the re-inspection. */
    private ReInspection complete(ReInspection performed) {
        rectifications.open(performed.findings().stream().map(finding -> new ProblemToCorrect(performed.estateId(),
                performed.street(), performed.community(), performed.companyId().orElse(null), RectificationCause.FINDING,
                performed.id().value(), performed.findingId(finding).value(), finding.kind(), performed.level().orElseThrow(),
                finding.place(), finding.service(), finding.photos(), finding.note())).toList());
        Assessment current = assessments.current(performed.assessmentId());
        Revision carried = current.revisions().stream().filter(r -> performed.revisionReason().equals(r.reason()))
                .findFirst().orElse(null);
        if (carried == null) {
            Assessment revised = assessments.reviseByReInspection(performed.assessmentId(), performed.toResult(),
                    performed.scoredFindings(), performed.revisionReason(), performed.inspector());
            List<Revision> revisions = revised.revisions();
            carried = revisions.get(revisions.size() - 1);
        }
        Revision result = carried;
        return reInspections.update(performed.id(), Access.everything(), OptionalLong.empty(),
                r -> r.resultRecorded(result.number(), result.score(), result.grade(), clock.instant()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }
}
