package org.estatecare.complaints.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import org.estatecare.kit.metrics.BusinessGauges.Row;
import org.estatecare.kit.metrics.BusinessGauges;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * {@code estatecare_calendar_official_year_missing{year}}: 1 from 1 December while next year's official
 * arrangement is not loaded (its deadlines would stay provisional), else 0. Alert CalendarNextYearMissing.
 */
@Component
class CalendarMetrics {

    CalendarMetrics(BusinessGauges gauges, WorkingDayCalendar calendar, Clock clock) {
        gauges.gauge("estatecare.calendar.official.year.missing",
                "1 from 1 December while next year's official holiday arrangement is not loaded", () -> {
                    LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
                    int next = today.getYear() + 1;
                    boolean missing = today.getMonth() == Month.DECEMBER && !calendar.isOfficial(next);
                    return List.of(Row.of(missing ? 1 : 0, "year", Integer.toString(next)));
                });
    }
}
