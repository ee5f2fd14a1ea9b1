package org.estatecare.events.assessments;

import java.util.List;

import org.estatecare.events.EventContract;

/** The events of topic {@value #TOPIC}; key is the estate id; source {@code /estatecare/assessments}. */
public final class AssessmentEvents {

    public static final String TOPIC = "assessments.v1";

    public static final EventContract<AssessmentPublished> PUBLISHED =
            new EventContract<>(TOPIC, "assessments.assessment.published", AssessmentPublished.class);
    /** A re-inspection (R-ASM-3) changed a published result: the same assessment, its next revision. */
    public static final EventContract<AssessmentPublished> REVISED =
            new EventContract<>(TOPIC, "assessments.assessment.revised", AssessmentPublished.class);
    public static final EventContract<RectificationOpened> RECTIFICATION_OPENED =
            new EventContract<>(TOPIC, "assessments.rectification.opened", RectificationOpened.class);
    public static final EventContract<RectificationClosed> RECTIFICATION_CLOSED =
            new EventContract<>(TOPIC, "assessments.rectification.closed", RectificationClosed.class);
    public static final EventContract<SurveyClosed> SURVEY_CLOSED =
            new EventContract<>(TOPIC, "assessments.survey.closed", SurveyClosed.class);
    /** An inspection was recorded (R-ASM-2, R-ASM-3): what it scored and found, for the estate's work archive (R-STAFF-1). */
    public static final EventContract<InspectionRecorded> INSPECTION_RECORDED =
            new EventContract<>(TOPIC, "assessments.inspection.recorded", InspectionRecorded.class);
    /** An inspection's report was restated: the payload is the report as corrected. */
    public static final EventContract<InspectionRecorded> INSPECTION_CORRECTED =
            new EventContract<>(TOPIC, "assessments.inspection.corrected", InspectionRecorded.class);

    private AssessmentEvents() {
    }

    /** A street's joint meeting kept its minutes (R-JOINT-1): one event per estate on its agenda, for the work archive. */
    public static final EventContract<JointMeetingMinutesRecorded> JOINT_MEETING_MINUTES_RECORDED =
            new EventContract<>(TOPIC, "assessments.joint-meeting.minutes-recorded", JointMeetingMinutesRecorded.class);

    public static List<EventContract<?>> all() {
        return List.of(PUBLISHED, REVISED, RECTIFICATION_OPENED, RECTIFICATION_CLOSED, SURVEY_CLOSED, INSPECTION_RECORDED, INSPECTION_CORRECTED,
                JOINT_MEETING_MINUTES_RECORDED);
    }
}
