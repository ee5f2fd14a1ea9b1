package org.estatecare.subsidies.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.events.codes.Facility;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FundUseTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    static final FundUse.EstateRef ESTATE = new FundUse.EstateRef(EstateId.of("e-1"), "春华里", "chunhua", "chunhua-1");

    static FundUse.Spending spending(LocalDate approvedOn, LocalDate spentOn, String invoice) {
        return new FundUse.Spending(MaintenanceFund.STREET, Facility.LIFT, "更换电梯曳引钢丝绳", new BigDecimal("18600.00"), spentOn,
                new Approval("春华街道办事处", "春华街维〔2026〕12号", approvedOn), invoice, "津东电梯维保有限公司");
    }

    @Test
    @DisplayName("R-MAINT-1: a use records the facility, fund, amount, approval and invoice, spent on or after its approval")
    void recorded() {
        FundUse use = FundUse.record(ESTATE, spending(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20), " fp-2026-0001 "),
                TODAY, "chunhua-officer", NOW);

        assertThat(use.status()).isEqualTo(FundUseStatus.RECORDED);
        assertThat(use.street()).isEqualTo("chunhua");
        assertThat(use.invoiceReference()).isEqualTo("fp-2026-0001");
        assertThat(use.amount()).isEqualByComparingTo("18600.00");
        assertThat(use.history()).extracting(h -> h.action()).containsExactly("recorded");
    }

    @Test
    @DisplayName("R-MAINT-1: money spent before its approval, or a use dated after today, is refused naming each")
    void spentBeforeApprovalOrAhead() {
        assertThatThrownBy(() -> FundUse.record(ESTATE, spending(LocalDate.of(2026, 12, 10), TODAY.plusDays(1), "fp-1"), TODAY,
                "chunhua-officer", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition).containsExactly("spent-ahead", "spent-before-approval"));
        assertThatThrownBy(() -> FundUse.record(ESTATE, spending(LocalDate.of(1999, 12, 31), TODAY, "fp-1"), TODAY, "x", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition).containsExactly("before-the-records"));
        assertThat(FundUse.record(ESTATE, spending(TODAY, TODAY, "fp-2"), TODAY, "x", NOW).spentOn()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("R-SUB-3: a voided use keeps its record with the reason, gives up its invoice, and cannot be voided twice")
    void voided() {
        FundUse use = FundUse.record(ESTATE, spending(TODAY, TODAY, "fp-3"), TODAY, "x", NOW);
        assertThat(FundUse.invoiceKey(" Fp-3 ")).isEqualTo("FP-3");

        use.voidFor("发票号录入错误", "district", NOW.plusSeconds(60));

        assertThat(use.status()).isEqualTo(FundUseStatus.VOIDED);
        assertThat(use.invoiceReference()).isEqualTo("fp-3");
        assertThat(use.history()).extracting(h -> h.note()).containsExactly(null, "发票号录入错误");
        assertThatThrownBy(() -> use.voidFor("again", "district", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    @DisplayName("R-MAINT-1: money spent on a leap day or the last day of a year, approved the same day, counts; the next day is ahead")
    void leapDayAndYearEnd() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        assertThat(FundUse.record(ESTATE, spending(leapDay, leapDay, "fp-leap"), leapDay, "x", NOW).spentOn()).isEqualTo(leapDay);
        LocalDate newYearsEve = LocalDate.of(2026, 12, 31);
        assertThatThrownBy(() -> FundUse.record(ESTATE, spending(newYearsEve, newYearsEve.plusDays(1), "fp-ny"), newYearsEve, "x", NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition).containsExactly("spent-ahead"));
    }
}
