package org.estatecare.assessments.rectification;

import org.estatecare.assessments.assessment.Assessment;
import org.estatecare.assessments.assessment.AssessmentGraded;
import org.estatecare.assessments.assessment.Assessments;
import org.estatecare.assessments.inspection.Inspection;
import org.estatecare.assessments.inspection.InspectionRecorded;
import org.estatecare.assessments.inspection.Inspections;
import org.estatecare.kit.domain.Implements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Opens rectification orders when their cause is written (R-ASM-3), and keeps them from being lost. An inspection
 * with findings, and an assessment published or revised with a failing grade, is stored marked as waiting for its
 * orders in the same write. Right after the write the orders are opened and the mark cleared; should that fail or
 * the service stop in between, the scheduled pass finds the mark and opens them then. Orders have ids derived from
 * their cause, so opening twice opens once. The same pass escalates orders left unanswered past their due date.
 */
@Component
@Implements("R-ASM-3")
public class RectificationTriggers implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RectificationTriggers.class);

    private final RectificationService rectifications;
    private final Inspections inspections;
    private final Assessments assessments;
    private final RectificationProperties properties;

    public RectificationTriggers(RectificationService rectifications, Inspections inspections, Assessments assessments,
                                 RectificationProperties properties) {
        this.rectifications = rectifications;
        this.inspections = inspections;
        this.assessments = assessments;
        this.properties = properties;
    }

    @EventListener
    void on(InspectionRecorded recorded) {
        if (recorded.inspection().rectificationPending()) {
            settle(recorded.inspection());
        }
    }

    @EventListener
    void on(AssessmentGraded graded) {
        if (graded.assessment().rectificationPending()) {
            settle(graded.assessment());
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::pass, properties.interval());
    }

    /** One scheduled pass: what still waits for its orders, then escalation. */
    public void pass() {
        inspections.awaitingRectification().forEach(this::settle);
        assessments.awaitingRectification().forEach(this::settle);
        rectifications.escalateOverdue();
    }

    private void settle(Inspection inspection) {
        try {
            rectifications.openForInspection(inspection);
            inspections.rectificationOpened(inspection.id(), inspection.revision());
        } catch (RuntimeException e) {
            log.warn("rectification orders of inspection {} not opened yet (next pass): {}", inspection.id(), e.toString());
        }
    }

    private void settle(Assessment assessment) {
        try {
            rectifications.openForGrade(assessment);
            assessments.rectificationOpened(assessment.id(), assessment.revision());
        } catch (RuntimeException e) {
            log.warn("rectification order of assessment {} not opened yet (next pass): {}", assessment.id(), e.toString());
        }
    }
}
