package org.estatecare.complaints.fire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StreetYearTest {

    static final Instant NOW = Instant.parse("2027-01-02T02:00:00Z");
    static final EstateId XINHUA = new EstateId("e-xinhua");

    static FireLanePatrol patrol(LocalDate day, int findings) {
        List<FireLanePatrol.Finding> found = java.util.stream.IntStream.range(0, findings)
                .mapToObj(i -> new FireLanePatrol.Finding(XINHUA, "北门", "私家车占道", List.of(), new ComplaintId("c-" + i))).toList();
        return FireLanePatrol.record("chunhua", day, List.of(XINHUA), List.of("李明"), found, "street-chunhua", false, NOW);
    }

    static FireSafetySession session(LocalDate day, int attendance) {
        return FireSafetySession.record("chunhua", day, List.of(XINHUA), "冬季用火用电安全", "河东消防救援支队", attendance,
                "street-chunhua", false, NOW);
    }

    @Test
    @DisplayName("R-FIRE-1: a street's year counts patrols, blocked lanes found and sessions per month, and names the months gone by without a patrol")
    void monthsWithoutAPatrolAreNamed() {
        List<FireLanePatrol> patrols = List.of(patrol(LocalDate.of(2026, 1, 31), 0), patrol(LocalDate.of(2026, 2, 28), 2),
                patrol(LocalDate.of(2026, 12, 31), 1));
        StreetYear year = StreetYear.of("chunhua", 2026, patrols, List.of(session(LocalDate.of(2026, 12, 1), 40)),
                LocalDate.of(2027, 1, 2));

        assertThat(year.months().get(1)).isEqualTo(new StreetYear.Month(2, 1, 2, 0, 0));
        assertThat(year.months().get(11)).isEqualTo(new StreetYear.Month(12, 1, 1, 1, 40));
        assertThat(year.monthsWithoutPatrol()).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    @DisplayName("R-FIRE-1: months still ahead, and the month under way, are not counted as missed")
    void monthsAheadAreNotMissed() {
        StreetYear year = StreetYear.of("chunhua", 2027, List.of(), List.of(), LocalDate.of(2027, 3, 31));
        assertThat(year.monthsWithoutPatrol()).containsExactly(1, 2);
        assertThat(StreetYear.of("chunhua", 2027, List.of(), List.of(), LocalDate.of(2027, 4, 1)).monthsWithoutPatrol())
                .containsExactly(1, 2, 3);
    }
}
