package org.estatecare.subsidies.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.events.estates.EstateDetailsChanged;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.subsidies.allocation.AllocatedLine;
import org.estatecare.subsidies.allocation.Allocation;
import org.estatecare.subsidies.allocation.AllocationPlan;
import org.estatecare.subsidies.allocation.ClassSpell;
import org.estatecare.subsidies.allocation.EstateFacts;
import org.estatecare.subsidies.allocation.GradeSpell;
import org.estatecare.subsidies.allocation.PlannedLine;
import org.estatecare.subsidies.allocation.Term;
import org.estatecare.subsidies.policy.GradeFactors;
import org.estatecare.subsidies.policy.NamedRecipient;
import org.estatecare.subsidies.policy.PolicyBook;
import org.estatecare.subsidies.policy.RateUnit;
import org.estatecare.subsidies.policy.Share;
import org.estatecare.subsidies.policy.SubsidyRate;

/**
 * A year of monthly allocation runs for a district of 10,000 estates, as the service plans them: each month's run
 * prices every estate day by day and compares the settled months of the estates that late facts changed (1 % of the
 * estates each month: a backdated exit, a size, a grade revised), against everything the earlier runs allocated. Prints
 * the time of the year's runs and the peak heap. Not a test: run it with {@code deploy/bench/subsidy-allocation.sh}.
 *
 * <p>Arguments: estates (10000), repeats (3), and {@code --review-all} to compare every estate's settled months in
 * every run, the worst case.
 */
public final class AllocationBenchmark {

    static final int YEAR = 2026;

