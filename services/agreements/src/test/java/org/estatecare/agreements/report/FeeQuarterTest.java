package org.estatecare.agreements.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.estatecare.events.codes.SigningParty;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.outbox.OutboxEvent;
import org.estatecare.kit.time.Quarter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One agreement's quarter: its months until it is published, then its publication and subsidy report, once each. */
class FeeQuarterTest {

    static final LocalDate TERM_START = LocalDate.of(2026, 1, 1);
    static final LocalDate TERM_END = LocalDate.of(2028, 12, 31);
    /** 31 March 2026, 23:30 in Beijing: the quarter's last day. */
    static final Instant LAST_DAY = Instant.parse("2026-03-31T15:30:00Z");
    /** 1 April 2026, 00:30 in Beijing: the day after. */
    static final Instant DAY_AFTER = Instant.parse("2026-03-31T16:30:00Z");

    static FeeQuarter.MonthFigures figures(int billed, int paid, String amountBilled, String collected) {
        return new FeeQuarter.MonthFigures(billed, paid, new BigDecimal(amountBilled), new BigDecimal(collected));
    }

    @Test
    @DisplayName("R-AGR-4: a month makes sense or is refused: no more households paid, no more collected, than billed")
    void aMonthsFiguresMakeSense() {
        FeeQuarter quarter = PartialQuarterTest.quarter("a", "安居", "agr-a");
        assertThatThrownBy(() -> quarter.record(YearMonth.of(2026, 1), figures(480, 481, "36000.00", "32400.00"), "a", LAST_DAY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::condition).containsExactly("paid-more-than-billed"));
        assertThatThrownBy(() -> quarter.record(YearMonth.of(2026, 1), figures(480, 432, "36000.00", "36000.01"), "a", LAST_DAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition).containsExactly("collected-more-than-billed"));
        assertThatThrownBy(() -> quarter.record(YearMonth.of(2026, 4), figures(480, 432, "36000.00", "32400.00"), "a", LAST_DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(quarter.recordedMonths()).isEmpty();
    }

    @Test
    @DisplayName("R-AGR-4: a quarter is published the day after its last day, from every month served, and never changes after")
    void aQuarterIsPublishedOnceFromEveryMonthAndThenClosed() {
        FeeQuarter quarter = PartialQuarterTest.quarter("a", "安居", "agr-a", "2026-01", "36000.00", "32400.00",
                "2026-03", "36000.00", "34250.50");
        assertThatThrownBy(() -> quarter.publish(TERM_START, TERM_END, "春华里", List.of(), "a", LAST_DAY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::condition).containsExactly("quarter-not-over"));
        assertThatThrownBy(() -> quarter.publish(TERM_START, TERM_END, "春华里", List.of(), "a", DAY_AFTER))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition, Violation::about)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("month-not-recorded", "2026-02")));
        assertThat(quarter.publication()).isEmpty();

        // replaced until published
        quarter.record(YearMonth.of(2026, 1), figures(480, 432, "36000.00", "32400.00"), "a", DAY_AFTER);
        quarter.record(YearMonth.of(2026, 2), figures(480, 440, "36000.00", "33000.00"), "a", DAY_AFTER);
        quarter.publish(TERM_START, TERM_END, "春华里", List.of(new Spending(SpendingCategory.STAFF, new BigDecimal("60000"), null)),
                "a", DAY_AFTER);
        FeeFigures published = quarter.publication().orElseThrow().figures();
        assertThat(published.amountCollected()).isEqualByComparingTo("99650.50");
        assertThat(published.balance()).isEqualByComparingTo("39650.50");
        assertThat(quarter.pendingEvents()).extracting(OutboxEvent::type).containsExactly("agreements.fee-period.published");
        assertThat(quarter.pendingEvents().get(0).key()).isEqualTo("e-1");

        assertThatThrownBy(() -> quarter.publish(TERM_START, TERM_END, "春华里", List.of(), "a", DAY_AFTER))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> quarter.record(YearMonth.of(2026, 2), figures(480, 480, "36000.00", "36000.00"), "a", DAY_AFTER))
                .isInstanceOf(StateConflictException.class);
        assertThat(quarter.publication().orElseThrow().figures()).isEqualTo(published);
    }

    @Test
    @DisplayName("R-AGR-3: the subsidy use is reported once, after the quarter, and leaves as its own event of the quarter")
    void theSubsidyUseIsReportedOnceAfterTheQuarter() {
        FeeQuarter quarter = PartialQuarterTest.quarter("a", "安居", "agr-a");
        var uses = List.of(new Spending(SpendingCategory.EQUIPMENT, new BigDecimal("5000.00"), "监控摄像头"));
        assertThatThrownBy(() -> quarter.reportSubsidyUse(new BigDecimal("5000"), uses, SigningParty.RESIDENTS_COMMITTEE, "a", LAST_DAY))
                .isInstanceOf(RuleViolationException.class);
        quarter.reportSubsidyUse(new BigDecimal("5000"), uses, SigningParty.RESIDENTS_COMMITTEE, "a", DAY_AFTER);
        assertThat(quarter.subsidyUse().orElseThrow().unused()).isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> quarter.reportSubsidyUse(new BigDecimal("5000"), uses, SigningParty.RESIDENTS_COMMITTEE, "a", DAY_AFTER))
                .isInstanceOf(StateConflictException.class);
        assertThat(quarter.pendingEvents()).extracting(OutboxEvent::type, OutboxEvent::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("agreements.subsidy-use.reported", 1L));
    }

    @Test
    @DisplayName("R-AGR-4: the last quarter of a year is published from 1 January of the next, Beijing time, and a leap February counts as its month")
    void theYearsLastQuarterIsPublishedInTheNextYear() {
        FeeQuarter q4 = FeeQuarter.open(new FeeQuarter.Stamp(new EstateId("e-4"), "chunhua", "chunhua-1", new CompanyId("a"), "安居",
                new AgreementId("agr-a")), Quarter.parse("2027-Q4"));
        for (int month = 10; month <= 12; month++) {
            q4.record(YearMonth.of(2027, month), figures(480, 432, "36000.00", "32400.00"), "a", Instant.parse("2027-12-20T02:00:00Z"));
        }
        // 31 December 2027, 23:30 in Beijing is still the quarter's last day; 00:30 on 1 January 2028 is not
        assertThatThrownBy(() -> q4.publish(TERM_START, TERM_END, "春华里", List.of(), "a", Instant.parse("2027-12-31T15:30:00Z")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::condition).containsExactly("quarter-not-over"));
        q4.publish(TERM_START, TERM_END, "春华里", List.of(), "a", Instant.parse("2027-12-31T16:30:00Z"));
        assertThat(q4.publication().orElseThrow().servedTo()).isEqualTo(LocalDate.of(2027, 12, 31));

        FeeQuarter leap = FeeQuarter.open(new FeeQuarter.Stamp(new EstateId("e-5"), "chunhua", "chunhua-1", new CompanyId("a"), "安居",
                new AgreementId("agr-a")), Quarter.parse("2028-Q1"));
        leap.record(YearMonth.of(2028, 2), figures(480, 432, "36000.00", "32400.00"), "a", Instant.parse("2028-02-29T02:00:00Z"));
        assertThat(leap.recordedMonths()).extracting(m -> m.collection().month()).containsExactly("2028-02");
        assertThatThrownBy(() -> leap.record(YearMonth.of(2028, 4), figures(480, 432, "36000.00", "32400.00"), "a",
                Instant.parse("2028-02-29T02:00:00Z"))).isInstanceOf(IllegalArgumentException.class);
    }
}
