package org.estatecare.events.complaints;

import java.util.List;

import org.estatecare.events.EventContract;

/**
 * The events of topic {@value #TOPIC}; key is the estate id, subject the complaint id. The one event
 * about no estate, {@link #CALENDAR_YEAR_PUBLISHED}, has key and subject {@code calendar-<year>}.
 */
public final class ComplaintEvents {

    public static final String TOPIC = "complaints.v1";

    public static final EventContract<ComplaintFiled> FILED =
            new EventContract<>(TOPIC, "complaints.complaint.filed", ComplaintFiled.class);
    public static final EventContract<ComplaintAssigned> ASSIGNED =
            new EventContract<>(TOPIC, "complaints.complaint.assigned", ComplaintAssigned.class);
    public static final EventContract<ComplaintAssigned> ESCALATED =
            new EventContract<>(TOPIC, "complaints.complaint.escalated", ComplaintAssigned.class);
    public static final EventContract<ComplaintResolved> RESOLVED =
            new EventContract<>(TOPIC, "complaints.complaint.resolved", ComplaintResolved.class);
    public static final EventContract<ComplaintClosed> CLOSED =
            new EventContract<>(TOPIC, "complaints.complaint.closed", ComplaintClosed.class);
    public static final EventContract<ComplaintReopened> REOPENED =
            new EventContract<>(TOPIC, "complaints.complaint.reopened", ComplaintReopened.class);
    public static final EventContract<ComplaintMarkedDuplicate> MARKED_DUPLICATE =
            new EventContract<>(TOPIC, "complaints.complaint.marked-duplicate", ComplaintMarkedDuplicate.class);
    /** The working-day calendar of complaint deadlines: a year's official arrangement was loaded. */
    public static final EventContract<CalendarYearPublished> CALENDAR_YEAR_PUBLISHED =
            new EventContract<>(TOPIC, "complaints.calendar-year.published", CalendarYearPublished.class);

    private ComplaintEvents() {
    }

    public static List<EventContract<?>> all() {
        return List.of(FILED, ASSIGNED, ESCALATED, RESOLVED, CLOSED, REOPENED, MARKED_DUPLICATE, CALENDAR_YEAR_PUBLISHED);
    }
}
