package org.estatecare.subsidies.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.EstateId;
import org.estatecare.subsidies.policy.PolicyBook;
import org.estatecare.subsidies.policy.RateUnit;
import org.estatecare.subsidies.policy.Share;
import org.estatecare.subsidies.policy.SubsidyRate;

/** The money's invariants, over estates, months, rates and late facts drawn at random. */
class AllocationPropertiesTest {

    static final LocalDate FROM = LocalDate.of(2027, 11, 1);
    static final LocalDate TO = LocalDate.of(2028, 4, 30);

    /** What can be said of one estate: all dates fall in November 2027 – April 2028, across a leap February. */
    record Story(LocalDate included, LocalDate exit, int households, BigDecimal area, LocalDate resized, BigDecimal newArea,
                 LocalDate rateChange, BigDecimal newRate, Grade grade) {
    }

    @Provide
    Arbitrary<Story> stories() {
        Arbitrary<LocalDate> day = Arbitraries.integers().between(0, (int) (TO.toEpochDay() - FROM.toEpochDay()))
                .map(FROM::plusDays);
        Arbitrary<BigDecimal> area = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("99999.99")).ofScale(2);
        Arbitrary<BigDecimal> rate = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("9.9999")).ofScale(4);
        return Combinators.combine(day.list().ofSize(3), day.injectNull(0.4), Arbitraries.integers().between(1, 5000), area, area,
                rate, Arbitraries.of(Grade.class).injectNull(0.2)).as((days, exit, households, before, after, newRate, grade) ->
                new Story(days.get(0), exit, households, before, days.get(1), after, days.get(2), newRate, grade));
    }

    static EstateFacts facts(Story story, boolean withExit, boolean withResize, Grade grade) {
        Estates.Builder estate = Estates.estate("e-1", story.included(), story.households(), story.area().toPlainString())
                .servedBy("anju", FROM.minusYears(1), TO.plusYears(1));
        if (withExit && story.exit() != null) {
            estate.exit(story.exit());
        }
        if (withResize) {
            estate.size(story.resized(), story.households(), story.newArea().toPlainString());
        }
        if (grade != null) {
            estate.graded("anju", FROM.minusYears(1), TO.plusYears(1), grade, 0);
        }
        return estate.facts();
    }

    static PolicyBook policy(Story story, boolean corrected) {
        List<SubsidyRate> rates = new ArrayList<>(Estates.standardRates());
        rates.add(Estates.rate(5, Share.DISTRICT, EstateClass.CLASS_1, RateUnit.PER_SQUARE_METRE_MONTH, "0.2500", story.rateChange()));
        if (corrected) {
            rates.add(Estates.rate(6, Share.MUNICIPAL, EstateClass.CLASS_1, RateUnit.PER_SQUARE_METRE_MONTH,
                    story.newRate().toPlainString(), story.rateChange()));
        }
        return Estates.policy(rates);
    }

    static List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(FROM); !m.isAfter(YearMonth.from(TO)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    @Property(tries = 300)
    @Label("R-SUB-1: every line is between nothing and the month's rate for the whole quantity; its days are the days in the scheme")
    void linesAreBoundedAndCountTheEligibleDays(@ForAll("stories") Story story) {
        EstateFacts facts = facts(story, true, false, story.grade());
        for (YearMonth month : months()) {
            long eligible = month.atDay(1).datesUntil(month.atEndOfMonth().plusDays(1)).filter(facts.timeline()::inSchemeOn).count();
            for (Entitlement line : Entitlements.of(facts, month, policy(story, false)).entitlements()) {
                BigDecimal whole = new BigDecimal("0.30").max(new BigDecimal("0.25")).multiply(story.area());
                assertThat(line.amount()).isBetween(BigDecimal.ZERO, whole.setScale(2, RoundingMode.HALF_UP));
                assertThat(line.days()).isEqualTo((int) eligible);
                assertThat(line.trace().stream().mapToInt(Segment::days).sum()).isEqualTo(line.days());
                assertThat(line.amount().scale()).isEqualTo(2);
            }
        }
    }

    @Property(tries = 300)
    @Label("R-SUB-1: a month's line is the exact sum of its days rounded once: never more than half a fen from it")
    void roundedOnce(@ForAll("stories") Story story) {
        EstateFacts facts = facts(story, true, true, story.grade());
        for (YearMonth month : months()) {
            for (Entitlement line : Entitlements.of(facts, month, policy(story, true)).entitlements()) {
                BigDecimal daily = BigDecimal.ZERO;
                for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
                    for (Segment s : line.trace()) {
                        if (!d.isBefore(s.from()) && !d.isAfter(s.to())) {
                            daily = daily.add(s.rate().multiply(s.quantity()).multiply(s.factor()));
                        }
                    }
                }
                BigDecimal exact = daily.divide(BigDecimal.valueOf(month.lengthOfMonth()), 20, RoundingMode.HALF_UP);
                assertThat(line.amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
                assertThat(line.amount()).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
            }
        }
    }

    @Property(tries = 200)
    @Label("R-SUB-2, R-SUB-4: after late facts (an exit, a size, a rate corrected, a grade), original and adjustments net to the entitlement now; re-running adds nothing")
    void adjustmentsNetToTheCorrectedAmount(@ForAll("stories") Story story, @ForAll("grades") Grade revised) {
        List<YearMonth> months = months();
        YearMonth last = months.get(months.size() - 1).plusMonths(1);
        PolicyBook before = policy(story, false);
        EstateFacts first = facts(story, false, false, story.grade());
        List<AllocatedLine> allocated = new ArrayList<>();
        TreeSet<YearMonth> settled = new TreeSet<>();
        for (YearMonth month : months) {
            AllocationPlan plan = Allocation.plan(month, List.of(first), before, settled, Map.of(EstateId.of("e-1"), allocated), (e, m) -> true);
            // the facts did not change: the run holds the month's own lines alone, and its total is what the month earns
            assertThat(plan.lines()).extracting(PlannedLine::kind).doesNotContain(LineKind.ADJUSTMENT);
            assertThat(plan.total()).isEqualByComparingTo(Entitlements.of(first, month, before).entitlements().stream()
                    .map(Entitlement::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
            allocated.addAll(AllocationTest.approve(plan));
            settled.add(month);
        }
        EstateFacts now = facts(story, true, true, revised);
        PolicyBook corrected = policy(story, true);
        AllocationPlan late = Allocation.plan(last, List.of(now), corrected, settled, Map.of(EstateId.of("e-1"), allocated), (e, m) -> true);
        List<AllocatedLine> afterwards = new ArrayList<>(allocated);
        afterwards.addAll(AllocationTest.approve(late));

        for (YearMonth month : months) {
            Map<Entitlement.LineKey, BigDecimal> paid = new HashMap<>();
            afterwards.stream().filter(l -> l.month().equals(month))
                    .forEach(l -> paid.merge(new Entitlement.LineKey(l.share(), l.recipient()), l.amount(), BigDecimal::add));
            Map<Entitlement.LineKey, BigDecimal> owed = new HashMap<>();
            Entitlements.of(now, month, corrected).entitlements().forEach(e -> owed.put(e.key(), e.amount()));
            for (var key : paid.keySet()) {
                assertThat(paid.get(key)).as(month + " " + key).isEqualByComparingTo(owed.getOrDefault(key, BigDecimal.ZERO));
            }
            owed.forEach((key, amount) -> assertThat(paid.getOrDefault(key, BigDecimal.ZERO)).isEqualByComparingTo(amount));
        }
        settled.add(last);
        AllocationPlan again = Allocation.plan(last.plusMonths(1), List.of(now), corrected, settled, Map.of(EstateId.of("e-1"), afterwards),
                (e, m) -> true);
        assertThat(again.lines()).extracting(PlannedLine::kind).doesNotContain(LineKind.ADJUSTMENT);
    }

    @Provide
    Arbitrary<Grade> grades() {
        return Arbitraries.of(Grade.class);
    }
}
