package org.estatecare.subsidies.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.subsidies.allocation.Estates.policy;
import static org.estatecare.subsidies.allocation.Estates.standardRates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.estatecare.events.codes.Grade;
import org.estatecare.subsidies.policy.PolicyBook;
import org.estatecare.subsidies.policy.Share;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AllocationTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static final PolicyBook POLICY = policy(standardRates());

    /** The lines of a plan as an approved run keeps them, with ids. */
    static List<AllocatedLine> approve(AllocationPlan plan) {
        List<AllocatedLine> lines = new ArrayList<>();
        for (PlannedLine line : plan.lines()) {
            lines.add(new AllocatedLine(plan.period() + ":" + line.estateId() + ":" + line.share() + ":" + lines.size(),
                    line.estateId(), line.month(), line.share(), line.recipient(), line.amount(), line.trace()));
        }
        return lines;
    }

    static AllocationPlan plan(YearMonth period, EstateFacts facts, List<AllocatedLine> allocated) {
        TreeSet<YearMonth> settled = new TreeSet<>();
        allocated.forEach(line -> settled.add(line.month()));
        return Allocation.plan(period, List.of(facts), POLICY, settled, Map.of(facts.estateId(), allocated), (e, m) -> true);
    }

    static BigDecimal sum(List<? extends Object> lines) {
        return lines.stream().map(l -> l instanceof PlannedLine p ? p.amount() : ((AllocatedLine) l).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    @DisplayName("R-EXIT-2, R-SUB-4: an exit dated back into a paid month raises adjustments in the next run; the paid lines stay")
    void backdatedExit() {
        Estates.Builder estate = EntitlementsTest.servedEstate(LocalDate.of(2025, 6, 1));
        List<AllocatedLine> march = approve(plan(MARCH, estate.facts(), List.of()));
        assertThat(sum(march)).isEqualByComparingTo("5000.00");

        AllocationPlan april = plan(APRIL, estate.exit(LocalDate.of(2026, 3, 20)).facts(), march);

        assertThat(april.lines()).filteredOn(l -> l.kind() == LineKind.REGULAR).isEmpty();
        List<PlannedLine> adjustments = april.lines().stream().filter(l -> l.kind() == LineKind.ADJUSTMENT).toList();
        assertThat(adjustments).extracting(PlannedLine::month).containsOnly(MARCH);
        assertThat(adjustments).extracting(PlannedLine::reason).containsOnly(AdjustmentReason.EXIT);
        assertThat(adjustments).filteredOn(l -> l.share() == Share.MUNICIPAL).singleElement()
                .satisfies(l -> {
                    assertThat(l.amount()).isEqualByComparingTo("-1161.29"); // 1838.71 − 3000.00
                    assertThat(l.corrects()).containsExactly(march.get(0).lineId());
                });
        assertThat(sum(march).add(april.total())).as("original and adjustments come to the entitlement now")
                .isEqualByComparingTo("3064.52"); // 1838.71 + 1225.81
    }

    @Test
    @DisplayName("R-SUB-2: a revised grade raises an adjustment of the district share by the difference of the factors")
    void revisedGrade() {
        LocalDate q1 = LocalDate.of(2026, 1, 1);
        LocalDate q1End = LocalDate.of(2026, 3, 31);
        Estates.Builder estate = Estates.estate("e-1", LocalDate.of(2025, 6, 1), 200, "10000.00")
                .servedBy("anju", q1, LocalDate.of(2027, 12, 31)).graded("anju", q1, q1End, Grade.PASS, 0);
        List<AllocatedLine> march = approve(plan(MARCH, estate.facts(), List.of()));

        AllocationPlan april = plan(APRIL, estate.graded("anju", q1, q1End, Grade.GOOD, 1).facts(), march);

        assertThat(april.lines()).filteredOn(l -> l.kind() == LineKind.ADJUSTMENT).singleElement().satisfies(l -> {
            assertThat(l.share()).isEqualTo(Share.DISTRICT);
            assertThat(l.amount()).isEqualByComparingTo("400.00"); // 2000 × (0.90 − 0.70)
            assertThat(l.reason()).isEqualTo(AdjustmentReason.GRADE);
        });
    }

    @Test
    @DisplayName("R-SUB-2: a month held for want of a grade is paid by adjustment once the grade is published")
    void heldUntilGraded() {
        Estates.Builder estate = Estates.estate("e-1", LocalDate.of(2025, 6, 1), 200, "10000.00")
                .servedBy("anju", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        List<AllocatedLine> march = approve(plan(MARCH, estate.facts(), List.of()));
        assertThat(sum(march)).isEqualByComparingTo("3000.00");

        AllocationPlan april = plan(APRIL, estate.graded("anju", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                Grade.EXCELLENT, 0).facts(), march);
        assertThat(april.lines()).filteredOn(l -> l.kind() == LineKind.ADJUSTMENT).extracting(PlannedLine::amount,
                PlannedLine::reason).containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("2000.00"),
                AdjustmentReason.GRADE));
    }

    @Test
    @DisplayName("R-SUB-2: the same facts planned again give the same lines, and no adjustment of what was allocated")
    void rerunningChangesNothing() {
        EstateFacts facts = EntitlementsTest.servedEstate(LocalDate.of(2025, 6, 1)).facts();
        assertThat(plan(MARCH, facts, List.of())).isEqualTo(plan(MARCH, facts, List.of()));
        List<AllocatedLine> march = approve(plan(MARCH, facts, List.of()));
        assertThat(plan(APRIL, facts, march).lines()).extracting(PlannedLine::kind).containsOnly(LineKind.REGULAR);
    }

    @Test
    @DisplayName("R-SUB-1: the run's total is the sum of its lines, and each street's total the sum of its lines")
    void totals() {
        EstateFacts one = EntitlementsTest.servedEstate(LocalDate.of(2025, 6, 1)).facts();
        EstateFacts two = Estates.estate("e-2", LocalDate.of(2026, 3, 10), 100, "5000.00")
                .servedBy("anju", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)).facts();
        AllocationPlan plan = Allocation.plan(MARCH, List.of(one, two), POLICY, new TreeSet<>(), Map.of(), (e, m) -> true);
        assertThat(plan.total()).isEqualByComparingTo("6064.52"); // 5000.00 + 1064.52 (1500 × 22/31)
        assertThat(plan.totalsByStreet()).containsOnlyKeys("chunhua");
        assertThat(plan.totalsByStreet().get("chunhua")).isEqualByComparingTo(plan.total());
    }
}
