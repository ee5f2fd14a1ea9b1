package org.estatecare.assessments.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.Grade;

/** The scoring over arbitrary valid rules and evidence. */
class ScoringPropertiesTest {

    // ---- arbitrary rules ----

    /** {@code parts} non-negative integers summing to {@code total}. */
    static Arbitrary<List<Integer>> split(int total, int parts) {
        return Arbitraries.integers().between(0, total).list().ofSize(parts - 1).map(cuts -> {
            List<Integer> sorted = new ArrayList<>(cuts);
            sorted.add(0);
            sorted.add(total);
            sorted.sort(Integer::compare);
            List<Integer> weights = new ArrayList<>();
            for (int i = 1; i < sorted.size(); i++) {
                weights.add(sorted.get(i) - sorted.get(i - 1));
            }
            return weights;
        });
    }

    static Arbitrary<BigDecimal> decimal(String min, String max, int scale) {
        return Arbitraries.bigDecimals().between(new BigDecimal(min), new BigDecimal(max)).ofScale(scale);
    }

    static Arbitrary<List<Criterion>> criteria() {
        return Arbitraries.subsetOf(CriterionCode.values()).filter(s -> !s.isEmpty())
                .flatMap(codes -> Arbitraries.shuffle(new ArrayList<>(codes))
                        .flatMap(order -> split(100, order.size()).map(weights -> {
                            List<Criterion> criteria = new ArrayList<>();
                            for (int i = 0; i < order.size(); i++) {
                                criteria.add(new Criterion(order.get(i), weights.get(i)));
                            }
                            return criteria;
                        })));
    }

    static Arbitrary<Map<InspectionLevel, Integer>> levelWeights() {
        return split(100, InspectionLevel.values().length).map(weights -> {
            Map<InspectionLevel, Integer> levels = new EnumMap<>(InspectionLevel.class);
            for (InspectionLevel level : InspectionLevel.values()) {
                levels.put(level, weights.get(level.ordinal()));
            }
            return levels;
        });
    }

    static Arbitrary<List<DeductionItem>> deductions() {
        return Arbitraries.subsetOf(FindingKind.values()).flatMap(kinds -> Combinators.combine(
                decimal("0", "5", 3).list().ofSize(kinds.size()), decimal("0", "20", 2).list().ofSize(kinds.size()))
                .as((each, caps) -> {
                    List<DeductionItem> items = new ArrayList<>();
                    List<FindingKind> ordered = new ArrayList<>(kinds);
                    for (int i = 0; i < ordered.size(); i++) {
                        items.add(new DeductionItem(ordered.get(i), each.get(i), caps.get(i)));
                    }
                    return items;
                }));
    }

    @Provide
    Arbitrary<GradeBands> bands() {
        return Arbitraries.integers().between(0, 10_000).set().ofSize(3).map(set -> {
            BigDecimal[] least = set.stream().sorted((a, b) -> b - a).map(h -> BigDecimal.valueOf(h, 2)).toArray(BigDecimal[]::new);
            return new GradeBands(least[0], least[1], least[2]);
        });
    }

    static Arbitrary<Map<Grade, BigDecimal>> rewardShares() {
        return decimal("0", "1", 2).list().ofSize(4).map(shares -> {
            List<BigDecimal> sorted = new ArrayList<>(shares);
            sorted.sort((a, b) -> b.compareTo(a));
            Map<Grade, BigDecimal> map = new EnumMap<>(Grade.class);
            for (Grade grade : Grade.values()) {
                map.put(grade, sorted.get(grade.ordinal()));
            }
            return map;
        });
    }

