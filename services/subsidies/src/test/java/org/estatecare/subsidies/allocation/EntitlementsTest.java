package org.estatecare.subsidies.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.subsidies.allocation.Estates.estate;
import static org.estatecare.subsidies.allocation.Estates.policy;
import static org.estatecare.subsidies.allocation.Estates.rate;
import static org.estatecare.subsidies.allocation.Estates.standardRates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.subsidies.policy.GradeFactors;
import org.estatecare.subsidies.policy.PolicyBook;
import org.estatecare.subsidies.policy.RateUnit;
import org.estatecare.subsidies.policy.Share;
import org.estatecare.subsidies.policy.SubsidyRate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EntitlementsTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    static final LocalDate YEAR_END = LocalDate.of(2028, 12, 31);

    /** 10,000 m², 200 households, class 1, served by anju all along, graded 优秀 for the first quarter of 2026. */
    static Estates.Builder servedEstate(LocalDate included) {
        return estate("e-1", included, 200, "10000.00").servedBy("anju", YEAR_START, YEAR_END)
                .graded("anju", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), Grade.EXCELLENT, 0);
    }

    static BigDecimal amount(EstateMonth month, Share share) {
        return month.entitlements().stream().filter(e -> e.share() == share).map(Entitlement::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Entitlement line(EstateMonth month, Share share) {
        return month.entitlements().stream().filter(e -> e.share() == share).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("R-SUB-1: a whole month in the scheme earns the monthly rate of each share by the floor area")
    void wholeMonth() {
        EstateMonth march = Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).facts(), MARCH, policy(standardRates()));
        assertThat(amount(march, Share.MUNICIPAL)).isEqualByComparingTo("3000.00");
        assertThat(amount(march, Share.DISTRICT)).isEqualByComparingTo("2000.00");
        assertThat(line(march, Share.MUNICIPAL).recipient()).isEqualTo(Recipient.company("anju"));
        assertThat(line(march, Share.MUNICIPAL).days()).isEqualTo(31);
        assertThat(march.gaps()).isEmpty();
    }

    @Test
    @DisplayName("R-SUB-1: included mid-month, the estate earns from its inclusion day, prorated by the days of the month")
    void fromTheInclusionDay() {
        EstateMonth march = Entitlements.of(servedEstate(LocalDate.of(2026, 3, 10)).facts(), MARCH, policy(standardRates()));
        assertThat(line(march, Share.MUNICIPAL).days()).isEqualTo(22);
        assertThat(amount(march, Share.MUNICIPAL)).isEqualByComparingTo("2129.03"); // 3000 × 22/31 = 2129.0322…
    }

    @Test
    @DisplayName("R-EXIT-2, R-SUB-4: subsidies stop from the exit date: the exit day itself earns nothing")
    void theExitDayEarnsNothing() {
        EstateMonth march = Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).exit(LocalDate.of(2026, 3, 20)).facts(),
                MARCH, policy(standardRates()));
        assertThat(line(march, Share.MUNICIPAL).days()).isEqualTo(19);
        assertThat(line(march, Share.MUNICIPAL).trace().get(0).to()).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(amount(march, Share.MUNICIPAL)).isEqualByComparingTo("1838.71"); // 3000 × 19/31 = 1838.7096…
        assertThat(amount(march, Share.DISTRICT)).isEqualByComparingTo("1225.81");  // 2000 × 19/31 = 1225.8064…

        EstateMonth april = Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).exit(LocalDate.of(2026, 3, 20)).facts(),
                YearMonth.of(2026, 4), policy(standardRates()));
        assertThat(april.entitlements()).isEmpty();
    }

    @Test
    @DisplayName("R-EXIT-2: an exit dated ahead stops nothing before its day")
    void aFutureExitStopsNothingBefore() {
        EstateMonth march = Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).exit(LocalDate.of(2026, 5, 1)).facts(),
                MARCH, policy(standardRates()));
        assertThat(amount(march, Share.MUNICIPAL)).isEqualByComparingTo("3000.00");
        EstateMonth exitOnTheFirst = Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).exit(LocalDate.of(2026, 4, 1))
                .facts(), MARCH, policy(standardRates()));
        assertThat(amount(exitOnTheFirst, Share.MUNICIPAL)).as("the last day before the exit is paid").isEqualByComparingTo("3000.00");
    }

    @Test
    @DisplayName("R-SUB-1: a rate decided from mid-month prices the days from it; the trace shows both rates and versions")
    void rateChangeMidMonth() {
        List<SubsidyRate> rates = new ArrayList<>(standardRates());
        rates.add(rate(7, Share.MUNICIPAL, EstateClass.CLASS_1, RateUnit.PER_SQUARE_METRE_MONTH, "0.36", LocalDate.of(2026, 3, 16)));
        Entitlement municipal = line(Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).facts(), MARCH, policy(rates)),
                Share.MUNICIPAL);
        assertThat(municipal.amount()).isEqualByComparingTo("3309.68"); // (0.30×10000×15 + 0.36×10000×16)/31 = 3309.6774…
        assertThat(municipal.trace()).extracting(Segment::days).containsExactly(15, 16);
        assertThat(municipal.trace()).extracting(Segment::rateVersion).containsExactly(1L, 7L);
    }

    @Test
    @DisplayName("R-SUB-1: a correction of a rate for the same day wins over the decision it corrects")
    void correctedRateWins() {
        List<SubsidyRate> rates = new ArrayList<>(standardRates());
        rates.add(rate(9, Share.MUNICIPAL, EstateClass.CLASS_1, RateUnit.PER_SQUARE_METRE_MONTH, "0.32", LocalDate.of(2020, 1, 1)));
        assertThat(amount(Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).facts(), MARCH, policy(rates)), Share.MUNICIPAL))
                .isEqualByComparingTo("3200.00");
    }

    @Test
    @DisplayName("R-SUB-1: floor area and households count as of each day; a change from mid-month prices the days from it")
    void sizeChangeMidMonth() {
        EstateMonth march = Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).size(LocalDate.of(2026, 3, 16), 240, "12000.00")
                .facts(), MARCH, policy(standardRates()));
        assertThat(amount(march, Share.MUNICIPAL)).isEqualByComparingTo("3309.68"); // (0.30×10000×15 + 0.30×12000×16)/31
        assertThat(line(march, Share.MUNICIPAL).trace()).extracting(s -> s.quantity().toPlainString())
                .containsExactly("10000.00", "12000.00");

        List<SubsidyRate> perHousehold = List.of(rate(1, Share.MUNICIPAL, EstateClass.CLASS_1, RateUnit.PER_HOUSEHOLD_MONTH, "15.00",
                LocalDate.of(2020, 1, 1)));
        EstateMonth byHouseholds = Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).size(LocalDate.of(2026, 3, 16), 240,
                "12000.00").facts(), MARCH, policy(perHousehold));
        assertThat(amount(byHouseholds, Share.MUNICIPAL)).isEqualByComparingTo("3309.68"); // (15×200×15 + 15×240×16)/31
    }

    @Test
    @DisplayName("R-SUB-1: February prorates by 29 days in a leap year and 28 otherwise")
    void leapYears() {
        Estates.Builder leap = estate("e-2", LocalDate.of(2028, 2, 15), 200, "10000.00").servedBy("anju", YEAR_START, YEAR_END);
        assertThat(amount(Entitlements.of(leap.facts(), YearMonth.of(2028, 2), policy(standardRates())), Share.MUNICIPAL))
                .isEqualByComparingTo("1551.72"); // 3000 × 15/29 = 1551.7241…
        Estates.Builder common = estate("e-3", LocalDate.of(2027, 2, 15), 200, "10000.00").servedBy("anju", YEAR_START, YEAR_END);
        assertThat(amount(Entitlements.of(common.facts(), YearMonth.of(2027, 2), policy(standardRates())), Share.MUNICIPAL))
                .isEqualByComparingTo("1500.00"); // 3000 × 14/28
    }

    @Test
    @DisplayName("R-SUB-2: the district share is scaled by the grade's factor; the municipal share never is")
    void gradeFactors() {
        PolicyBook policy = policy(standardRates());
        for (var expected : List.of(List.of(Grade.EXCELLENT, "2000.00"), List.of(Grade.GOOD, "1800.00"),
                List.of(Grade.PASS, "1400.00"), List.of(Grade.FAIL, "0.00"))) {
            Grade grade = (Grade) expected.get(0);
            EstateMonth march = Entitlements.of(estate("e-1", LocalDate.of(2025, 6, 1), 200, "10000.00")
                    .servedBy("anju", YEAR_START, YEAR_END).graded("anju", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                            grade, 0).facts(), MARCH, policy);
            assertThat(amount(march, Share.DISTRICT)).as(grade.name()).isEqualByComparingTo((String) expected.get(1));
            assertThat(amount(march, Share.MUNICIPAL)).as(grade.name()).isEqualByComparingTo("3000.00");
        }
        EstateMonth failed = Entitlements.of(estate("e-1", LocalDate.of(2025, 6, 1), 200, "10000.00").servedBy("anju", YEAR_START,
                YEAR_END).graded("anju", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), Grade.FAIL, 0).facts(), MARCH, policy);
        assertThat(line(failed, Share.DISTRICT).trace().get(0).status()).isEqualTo(SegmentStatus.WITHHELD_FAIL);
    }

    @Test
    @DisplayName("R-SUB-2: the district's own table replaces the default from its day on")
    void districtTable() {
        GradeFactors own = new GradeFactors(Estates.factors("1.00", "0.80", "0.50", "0.00"), LocalDate.of(2026, 3, 1), 5, "admin",
                Estates.DECIDED);
        EstateMonth march = Entitlements.of(estate("e-1", LocalDate.of(2025, 6, 1), 200, "10000.00").servedBy("anju", YEAR_START,
                YEAR_END).graded("anju", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), Grade.GOOD, 0).facts(), MARCH,
                Estates.policy(standardRates(), List.of(own)));
        assertThat(amount(march, Share.DISTRICT)).isEqualByComparingTo("1600.00");
    }

    @Test
    @DisplayName("R-SUB-2: while no grade is published for the days, the district share is held at nothing and says so")
    void awaitingGrade() {
        EstateMonth april = Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).facts(), YearMonth.of(2026, 4),
                policy(standardRates()));
        assertThat(amount(april, Share.DISTRICT)).isEqualByComparingTo("0.00");
        assertThat(line(april, Share.DISTRICT).trace()).extracting(Segment::status).containsExactly(SegmentStatus.AWAITING_GRADE);
        assertThat(amount(april, Share.MUNICIPAL)).isEqualByComparingTo("3000.00");
    }

    @Test
    @DisplayName("R-SUB-2: a month's own grade scales it before the grade of its quarter")
    void monthGradeBeforeQuarter() {
        EstateMonth march = Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).graded("anju", LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), Grade.PASS, 0).facts(), MARCH, policy(standardRates()));
        assertThat(amount(march, Share.DISTRICT)).isEqualByComparingTo("1400.00");
    }

    @Test
    @DisplayName("R-MODE-1, R-SUB-1: the serving company is paid; after a change to self-management, the recipient the district names")
    void recipients() {
        EstateMonth march = Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).mode(LocalDate.of(2026, 3, 16),
                ManagementMode.OWNER_SELF_MANAGEMENT).facts(), MARCH, policy(standardRates()));
        assertThat(march.entitlements()).filteredOn(e -> e.share() == Share.MUNICIPAL).extracting(Entitlement::recipient,
                Entitlement::days).containsExactly(org.assertj.core.groups.Tuple.tuple(Recipient.company("anju"), 15),
                org.assertj.core.groups.Tuple.tuple(Recipient.named("owner-unit"), 16));
        assertThat(amount(march, Share.MUNICIPAL)).isEqualByComparingTo("3000.00");
    }

    @Test
    @DisplayName("R-SUB-1: eligible days without a serving company or without a class earn nothing and are reported as gaps")
    void gaps() {
        EstateMonth unserved = Entitlements.of(estate("e-1", LocalDate.of(2025, 6, 1), 200, "10000.00")
                .servedBy("anju", YEAR_START, LocalDate.of(2026, 3, 10)).facts(), MARCH, policy(standardRates()));
        assertThat(line(unserved, Share.MUNICIPAL).days()).isEqualTo(10);
        assertThat(unserved.gaps()).extracting(Gap::reason, Gap::days).containsOnly(
                org.assertj.core.groups.Tuple.tuple(GapReason.NO_RECIPIENT, 21));
        EstateMonth unclassed = Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).noClass().facts(), MARCH,
                policy(standardRates()));
        assertThat(unclassed.entitlements()).isEmpty();
        assertThat(unclassed.gaps()).extracting(Gap::reason).containsOnly(GapReason.NO_CLASS);
    }

    @Test
    @DisplayName("R-SUB-1: money is rounded to the fen HALF_UP once per line, not per segment")
    void roundedOncePerLine() {
        List<SubsidyRate> rates = List.of(
                rate(1, Share.MUNICIPAL, EstateClass.CLASS_1, RateUnit.PER_SQUARE_METRE_MONTH, "0.0250", LocalDate.of(2026, 4, 1)),
                rate(2, Share.MUNICIPAL, EstateClass.CLASS_1, RateUnit.PER_SQUARE_METRE_MONTH, "0.0250", LocalDate.of(2026, 4, 16)));
        Entitlement april = line(Entitlements.of(servedEstate(LocalDate.of(2025, 6, 1)).size(LocalDate.of(2025, 6, 1), 1, "1.00")
                .facts(), YearMonth.of(2026, 4), policy(rates)), Share.MUNICIPAL);
        assertThat(april.trace()).hasSize(2).extracting(s -> s.exact().toPlainString()).containsExactly("0.012500", "0.012500");
        assertThat(april.amount()).as("0.025 rounds HALF_UP to 0.03; rounding each half would give 0.02")
                .isEqualByComparingTo("0.03");
    }
}
