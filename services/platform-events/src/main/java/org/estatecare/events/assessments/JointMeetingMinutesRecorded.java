package org.estatecare.events.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A street's joint meeting (R-JOINT-1) was held and its minutes kept: one event per estate the agenda concerned (key and
 * {@code estateId}), with the meeting's day, the agenda items about that estate with what was decided on each, and how
 * many action items the meeting agreed. Filed in the estate's work archive (R-STAFF-1).
 */
public record JointMeetingMinutesRecorded(String meetingId, String estateId, String street, LocalDate heldOn,
                                          List<Point> points, int actionItems, String recordedBy, Instant recordedAt) {

    public JointMeetingMinutesRecorded {
        points = points == null ? List.of() : List.copyOf(points);
    }

    /** One agenda item about the estate: its source (OVERDUE_COMPLAINT, FAILING_GRADE, OPEN_RECTIFICATION, OTHER), title and decision. */
    public record Point(String source, String title, String decision) {
    }
}
