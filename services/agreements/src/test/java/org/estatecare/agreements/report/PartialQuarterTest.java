package org.estatecare.agreements.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.kit.domain.RuleViolationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A quarter served by two companies: each publishes (R-AGR-4) and reports (R-AGR-3) its own part. */
class PartialQuarterTest {

    static final Quarter Q1 = Quarter.parse("2026-Q1");
    static final Instant NOW = Instant.parse("2026-04-02T02:00:00Z");

    static FeeCollection month(String month, String agreement, String billed, String collected) {
        return new FeeCollection(FeeCollection.idOf("e-1", month, agreement), "e-1", "chunhua", "chunhua-1", "co", agreement, month,
                480, 430, new BigDecimal(billed), new BigDecimal(collected), "co-staff", NOW);
    }

    @Test
    @DisplayName("R-AGR-4: each company's publication covers the days and months it served, under its own key")
    void eachCompanyPublishesItsOwnPartOfTheQuarter_R_AGR_4() {
        var first = FeePublication.publish(new FeePublication.Stamp("e-1", "春华里", "chunhua", "chunhua-1", "a", "安居", "agr-a"), Q1,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 15),
                List.of(month("2026-01", "agr-a", "36000.00", "32400.00"), month("2026-02", "agr-a", "18000.00", "16000.00")),
                List.of(), "co-staff", NOW);
        var second = FeePublication.publish(new FeePublication.Stamp("e-1", "春华里", "chunhua", "chunhua-1", "b", "和谐", "agr-b"), Q1,
                LocalDate.of(2026, 2, 16), LocalDate.of(2026, 3, 31),
                List.of(month("2026-02", "agr-b", "18000.00", "15500.00"), month("2026-03", "agr-b", "36000.00", "34000.00")),
                List.of(), "co-staff", NOW);
        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(first.figures().amountCollected()).isEqualByComparingTo("48400.00");
        assertThat(second.figures().amountBilled()).isEqualByComparingTo("54000.00");
        assertThat(second.servedFrom()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(FeeCollection.idOf("e-1", "2026-02", "agr-a")).isNotEqualTo(FeeCollection.idOf("e-1", "2026-02", "agr-b"));
    }

    @Test
    @DisplayName("R-AGR-3: two companies in one quarter each report their subsidy use; more used than received is refused")
    void eachCompanyReportsItsOwnSubsidyUse_R_AGR_3() {
        var uses = List.of(new Spending(SpendingCategory.STAFF, new BigDecimal("800.00"), null));
        var a = SubsidyUseReport.report(new SubsidyUseReport.Stamp("e-1", "chunhua", "chunhua-1", "a", "安居", "agr-a",
                "MANAGEMENT_COMMITTEE"), Q1, new BigDecimal("1000.00"), uses, "a-staff", NOW);
        var b = SubsidyUseReport.report(new SubsidyUseReport.Stamp("e-1", "chunhua", "chunhua-1", "b", "和谐", "agr-b",
                "MANAGEMENT_COMMITTEE"), Q1, new BigDecimal("1000.00"), uses, "b-staff", NOW);
        assertThat(a.id()).isNotEqualTo(b.id());
        assertThatThrownBy(() -> SubsidyUseReport.report(new SubsidyUseReport.Stamp("e-1", "chunhua", "chunhua-1", "b", "和谐",
                "agr-b", "MANAGEMENT_COMMITTEE"), Q1, new BigDecimal("500.00"), uses, "b-staff", NOW))
                .isInstanceOf(RuleViolationException.class);
    }
}
