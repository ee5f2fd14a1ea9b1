package org.estatecare.complaints.complaint;

import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.complaints.routing.Step;

/**
 * The complaint is with the handler of {@code step} since {@code since}, with these deadlines: the business
 * dates they fall on ({@code acknowledgeBy}, {@code resolveBy}), and the exact moments they pass
 * ({@code acknowledgeDueAt}, {@code resolveDueAt}: the end of the day for working-day steps, so many hours
 * after {@code since} for hour steps, R-CMP-5); late from that moment on.
 * {@code provisional}: a deadline was counted through a year whose official holiday arrangement is not
 * loaded yet (statutory holidays only); loading it recomputes the deadline.
 */
public record Assignment(int stepIndex, Step step, Instant since, LocalDate acknowledgeBy, LocalDate resolveBy,
                         boolean provisional, Instant acknowledgeDueAt, Instant resolveDueAt) {

    public Assignment(int stepIndex, Step step, Instant since, LocalDate acknowledgeBy, LocalDate resolveBy) {
        this(stepIndex, step, since, acknowledgeBy, resolveBy, false, null, null);
    }

    public Assignment {
        acknowledgeDueAt = acknowledgeDueAt != null ? acknowledgeDueAt : endOf(acknowledgeBy);
        resolveDueAt = resolveDueAt != null ? resolveDueAt : endOf(resolveBy);
    }

    /** Whether the resolve deadline has passed at {@code now}. */
    public boolean resolveDeadlinePassed(Instant now) {
        return !now.isBefore(resolveDueAt);
    }

    /** Assignments stored before deadlines had a moment end with their business day. */
    private static Instant endOf(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(Complaint.BUSINESS_ZONE).toInstant();
    }
}
