package org.estatecare.complaints.open311.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.server.ResponseStatusException;

class RequestWindowTest {

    static final Instant NOW = Instant.parse("2027-01-01T02:00:00Z");

    @Test
    void anOffsetInAnyOfItsSpellingsIsTheSameInstant() {
        Instant expected = Instant.parse("2026-12-31T16:00:00Z");
        for (String start : new String[] {"2026-12-31T16:00:00Z", "2027-01-01T00:00:00+08:00", "2027-01-01T00:00:00+0800",
                "2027-01-01T00:00:00+08", "2027-01-01T00:00:00 08:00", "2027-01-01T00:00:00.000+08:00"}) {
            assertThat(RequestWindow.of(start, "2027-01-02T00:00:00Z", NOW).from()).as(start).isEqualTo(expected);
        }
    }

    @Test
    void aDateAloneIsTheWholeDistrictDayAcrossAYearEndAndALeapDay() {
        RequestWindow newYearsEve = RequestWindow.of("2026-12-31", "2026-12-31", NOW);
        assertThat(newYearsEve.from()).isEqualTo(Instant.parse("2026-12-30T16:00:00Z"));
        assertThat(newYearsEve.until()).isEqualTo(Instant.parse("2026-12-31T15:59:59.999Z"));
        RequestWindow leapDay = RequestWindow.of("2028-02-29", "2028-02-29", NOW);
        assertThat(Duration.between(leapDay.from(), leapDay.until())).isEqualTo(Duration.ofDays(1).minusMillis(1));
        assertThat(RequestWindow.of("2027-01-01T08:00:00", "2027-01-02", NOW).from()).as("no offset: the district's time")
                .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void withoutDatesTheLastNinetyDaysAndWithOneDateNinetyDaysFromOrToIt() {
        assertThat(RequestWindow.of(null, null, NOW)).isEqualTo(new RequestWindow(NOW.minus(Duration.ofDays(90)), NOW));
        Instant start = Instant.parse("2027-03-01T00:00:00Z");
        assertThat(RequestWindow.of(start.toString(), null, NOW).until()).as("a window ahead of today")
                .isEqualTo(start.plus(Duration.ofDays(90)));
        assertThat(RequestWindow.of(null, start.toString(), NOW).from()).isEqualTo(start.minus(Duration.ofDays(90)));
    }

    @Test
    void aWindowLongerThanNinetyDaysOrBackwardsIsRefused() {
        assertThatThrownBy(() -> RequestWindow.of("2026-01-01", "2026-04-02", NOW)).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("90 days");
        assertThatThrownBy(() -> RequestWindow.of("2026-01-01", "2026-04-01", NOW)).as("91 whole days")
                .hasMessageContaining("90 days");
        assertThatThrownBy(() -> RequestWindow.of("2026-01-01T00:00:00+08:00", "2026-04-01T00:00:00.001+08:00", NOW))
                .as("90 days and a millisecond").hasMessageContaining("90 days");
        assertThat(RequestWindow.of("2026-01-01T00:00:00+08:00", "2026-04-01T00:00:00+08:00", NOW).until())
                .as("exactly 90 days").isNotNull();
        assertThat(RequestWindow.of("2028-01-01", "2028-03-30", NOW).until()).as("90 whole days across a leap day").isNotNull();
        assertThatThrownBy(() -> RequestWindow.of("2028-01-01", "2028-03-31", NOW)).as("91 across a leap day")
                .hasMessageContaining("90 days");
        assertThat(RequestWindow.of("2026-01-01", "2026-03-31", NOW).until()).as("90 days, both ends whole days").isNotNull();
        assertThatThrownBy(() -> RequestWindow.of("2026-02-01T00:00:00Z", "2026-01-31T23:59:59Z", NOW))
                .hasMessageContaining("start_date");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-02-30", "2026-13-01T00:00:00Z", "2026-01-01T25:00:00Z", "2026-01-01T00:00:00+19:00",
            "1e15", "2026-01-01T00:00:00ZZ", ""})
    void aMalformedDateIsRefusedNamingTheArgument(String value) {
        if (value.isEmpty()) {
            assertThat(RequestWindow.of(value, null, NOW)).as("empty: not given").isEqualTo(RequestWindow.of(null, null, NOW));
            return;
        }
        assertThatThrownBy(() -> RequestWindow.of(value, null, NOW)).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("start_date");
        assertThatThrownBy(() -> RequestWindow.of(null, value, NOW)).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("end_date");
    }
}
