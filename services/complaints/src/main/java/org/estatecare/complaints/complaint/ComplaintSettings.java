package org.estatecare.complaints.complaint;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param calendarYears     years whose working-day calendar is loaded ({@code calendar/china-<year>.json})
 * @param duplicateWindow   a repeat filed within this time of an open complaint is linked to it
 * @param reopenWindow      a resolved complaint can be reopened within this time
 * (How often overdue complaints are looked for is {@code estatecare.complaints.escalation-interval},
 * read by {@link Escalator}.)
 */
@Validated
@ConfigurationProperties("estatecare.complaints")
public record ComplaintSettings(@NotEmpty List<Integer> calendarYears, Duration duplicateWindow, Duration reopenWindow) {

    public ComplaintSettings {
        duplicateWindow = duplicateWindow == null ? Duration.ofDays(3) : duplicateWindow;
        reopenWindow = reopenWindow == null ? Duration.ofDays(7) : reopenWindow;
    }
}