    @Provide
    Arbitrary<SchemeRules> rules() {
        Arbitrary<SampleRule> sample = Combinators.combine(decimal("0", "1", 2), Arbitraries.integers().between(0, 60),
                Arbitraries.of(InsufficientSample.class)).as(SampleRule::new);
        Arbitrary<ComplaintHandling> complaints = Arbitraries.integers().between(0, 100).map(w -> new ComplaintHandling(w, 100 - w));
        Arbitrary<ReportingDue> due = Combinators.combine(Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20),
                decimal("0", "100", 2)).as(ReportingDue::new);
        Arbitrary<Set<CriterionCode>> withoutCompany = Arbitraries.subsetOf(CriterionCode.values());
        return Combinators.combine(criteria(), withoutCompany, levelWeights(), deductions(), bands(), rewardShares(), sample,
                        Combinators.combine(complaints, due).as(List::of))
                .as((criteria, notAssessed, levels, deductions, bands, rewards, sampleRule, rest) -> new SchemeRules(criteria,
                        notAssessed, levels, deductions, bands, rewards, sampleRule, (ComplaintHandling) rest.get(0),
                        (ReportingDue) rest.get(1)))
                .filter(rules -> rules.violations().isEmpty());
    }

    // ---- arbitrary evidence ----

    static Arbitrary<InspectionResult> inspection(int index) {
        Arbitrary<Map<BasicService, BigDecimal>> scores = Arbitraries.subsetOf(BasicService.values())
                .flatMap(services -> decimal("0", "100", 2).list().ofSize(services.size()).map(values -> {
                    Map<BasicService, BigDecimal> map = new EnumMap<>(BasicService.class);
                    List<BasicService> ordered = new ArrayList<>(services);
                    for (int i = 0; i < ordered.size(); i++) {
                        map.put(ordered.get(i), values.get(i));
                    }
                    return map;
                }));
        return Combinators.combine(Arbitraries.of(InspectionLevel.class), Arbitraries.integers().between(0, 90), scores)
                .as((level, day, map) -> new InspectionResult("i" + index, level, LocalDate.of(2026, 1, 1).plusDays(day), map));
    }

    @Provide
    Arbitrary<PeriodEvidence> evidence() {
        Arbitrary<List<InspectionResult>> inspections = Arbitraries.integers().between(0, 8).flatMap(n -> {
            List<Arbitrary<InspectionResult>> each = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                each.add(inspection(i));
            }
            return Combinators.combine(each).as(list -> list);
        });
        Arbitrary<List<Finding>> findings = Combinators.combine(Arbitraries.integers().between(0, 8), Arbitraries.of(FindingKind.class))
                .as((i, kind) -> new Finding("i" + i, kind, "place")).list().ofMaxSize(15);
        Arbitrary<Optional<SurveyResult>> survey = Arbitraries.integers().between(0, 400)
                .flatMap(households -> Combinators.combine(Arbitraries.integers().between(0, households), decimal("0", "1", 4))
                        .as((answers, share) -> new SurveyResult("survey", households, answers, share)))
                .optional();
        Arbitrary<ComplaintRecord> complaints = Combinators.combine(Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(0, 40))
                .flatAs((resolved, closed) -> Combinators.combine(Arbitraries.integers().between(0, resolved),
                        Arbitraries.integers().between(0, closed)).as((onTime, satisfied) -> new ComplaintRecord(resolved, onTime, closed, satisfied)));
        Arbitrary<ReportStatus> status = Arbitraries.of(ReportStatus.class);
        return Combinators.combine(Arbitraries.of(true, false), inspections, findings, survey, complaints, status, status)
                .as(PeriodEvidence::new);
    }

    // ---- properties ----

    @Property
    @Label("R-ASM-1: a score lies between 0 and 100, to 2 decimals")
    void scoreWithinRange(@ForAll("rules") SchemeRules rules, @ForAll("evidence") PeriodEvidence evidence) {
        Assume.that(ScoreCalculator.assessable(rules, evidence));

        Breakdown breakdown = ScoreCalculator.score(rules, evidence);

        assertThat(breakdown.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(breakdown.score().scale()).isEqualTo(2);
        assertThat(breakdown.lines()).filteredOn(CriterionLine::assessed)
                .allSatisfy(line -> assertThat(line.raw()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
    }

    @Property
    @Label("R-ASM-1: no deduction line takes more than its cap")
    void deductionsWithinTheirCaps(@ForAll("rules") SchemeRules rules, @ForAll("evidence") PeriodEvidence evidence) {
        Assume.that(ScoreCalculator.assessable(rules, evidence));

        Breakdown breakdown = ScoreCalculator.score(rules, evidence);

        assertThat(breakdown.deductions()).allSatisfy(line -> {
            assertThat(line.applied()).isLessThanOrEqualTo(line.cap().setScale(2, java.math.RoundingMode.HALF_UP));
            assertThat(line.applied()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        });
    }

    @Property
    @Label("R-ASM-1: every breakdown recomputes exactly from its own lines")
    void breakdownsRecomputeExactly(@ForAll("rules") SchemeRules rules, @ForAll("evidence") PeriodEvidence evidence) {
        Assume.that(ScoreCalculator.assessable(rules, evidence));

        Breakdown breakdown = ScoreCalculator.score(rules, evidence);

        assertThat(breakdown.recomputesExactly()).as("%s", breakdown).isTrue();
        assertThat(breakdown.recompute()).isEqualByComparingTo(breakdown.score());
    }

    @Property
    @Label("R-ASM-1: the effective weights of the criteria assessed sum to 100 within 0.01")
    void effectiveWeightsSumTo100(@ForAll("rules") SchemeRules rules, @ForAll("evidence") PeriodEvidence evidence) {
        Assume.that(ScoreCalculator.assessable(rules, evidence));

        BigDecimal sum = ScoreCalculator.score(rules, evidence).lines().stream()
                .map(CriterionLine::effectiveWeight).reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(sum.subtract(BigDecimal.valueOf(100)).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
    }

    /** One piece of evidence made better, everything else the same. */
    enum Improvement { INSPECTION_SCORE, SATISFIED_SHARE, ON_TIME, SATISFIED_COMPLAINANT, FEE_PUBLICATION, SUBSIDY_REPORT }

    @Property
    @Label("R-ASM-1: better evidence never lowers the score or the grade")
    void betterEvidenceNeverLowersTheScore(@ForAll("rules") SchemeRules rules, @ForAll("evidence") PeriodEvidence evidence,
                                           @ForAll Improvement improvement, @ForAll @IntRange(min = 1, max = 10_000) int hundredths) {
        Assume.that(ScoreCalculator.assessable(rules, evidence));
        PeriodEvidence better = improved(evidence, improvement, BigDecimal.valueOf(hundredths, 2));

        Breakdown before = ScoreCalculator.score(rules, evidence);
        Breakdown after = ScoreCalculator.score(rules, better);

        assertThat(after.score()).isGreaterThanOrEqualTo(before.score());
        assertThat(after.grade().compareTo(before.grade())).isLessThanOrEqualTo(0);
    }

    @Property
    @Label("R-ASM-1: a higher score never earns a worse grade")
    void gradeMonotoneInScore(@ForAll("bands") GradeBands bands, @ForAll @IntRange(min = 0, max = 10_000) int a,
                              @ForAll @IntRange(min = 0, max = 10_000) int b) {
        BigDecimal lower = BigDecimal.valueOf(Math.min(a, b), 2);
        BigDecimal higher = BigDecimal.valueOf(Math.max(a, b), 2);

        assertThat(bands.gradeOf(higher).compareTo(bands.gradeOf(lower))).isLessThanOrEqualTo(0);
        assertThat(bands.gradeOf(bands.least(bands.gradeOf(higher)))).isEqualTo(bands.gradeOf(higher));
    }

    @Provide
    Arbitrary<AssessmentPeriod> periods() {
        Arbitrary<AssessmentPeriod> months = Combinators.combine(Arbitraries.integers().between(2024, 2030),
                Arbitraries.integers().between(1, 12)).as((y, m) -> new AssessmentPeriod(AssessmentPeriod.Kind.MONTH, y, m));
        Arbitrary<AssessmentPeriod> quarters = Combinators.combine(Arbitraries.integers().between(2024, 2030),
                Arbitraries.integers().between(1, 4)).as((y, q) -> new AssessmentPeriod(AssessmentPeriod.Kind.QUARTER, y, q));
        return Arbitraries.oneOf(months, quarters);
    }

    @Property
    @Label("R-ASM-1: the spells of a period cover each of its days exactly once, each with the company serving that day")
    void spellsCoverEveryDayOnce(@ForAll("periods") AssessmentPeriod period,
                                 @ForAll("changes") List<Map.Entry<Integer, Optional<String>>> changes) {
        TreeMap<LocalDate, Optional<String>> from = new TreeMap<>();
        changes.forEach(change -> from.put(period.start().plusDays(change.getKey() - 5), change.getValue()));
        Function<LocalDate, Optional<String>> companyOn = day -> Optional.ofNullable(from.floorEntry(day))
                .map(Map.Entry::getValue).orElse(Optional.empty());

        List<ServingSpell> spells = PeriodSplit.split(period, companyOn);

        assertThat(spells.get(0).from()).isEqualTo(period.start());
        assertThat(spells.get(spells.size() - 1).to()).isEqualTo(period.end());
        for (int i = 1; i < spells.size(); i++) {
            assertThat(spells.get(i).from()).isEqualTo(spells.get(i - 1).to().plusDays(1));
            assertThat(spells.get(i).companyId()).isNotEqualTo(spells.get(i - 1).companyId());
        }
        assertThat(spells.stream().mapToLong(ServingSpell::days).sum())
                .isEqualTo(ChronoUnit.DAYS.between(period.start(), period.end()) + 1);
        for (ServingSpell spell : spells) {
            for (LocalDate day = spell.from(); !day.isAfter(spell.to()); day = day.plusDays(1)) {
                assertThat(companyOn.apply(day)).isEqualTo(spell.companyId());
            }
        }
    }

    @Provide
    Arbitrary<List<Map.Entry<Integer, Optional<String>>>> changes() {
        Arbitrary<Optional<String>> company = Arbitraries.of("a", "b", "c").optional();
        return Combinators.combine(Arbitraries.integers().between(0, 100), company).as(Map::entry).list().ofMaxSize(6);
    }

    private static PeriodEvidence improved(PeriodEvidence e, Improvement improvement, BigDecimal by) {
        return switch (improvement) {
            case INSPECTION_SCORE -> {
                List<InspectionResult> inspections = new ArrayList<>(e.inspections());
                for (int i = 0; i < inspections.size(); i++) {
                    InspectionResult first = inspections.get(i);
                    if (!first.scores().isEmpty()) {
                        Map<BasicService, BigDecimal> scores = new EnumMap<>(first.scores());
                        BasicService service = scores.keySet().iterator().next();
                        scores.put(service, scores.get(service).add(by).min(BigDecimal.valueOf(100)));
                        inspections.set(i, new InspectionResult(first.inspectionId(), first.level(), first.on(), scores));
                        break;
                    }
                }
                yield new PeriodEvidence(e.companyServes(), inspections, e.findings(), e.survey(), e.complaints(),
                        e.feePublication(), e.subsidyReport());
            }
            case SATISFIED_SHARE -> new PeriodEvidence(e.companyServes(), e.inspections(), e.findings(),
                    e.survey().map(s -> new SurveyResult(s.surveyId(), s.households(), s.answers(),
                            s.satisfiedShare().add(by.movePointLeft(2)).min(BigDecimal.ONE))),
                    e.complaints(), e.feePublication(), e.subsidyReport());
            case ON_TIME -> new PeriodEvidence(e.companyServes(), e.inspections(), e.findings(), e.survey(),
                    new ComplaintRecord(e.complaints().resolved(), Math.min(e.complaints().resolved(), e.complaints().resolvedOnTime() + 1),
                            e.complaints().closed(), e.complaints().satisfied()), e.feePublication(), e.subsidyReport());
            case SATISFIED_COMPLAINANT -> new PeriodEvidence(e.companyServes(), e.inspections(), e.findings(), e.survey(),
                    new ComplaintRecord(e.complaints().resolved(), e.complaints().resolvedOnTime(), e.complaints().closed(),
                            Math.min(e.complaints().closed(), e.complaints().satisfied() + 1)), e.feePublication(), e.subsidyReport());
            case FEE_PUBLICATION -> new PeriodEvidence(e.companyServes(), e.inspections(), e.findings(), e.survey(), e.complaints(),
                    better(e.feePublication()), e.subsidyReport());
            case SUBSIDY_REPORT -> new PeriodEvidence(e.companyServes(), e.inspections(), e.findings(), e.survey(), e.complaints(),
                    e.feePublication(), better(e.subsidyReport()));
        };
    }

    /** A report that came in, or came in earlier; one not yet due stays so (it is not assessed either way). */
    private static ReportStatus better(ReportStatus status) {
        return switch (status) {
            case MISSING -> ReportStatus.LATE;
            case LATE, ON_TIME -> ReportStatus.ON_TIME;
            case NOT_DUE -> ReportStatus.NOT_DUE;
        };
    }
}