    public static void main(String[] args) {
        int estates = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 10_000;
        int repeats = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 3;
        boolean reviewAll = List.of(args).contains("--review-all");
        PolicyBook policy = policy();
        System.out.printf("subsidy allocation: %d estates, 12 monthly runs of %d, %s; %d cores, max heap %d MiB%n", estates,
                YEAR, reviewAll ? "every settled month compared again in every run" : "1 % of estates changed late each month",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int repeat = 0; repeat <= repeats; repeat++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            Result result = year(estates, policy, reviewAll, new Random(42));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s %d: %,d ms, %,d lines (%,d adjustments), total %s yuan, peak heap %,d MiB%n",
                    repeat == 0 ? "warm-up" : "run", repeat, millis, result.lines, result.adjustments, result.total.toPlainString(),
                    peakHeap() >> 20);
        }
    }

    record Result(int lines, int adjustments, BigDecimal total) {
    }

    static Result year(int count, PolicyBook policy, boolean reviewAll, Random random) {
        List<Builder> estates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            estates.add(new Builder(i, random));
        }
        Map<EstateId, List<AllocatedLine>> allocated = new HashMap<>();
        TreeSet<YearMonth> settled = new TreeSet<>();
        int lines = 0;
        int adjustments = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(YEAR, m);
            Set<EstateId> changed = new HashSet<>();
            if (m > 1) {
                for (int k = 0; k < count / 100; k++) {
                    Builder estate = estates.get(random.nextInt(count));
                    estate.lateFact(month, random);
                    changed.add(estate.id);
                }
            }
            List<EstateFacts> facts = estates.stream().map(Builder::facts).toList();
            AllocationPlan plan = Allocation.plan(month, facts, policy, settled, allocated,
                    (estate, earlier) -> reviewAll || changed.contains(estate));
            int n = 0;
            for (PlannedLine line : plan.lines()) {
                allocated.computeIfAbsent(line.estateId(), e -> new ArrayList<>()).add(new AllocatedLine(month + ":" + n++,
                        line.estateId(), line.month(), line.share(), line.recipient(), line.amount(), line.trace()));
                adjustments += line.kind() == org.estatecare.subsidies.allocation.LineKind.ADJUSTMENT ? 1 : 0;
            }
            lines += plan.lines().size();
            total = total.add(plan.total());
            settled.add(month);
        }
        return new Result(lines, adjustments, total);
    }

    /** One estate of the simulated district: included during 2025, company-managed, graded every quarter. */
    static final class Builder {
        final EstateId id;
        EstateTimeline timeline;
        final List<ClassSpell> classes = new ArrayList<>();
        final List<Term> terms = new ArrayList<>();
        final List<GradeSpell> grades = new ArrayList<>();

        Builder(int i, Random random) {
            id = EstateId.of("e-" + i);
            String street = "street-" + (i % 13);
            LocalDate included = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365));
            timeline = EstateTimeline.of(id.value())
                    .with(new EstateRegistered(id.value(), "小区" + i, street, street + "-1", "路" + i + "号", 8, 100 + random.nextInt(900),
                            BigDecimal.valueOf(5_000 + random.nextInt(60_000), 0).add(BigDecimal.valueOf(random.nextInt(100), 2))))
                    .with(new EstateIncluded(id.value(), street, street + "-1", included, "SERVICE_COMPANY"));
            if (random.nextInt(20) == 0) {
                timeline = timeline.with(new ManagementModeChanged(id.value(), street, street + "-1",
                        ManagementMode.RESIDENT_SELF_GOVERNANCE.name(), LocalDate.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28))));
            }
            classes.add(new ClassSpell(LocalDate.of(2020, 1, 1), EstateClass.values()[random.nextInt(3)]));
            CompanyId company = CompanyId.of("company-" + random.nextInt(40));
            terms.add(new Term(company, included, LocalDate.of(YEAR, 6, 30)));
            terms.add(new Term(random.nextInt(10) == 0 ? CompanyId.of("company-" + random.nextInt(40)) : company,
                    LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR + 2, 12, 31)));
            for (int q = 0; q < 4; q++) {
                LocalDate start = LocalDate.of(YEAR, q * 3 + 1, 1);
                CompanyId serving = q < 2 ? terms.get(0).companyId() : terms.get(1).companyId();
                grades.add(new GradeSpell("a-" + i + "-" + q, serving, start, start.plusMonths(3).minusDays(1),
                        Grade.values()[random.nextInt(4)], 0));
            }
        }

        /** Something learnt late about an earlier month: an exit dated back, a size corrected, or a grade revised. */
        void lateFact(YearMonth now, Random random) {
            LocalDate earlier = now.minusMonths(1 + random.nextInt(Math.max(1, now.getMonthValue() - 1))).atDay(1 + random.nextInt(28));
            String street = timeline.street();
            switch (random.nextInt(3)) {
                case 0 -> timeline = timeline.exitFrom() != null ? timeline : timeline.with(new EstateExited(id.value(), street,
                        street + "-1", "DEMOLITION", earlier));
                case 1 -> timeline = timeline.with(new EstateDetailsChanged(id.value(), timeline.name(), street, street + "-1",
                        timeline.address(), 8, timeline.households() + 10, timeline.floorArea().add(BigDecimal.valueOf(250)), earlier));
                default -> {
                    GradeSpell graded = grades.get((earlier.getMonthValue() - 1) / 3);
                    grades.set(grades.indexOf(graded), new GradeSpell(graded.assessmentId(), graded.companyId(), graded.start(),
                            graded.end(), Grade.values()[random.nextInt(4)], graded.revision() + 1));
                }
            }
        }

        EstateFacts facts() {
            return new EstateFacts(timeline, classes, terms, grades);
        }
    }

    static PolicyBook policy() {
        List<SubsidyRate> rates = new ArrayList<>();
        long version = 1;
        String[][] perClass = {{"0.30", "0.20"}, {"0.25", "0.15"}, {"0.20", "0.10"}};
        for (EstateClass estateClass : EstateClass.values()) {
            String[] amounts = perClass[estateClass.ordinal()];
            rates.add(new SubsidyRate(Share.MUNICIPAL, estateClass, RateUnit.PER_SQUARE_METRE_MONTH, new BigDecimal(amounts[0]),
                    LocalDate.of(2020, 1, 1), version++, "bench", Instant.EPOCH));
            rates.add(new SubsidyRate(Share.DISTRICT, estateClass, RateUnit.PER_SQUARE_METRE_MONTH, new BigDecimal(amounts[1]),
                    LocalDate.of(2020, 1, 1), version++, "bench", Instant.EPOCH));
            // a rate raised from the middle of a month
            rates.add(new SubsidyRate(Share.MUNICIPAL, estateClass, RateUnit.PER_SQUARE_METRE_MONTH,
                    new BigDecimal(amounts[0]).add(new BigDecimal("0.02")), LocalDate.of(YEAR, 7, 16), version++, "bench", Instant.EPOCH));
        }
        return new PolicyBook(rates, List.of(GradeFactors.districtDefault()), List.of(new NamedRecipient(
                ManagementMode.RESIDENT_SELF_GOVERNANCE, "street-fund", "街道自治经费", LocalDate.of(2020, 1, 1), version, "bench",
                Instant.EPOCH)), List.of());
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
