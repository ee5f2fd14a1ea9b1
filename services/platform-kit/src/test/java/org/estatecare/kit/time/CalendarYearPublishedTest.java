package org.estatecare.kit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.events.complaints.CalendarYearPublished;
import org.junit.jupiter.api.Test;

/** A service that learns official years from the event counts the same working days as the one that loaded them. */
class CalendarYearPublishedTest {

    @Test
    void aPublishedYearCountsLikeTheArrangementItAnnounces() {
        CalendarYear loaded = Arrangements.y2027();
        CalendarYearPublished notice = new CalendarYearPublished(2027, 1, loaded.source(), List.copyOf(loaded.daysOff()),
                loaded.makeUpWorkingDays(), Instant.parse("2026-11-20T02:00:00Z"));

        CalendarYear learnt = CalendarYear.published(notice);

        assertThat(learnt.daysOff()).isEqualTo(loaded.daysOff());
        assertThat(learnt.makeUpWorkingDays()).isEqualTo(loaded.makeUpWorkingDays());
        assertThat(learnt.holidays()).as("one period per run of days off").hasSize(loaded.holidays().size());
        WorkingDayCalendar byLoading = WorkingDayCalendar.fromClasspath(2026);
        byLoading.install(loaded);
        WorkingDayCalendar byEvent = WorkingDayCalendar.fromClasspath(2026);
        byEvent.install(learnt);
        LocalDate day = LocalDate.of(2026, 12, 1);
        for (int i = 0; i < 430; i++, day = day.plusDays(1)) {
            assertThat(byEvent.isWorkingDay(day)).as("%s", day).isEqualTo(byLoading.isWorkingDay(day));
        }
    }
}
