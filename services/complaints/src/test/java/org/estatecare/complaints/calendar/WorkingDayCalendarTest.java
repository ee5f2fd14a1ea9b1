package org.estatecare.complaints.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    static final WorkingDayCalendar CHINA = WorkingDayCalendar.fromClasspath(2026);

    @Test
    void weekdaysWorkWeekendsRest() {
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 3, 10))).isTrue();   // Tuesday
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 3, 14))).isFalse();  // Saturday
    }

    @Test
    void holidaysRestEvenOnWeekdaysAndMakeUpDaysWorkEvenOnWeekends() {
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Monday, last day of the Spring Festival").isFalse();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday, make-up working day").isTrue();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday after National Day, worked").isTrue();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2026, 10, 7))).as("Wednesday inside National Day").isFalse();
    }

    @Test
    @DisplayName("R-CMP-1: a deadline counted across the Spring Festival skips the holiday and counts the make-up Saturday")
    void countingAcrossTheSpringFestival() {
        // received Friday 13 Feb: Sat 14 (make-up) is day 1, 15–23 are off, Tue 24 day 2, Wed 25 day 3
        assertThat(CHINA.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(CHINA.addWorkingDays(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
        // received on a holiday: counting starts with the first working day after it
        assertThat(CHINA.addWorkingDays(LocalDate.of(2026, 10, 1), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(CHINA.addWorkingDays(LocalDate.of(2026, 10, 1), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(CHINA.addWorkingDays(LocalDate.of(2026, 3, 10), 0)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void aYearWithoutDataIsAClearError() {
        assertThatThrownBy(() -> CHINA.isWorkingDay(LocalDate.of(2031, 1, 6)))
                .isInstanceOf(YearNotCoveredException.class).hasMessageContaining("china-2031.json");
        assertThatThrownBy(() -> CHINA.addWorkingDays(LocalDate.of(2026, 12, 30), 5))
                .as("counting runs into an uncovered year").isInstanceOf(YearNotCoveredException.class);
        assertThatThrownBy(() -> WorkingDayCalendar.fromClasspath(2031)).isInstanceOf(YearNotCoveredException.class);
    }

    @Test
    void inconsistentDataIsRefused() {
        var holiday = new CalendarYear.Holiday("x", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5));
        assertThatThrownBy(() -> new CalendarYear(2026, "s", List.of(holiday), List.of(LocalDate.of(2026, 5, 2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both");
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(new CalendarYear(2026, "a", List.of(), List.of()),
                new CalendarYear(2026, "b", List.of(), List.of())))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedYearMatchesThePublishedTotals() {
        CalendarYear year = tools.jackson.databind.json.JsonMapper.builder().build().readValue(
                WorkingDayCalendarTest.class.getClassLoader().getResourceAsStream("calendar/china-2026.json"), CalendarYear.class);
        // the notice: 3 + 9 + 3 + 5 + 3 + 3 + 7 days off; six make-up working days, all on weekends
        assertThat(year.daysOff()).hasSize(33);
        assertThat(year.makeUpWorkingDays()).hasSize(6).allSatisfy(day ->
                assertThat(day.getDayOfWeek()).isIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY));
    }
}
