package org.estatecare.agreements.report;

import org.estatecare.kit.time.Quarter;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A quarter served by two companies: each publishes and reports its own part. */
class PartialQuarterTest {

    static final Quarter Q1 = Quarter.parse("2026-Q1");
    static final Instant NOW = Instant.parse("2026-04-02T02:00:00Z");

    /** The quarter of company {@code company} under agreement {@code agreement}, with the months it recorded. */
    static FeeQuarter quarter(String company, String companyName, String agreement, String... monthBilledCollected) {
        FeeQuarter quarter = FeeQuarter.open(new FeeQuarter.Stamp(new EstateId("e-1"), "chunhua", "chunhua-1",
                new CompanyId(company), companyName, new AgreementId(agreement)), Q1);
        for (int i = 0; i < monthBilledCollected.length; i += 3) {
            quarter.record(YearMonth.parse(monthBilledCollected[i]), new FeeQuarter.MonthFigures(480, 430,
                    new BigDecimal(monthBilledCollected[i + 1]), new BigDecimal(monthBilledCollected[i + 2])), "co-staff", NOW);
        }
        return quarter;
    }

    @Test
    @DisplayName("R-AGR-4: each company's publication covers the days and months it served, under its own key")
    void eachCompanyPublishesItsOwnPartOfTheQuarter() {
        var first = quarter("a", "安居", "agr-a", "2026-01", "36000.00", "32400.00", "2026-02", "18000.00", "16000.00");
        first.publish(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 2, 15), "春华里", List.of(), "co-staff", NOW);
        var second = quarter("b", "和谐", "agr-b", "2026-02", "18000.00", "15500.00", "2026-03", "36000.00", "34000.00");
        second.publish(LocalDate.of(2026, 2, 16), LocalDate.of(2029, 2, 15), "春华里", List.of(), "co-staff", NOW);

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.publication().orElseThrow().figures().amountCollected()).isEqualByComparingTo("48400.00");
        assertThat(second.publication().orElseThrow().figures().amountBilled()).isEqualByComparingTo("54000.00");
        assertThat(first.publication().orElseThrow().servedFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(second.publication().orElseThrow().servedFrom()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(second.publication().orElseThrow().servedTo()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(second.publishedMonths()).extracting(m -> m.collection().month()).containsExactly("2026-02", "2026-03");
    }

    @Test
    @DisplayName("R-AGR-3: two companies in one quarter each report their subsidy use; more used than received is refused")
    void eachCompanyReportsItsOwnSubsidyUse() {
        var uses = List.of(new Spending(SpendingCategory.STAFF, new BigDecimal("800.00"), null));
        var a = quarter("a", "安居", "agr-a");
        a.reportSubsidyUse(new BigDecimal("1000.00"), uses, SigningParty.MANAGEMENT_COMMITTEE, "a-staff", NOW);
        var b = quarter("b", "和谐", "agr-b");
        b.reportSubsidyUse(new BigDecimal("1000.00"), uses, SigningParty.MANAGEMENT_COMMITTEE, "b-staff", NOW);
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(b.subsidyUse().orElseThrow().submittedTo()).containsExactly("COMMUNITY:chunhua-1", "MANAGEMENT_COMMITTEE");
        assertThatThrownBy(() -> quarter("b", "和谐", "agr-b").reportSubsidyUse(new BigDecimal("500.00"), uses,
                SigningParty.MANAGEMENT_COMMITTEE, "b-staff", NOW)).isInstanceOf(RuleViolationException.class);
    }
}
