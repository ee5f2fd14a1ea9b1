package org.estatecare.kit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
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
    @DisplayName("R-CMP-1: in late December 2026 a deadline runs into 2027, computed from the statutory holidays and provisional")
    void aDeadlineIntoNextYearIsComputedAndProvisional() {
        // Monday 28 Dec 2026 + 5 working days: 29, 30, 31 Dec, (1 Jan off, 2–3 weekend), Mon 4, Tue 5 Jan 2027
        var due = CHINA.countWorkingDays(LocalDate.of(2026, 12, 28), 5);

        assertThat(due.date()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(due.provisional()).isTrue();
        assertThat(CHINA.countWorkingDays(LocalDate.of(2026, 12, 28), 3))
                .as("within 2026, official").isEqualTo(new WorkingDayCalendar.WorkingDate(LocalDate.of(2026, 12, 31), false));
        assertThat(CHINA.isOfficial(2026)).isTrue();
        assertThat(CHINA.isOfficial(2027)).isFalse();
        assertThat(CHINA.isProvisional(LocalDate.of(2027, 3, 1))).isTrue();
    }

    @Test
    @DisplayName("R-CMP-1: around Spring Festival 2027 the computed days off are New Year's Eve (5 Feb) to the 3rd (8 Feb), no make-up days")
    void springFestival2027Computed() {
        // Thu 4 Feb is a working day; Fri 5 (Eve), Sat 6 (1st), Sun 7, Mon 8 (3rd) off; Tue 9 works again
        assertThat(CHINA.isWorkingDay(LocalDate.of(2027, 2, 4))).isTrue();
        assertThat(LocalDate.of(2027, 2, 5).datesUntil(LocalDate.of(2027, 2, 9))).noneMatch(CHINA::isWorkingDay);
        assertThat(CHINA.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();
        // no invented 调休: the Sundays around it stay days off
        assertThat(CHINA.isWorkingDay(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2027, 2, 14))).isFalse();
        assertThat(CHINA.addWorkingDays(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 9));
    }

    @Test
    @DisplayName("R-CMP-1: 2030 is computed too: Spring Festival from 2 to 5 February, Qingming 5 April, Dragon Boat 5 June, Mid-Autumn 12 September")
    void aYearFarAheadIsComputed() {
        assertThat(CHINA.isWorkingDay(LocalDate.of(2030, 2, 1))).as("Friday before the Eve").isTrue();
        assertThat(LocalDate.of(2030, 2, 2).datesUntil(LocalDate.of(2030, 2, 6))).noneMatch(CHINA::isWorkingDay);
        assertThat(CHINA.isWorkingDay(LocalDate.of(2030, 2, 6))).as("Wednesday after").isTrue();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2030, 4, 5))).as("Qingming, a Friday").isFalse();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2030, 6, 5))).as("Dragon Boat, a Wednesday").isFalse();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2030, 9, 12))).as("Mid-Autumn, a Thursday").isFalse();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2030, 10, 3))).as("National Day, third day").isFalse();
        assertThat(CHINA.isWorkingDay(LocalDate.of(2030, 10, 4))).as("after the statutory three days: a Friday, worked").isTrue();
        assertThat(CHINA.countWorkingDays(LocalDate.of(2030, 9, 30), 1).provisional()).isTrue();
    }

    @Test
    @DisplayName("R-CMP-1: across a year end the New Year's Day of the next year is off, and the day count goes on")
    void acrossYearEnds() {
        // Thu 31 Dec 2026 + 1: Fri 1 Jan 2027 is New Year's Day, weekend, Mon 4 Jan
        assertThat(CHINA.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
        // Tue 31 Dec 2030 + 1: Wed 1 Jan 2031 off, Thu 2 Jan
        assertThat(CHINA.addWorkingDays(LocalDate.of(2030, 12, 31), 1)).isEqualTo(LocalDate.of(2031, 1, 2));
        // from an official year into the next official year: not provisional
        WorkingDayCalendar both = WorkingDayCalendar.fromClasspath(2026);
        both.install(CalendarYear.computed(2027));
        assertThat(both.countWorkingDays(LocalDate.of(2026, 12, 31), 1).provisional()).isFalse();
    }

    @Test
    @DisplayName("An official arrangement overrides the computed year: bridged days off and make-up working days count from the moment it is loaded")
    void anOfficialArrangementOverridesTheComputedYear() {
        WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath(2026);
        LocalDate sunday = LocalDate.of(2027, 1, 31);
        LocalDate thursday = LocalDate.of(2027, 2, 11);
        assertThat(calendar.isWorkingDay(sunday)).isFalse();
        assertThat(calendar.isWorkingDay(thursday)).isTrue();

        calendar.install(Arrangements.y2027());

        assertThat(calendar.isWorkingDay(sunday)).as("make-up working day").isTrue();
        assertThat(calendar.isWorkingDay(thursday)).as("bridged into the Spring Festival").isFalse();
        assertThat(calendar.isOfficial(2027)).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2027, 6, 1))).isFalse();
    }

    @Test
    void aNewYearBreakStartingInDecemberIsHonoured() {
        // as the 2019 notice did: 30 Dec 2018 to 1 Jan 2019 off, Saturday 29 Dec 2018 worked
        WorkingDayCalendar calendar = new WorkingDayCalendar(List.of());
        calendar.install(new CalendarYear(2019, "2019", List.of(
                new CalendarYear.Holiday("元旦", LocalDate.of(2018, 12, 30), LocalDate.of(2019, 1, 1)),
                new CalendarYear.Holiday("春节", LocalDate.of(2019, 2, 4), LocalDate.of(2019, 2, 10)),
                new CalendarYear.Holiday("清明节", LocalDate.of(2019, 4, 5), LocalDate.of(2019, 4, 7)),
                new CalendarYear.Holiday("劳动节", LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 4)),
                new CalendarYear.Holiday("端午节", LocalDate.of(2019, 6, 7), LocalDate.of(2019, 6, 9)),
                new CalendarYear.Holiday("中秋节", LocalDate.of(2019, 9, 13), LocalDate.of(2019, 9, 15)),
                new CalendarYear.Holiday("国庆节", LocalDate.of(2019, 10, 1), LocalDate.of(2019, 10, 7))),
                List.of(LocalDate.of(2018, 12, 29))));

        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 29))).as("Saturday, worked").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 31))).as("Monday, bridged").isFalse();
    }

    @Test
    void inconsistentArrangementsAreRefusedNamingEachFault() {
        var mayDay = new CalendarYear.Holiday("劳动节", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5));
        assertThatThrownBy(() -> new CalendarYear(2026, "s", List.of(mayDay), List.of(LocalDate.of(2026, 5, 2))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("both");
        assertThatThrownBy(() -> new CalendarYear(2026, "s", List.of(), List.of(LocalDate.of(2026, 5, 6))))
                .as("Wednesday").isInstanceOf(RuleViolationException.class).hasMessageContaining("weekend");
        assertThatThrownBy(() -> new CalendarYear(2026, "s", List.of(
                new CalendarYear.Holiday("x", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2))), List.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("does not lie in 2026");
        assertThatThrownBy(() -> new CalendarYear(2026, "s", List.of(mayDay, mayDay), List.of()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("two holiday periods");
        assertThatThrownBy(() -> new CalendarYear.Holiday("x", LocalDate.of(2026, 5, 5), LocalDate.of(2026, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingDayCalendar(List.of(new CalendarYear(2026, "a", List.of(), List.of()),
                new CalendarYear(2026, "b", List.of(), List.of())))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("An arrangement that leaves out a statutory day is refused, naming the holiday and the day")
    void anArrangementMustKeepEveryStatutoryDay() {
        CalendarYear withoutQingming = new CalendarYear(2027, "x", Arrangements.y2027().holidays().stream()
                .filter(h -> !h.name().equals("清明节")).toList(), Arrangements.y2027().makeUpWorkingDays());

        assertThat(withoutQingming.missingStatutoryDays()).extracting(Violation::about).containsExactly("清明节 2027-04-05");
        assertThat(Arrangements.y2027().missingStatutoryDays()).isEmpty();
        assertThatThrownBy(() -> CalendarYear.requireAcceptable(1999)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> CalendarYear.requireAcceptable(2101)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theShippedYearMatchesThePublishedTotalsAndKeepsEveryStatutoryDay() {
        CalendarYear year = WorkingDayCalendar.shipped(2026).get(0);
        // the notice: 3 + 9 + 3 + 5 + 3 + 3 + 7 days off; six make-up working days, all on weekends
        assertThat(year.daysOff()).hasSize(33);
        assertThat(year.makeUpWorkingDays()).hasSize(6).allSatisfy(day ->
                assertThat(day.getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThat(year.missingStatutoryDays()).isEmpty();
    }
}
