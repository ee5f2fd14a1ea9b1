package org.estatecare.assessments.rectification;

import java.time.Duration;
import java.time.LocalDate;

import org.estatecare.kit.time.WorkingDayCalendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code estatecare.assessments.rectification.*}: the working days a company has to correct a finding and a
 * failing grade (R-ASM-3), the further working days an unanswered order stays with the street office before it goes
 * to the district, and how often the scheduled pass opens what is still pending and escalates what is overdue.
 */
@ConfigurationProperties("estatecare.assessments.rectification")
public record RectificationProperties(@DefaultValue("5") int findingWorkingDays,
                                      @DefaultValue("20") int failingGradeWorkingDays,
                                      @DefaultValue("5") int districtAfterWorkingDays,
                                      @DefaultValue("5m") Duration interval) {

    public RectificationProperties {
        if (findingWorkingDays < 1 || failingGradeWorkingDays < 1 || districtAfterWorkingDays < 1) {
            throw new IllegalArgumentException("estatecare.assessments.rectification: working days are at least 1");
        }
        if (findingWorkingDays > 60 || failingGradeWorkingDays > 60 || districtAfterWorkingDays > 60) {
            throw new IllegalArgumentException("estatecare.assessments.rectification: working days are at most 60");
        }
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("estatecare.assessments.rectification.interval must be a positive duration");
        }
    }

    /** The day an order opened on {@code openedOn} for {@code cause} is due: so many working days later by the calendar. */
    public LocalDate dueOn(RectificationCause cause, LocalDate openedOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(openedOn, cause == RectificationCause.FINDING ? findingWorkingDays : failingGradeWorkingDays);
    }

    /** The day an order still unanswered goes to the district: so many working days after its due date. */
    public LocalDate districtFrom(LocalDate dueOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(dueOn, districtAfterWorkingDays);
    }
}
