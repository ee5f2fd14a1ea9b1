package org.estatecare.agreements.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.estatecare.events.codes.Facility;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HouseholdTest {

    static final Instant NOW = Instant.parse("2027-01-02T02:00:00Z");
    static final LocalDate JAN_2 = LocalDate.of(2027, 1, 2);
    static final EstateId ESTATE = new EstateId("e-1");

    static Household household() {
        return Household.open(ESTATE, "chunhua", "3", "2", "501", new BigDecimal("120"), List.of("resident-wang"), "anju", NOW);
    }

    @Test
    @DisplayName("R-RES-1: arrears are what was billed for the months up to a day less what was paid by then, oldest months settled first, across a year end")
    void arrearsAcrossAYearEnd() {
        Household h = household();
        for (String month : List.of("2026-11", "2026-12", "2027-01")) {
            h.bill(YearMonth.parse(month), new BigDecimal("120.00"), "anju", JAN_2, NOW);
        }
        h.pay(LocalDate.of(2026, 12, 31), new BigDecimal("150.00"), "R-001", "anju", JAN_2, NOW);

        var endOfYear = h.standingOn(LocalDate.of(2026, 12, 31));
        assertThat(endOfYear.billed()).isEqualByComparingTo("240.00");
        assertThat(endOfYear.arrears()).isEqualByComparingTo("90.00");
        assertThat(endOfYear.monthsInArrears()).containsExactly("2026-12");

        var now = h.standingOn(JAN_2);
        assertThat(now.arrears()).isEqualByComparingTo("210.00");
        assertThat(now.monthsInArrears()).containsExactly("2026-12", "2027-01");

        h.pay(JAN_2, new BigDecimal("300.00"), "R-002", "anju", JAN_2, NOW);
        assertThat(h.standingOn(JAN_2).arrears()).isEqualByComparingTo("0.00");
        assertThat(h.standingOn(JAN_2).credit()).as("paid ahead is credit, not lost").isEqualByComparingTo("90.00");
        assertThat(h.isTheHouseholdOf("resident-wang")).isTrue();
        assertThat(h.isTheHouseholdOf("resident-li")).isFalse();
    }

    @Test
    @DisplayName("R-RES-1: a month is billed once and not ahead; a receipt pays once; a payment on a leap day is kept, none dated ahead")
    void refusals() {
        Household h = household();
        h.bill(YearMonth.of(2024, 2), new BigDecimal("120"), "anju", JAN_2, NOW);
        assertThatThrownBy(() -> h.bill(YearMonth.of(2024, 2), new BigDecimal("120"), "anju", JAN_2, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> h.bill(YearMonth.of(2027, 2), new BigDecimal("120"), "anju", JAN_2, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::condition)
                        .containsExactly("month-outside"));
        h.pay(LocalDate.of(2024, 2, 29), new BigDecimal("120"), "R-LEAP", "anju", JAN_2, NOW);
        assertThat(h.standingOn(LocalDate.of(2024, 2, 29)).arrears()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> h.pay(LocalDate.of(2024, 3, 1), new BigDecimal("1"), "r-leap", "anju", JAN_2, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> h.pay(JAN_2.plusDays(1), new BigDecimal("1"), "R-X", "anju", JAN_2, NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThat(h.payments()).hasSize(1);
    }

    @Test
    @DisplayName("R-RES-1: damage names one liable party; the repair cost is recovered from it, never more than the cost")
    void damageAndRecovery() {
        assertThatThrownBy(() -> Damage.record(ESTATE, "chunhua", Facility.UNIT_DOORS, "单元门被撞坏", JAN_2, "hh-1", "货运司机", "anju",
                JAN_2, NOW)).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition).containsExactly("liable-one"));
        Damage damage = Damage.record(ESTATE, "chunhua", Facility.UNIT_DOORS, "单元门被撞坏", LocalDate.of(2026, 12, 30), "hh-1", null,
                "anju", JAN_2, NOW);
        assertThatThrownBy(() -> damage.recovered(JAN_2, BigDecimal.TEN, "anju", JAN_2)).isInstanceOf(StateConflictException.class);
        damage.repaired(LocalDate.of(2026, 12, 31), new BigDecimal("800"), "anju", JAN_2);
        damage.recovered(JAN_2, new BigDecimal("500"), "anju", JAN_2);
        assertThatThrownBy(() -> damage.recovered(JAN_2, new BigDecimal("300.01"), "anju", JAN_2))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::condition)
                        .containsExactly("recovered-above-cost"));
        damage.recovered(JAN_2, new BigDecimal("300"), "anju", JAN_2);
        assertThat(damage.recovered()).isEqualByComparingTo("800.00");
        assertThatThrownBy(() -> damage.repaired(JAN_2, BigDecimal.ONE, "anju", JAN_2)).isInstanceOf(StateConflictException.class);
    }
}
