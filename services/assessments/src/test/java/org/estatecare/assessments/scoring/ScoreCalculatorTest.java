package org.estatecare.assessments.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.estatecare.assessments.scoring.Rules.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.Grade;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The district default's figures, recomputed by hand in each test's comments. */
class ScoreCalculatorTest {

    static final SchemeRules DEFAULT = SchemeRules.districtDefault();

    static Breakdown score(SchemeRules rules, Evidence evidence) {
        return ScoreCalculator.score(rules, evidence.build());
    }

    static CriterionLine line(Breakdown breakdown, CriterionCode code) {
        return breakdown.line(code).orElseThrow();
    }

    @Nested
    class WeightsAndRescaling {

        @Test
        @DisplayName("R-ASM-1: each criterion earns raw × weight / 100 and the score is their sum less the capped deductions")
        void typicalQuarterByTheDefault() {
            Breakdown breakdown = score(DEFAULT, Evidence.typicalQuarter()
                    .findings("c1", FindingKind.LITTER, 2).findings("s1", FindingKind.LITTER, 1)
                    .findings("d1", FindingKind.BLOCKED_FIRE_LANE, 4));

            // gate duty: committee (80+90)/2 = 85, street 85, district 70 → (40·85 + 30·85 + 20·70) / 90 = 81.666…
            assertThat(breakdown.lines()).extracting(CriterionLine::criterion, l -> l.raw().toPlainString(),
                    l -> l.effectiveWeight().toPlainString(), l -> l.points().toPlainString()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(CriterionCode.GATE_DUTY, "81.67", "15.0000", "12.25"),
                    org.assertj.core.groups.Tuple.tuple(CriterionCode.PATROL, "85.00", "15.0000", "12.75"),
                    org.assertj.core.groups.Tuple.tuple(CriterionCode.CLEANING, "72.22", "15.0000", "10.83"),
                    org.assertj.core.groups.Tuple.tuple(CriterionCode.PARKING, "90.00", "15.0000", "13.50"),
                    org.assertj.core.groups.Tuple.tuple(CriterionCode.SATISFACTION, "85.00", "20.0000", "17.00"),
                    org.assertj.core.groups.Tuple.tuple(CriterionCode.COMPLAINT_HANDLING, "84.00", "10.0000", "8.40"),
                    org.assertj.core.groups.Tuple.tuple(CriterionCode.FEE_PUBLICATION, "100.00", "5.0000", "5.00"),
                    org.assertj.core.groups.Tuple.tuple(CriterionCode.SUBSIDY_USE_REPORTING, "50.00", "5.0000", "2.50"));
            assertThat(breakdown.subtotal()).isEqualByComparingTo("82.23");
            // litter 3 × 1 = 3 (cap 5); blocked fire lane 4 × 3 = 12, capped at 9
            assertThat(breakdown.deducted()).isEqualByComparingTo("12.00");
            assertThat(breakdown.score()).isEqualByComparingTo("70.23");
            assertThat(breakdown.grade()).isEqualTo(Grade.PASS);
            assertThat(breakdown.cap()).isNull();
            assertThat(breakdown.recomputesExactly()).isTrue();
        }

        @Test
        @DisplayName("R-ASM-1: a basic service nobody inspected is left out and the others' weights rescaled over the rest")
        void uninspectedServiceIsLeftOut() {
            Breakdown breakdown = score(DEFAULT, Evidence.spell()
                    .inspection("c1", InspectionLevel.COMMITTEE_DAILY, 80, 80, 80, null)
                    .survey(100, 40, "0.80").complaints(4, 4, 4, 4).reports(ReportStatus.ON_TIME, ReportStatus.ON_TIME));

            CriterionLine parking = line(breakdown, CriterionCode.PARKING);
            assertThat(parking.assessed()).isFalse();
            assertThat(parking.note()).isEqualTo(LineNote.NO_INSPECTION);
            assertThat(parking.raw()).isNull();
            assertThat(parking.points()).isZero();
            // 15 × 100 / 85 = 17.647058… ; 20 × 100 / 85 = 23.529411…
            assertThat(line(breakdown, CriterionCode.GATE_DUTY).effectiveWeight()).isEqualByComparingTo("17.6471");
            assertThat(line(breakdown, CriterionCode.SATISFACTION).effectiveWeight()).isEqualByComparingTo("23.5294");
            assertThat(line(breakdown, CriterionCode.FEE_PUBLICATION).effectiveWeight()).isEqualByComparingTo("5.8824");
            assertThat(breakdown.lines().stream().map(CriterionLine::effectiveWeight).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isBetween(d("99.99"), d("100.01"));
            assertThat(breakdown.recomputesExactly()).isTrue();
        }

        @Test
        @DisplayName("R-ASM-1: rescaled weights rounded up never lift a perfect score over 100")
        void perfectScoreStaysAt100() {
            Breakdown breakdown = score(DEFAULT, Evidence.spell()
                    .inspection("c1", InspectionLevel.COMMITTEE_DAILY, 100, 100, 100, 100).survey(100, 100, "1"));

            // 90 assessed: 15 → 16.6667 (16.67 points each), 20 → 22.2222, 10 → 11.1111: 100.01 in all
            assertThat(breakdown.subtotal()).isEqualByComparingTo("100.01");
            assertThat(breakdown.score()).isEqualByComparingTo("100.00");
            assertThat(breakdown.grade()).isEqualTo(Grade.EXCELLENT);
            assertThat(breakdown.recomputesExactly()).isTrue();
        }

        @Test
        @DisplayName("R-ASM-1: a criterion of weight 0 is shown but earns nothing")
        void zeroWeightCriterion() {
            SchemeRules rules = Rules.defaultWith(r -> {
                r.weight(CriterionCode.GATE_DUTY, 30);
                r.weight(CriterionCode.PATROL, 0);
            });

            Breakdown breakdown = score(rules, Evidence.typicalQuarter());

            assertThat(line(breakdown, CriterionCode.PATROL).assessed()).isTrue();
            assertThat(line(breakdown, CriterionCode.PATROL).points()).isZero();
            assertThat(line(breakdown, CriterionCode.GATE_DUTY).points()).isEqualByComparingTo("24.50");
        }

        @Test
        @DisplayName("R-ASM-1: with nothing assessable there is no score, and the refusal says so")
        void nothingAssessable() {
            PeriodEvidence nothing = Evidence.spell().withoutCompany().reports(ReportStatus.ON_TIME, ReportStatus.ON_TIME).build();

            assertThat(ScoreCalculator.assessable(DEFAULT, nothing)).isFalse();
            assertThatThrownBy(() -> ScoreCalculator.score(DEFAULT, nothing))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule, Violation::condition)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("R-ASM-1", "nothing-assessable")));
        }

        @Test
        @DisplayName("R-ASM-1: rules with violations score nothing")
        void badRulesScoreNothing() {
            SchemeRules bad = Rules.defaultWith(r -> r.weight(CriterionCode.PARKING, 20));

            assertThatThrownBy(() -> score(bad, Evidence.typicalQuarter()))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::condition).containsExactly("weights-not-100"));
        }
    }

    @Nested
    class InspectionLevels {

        @Test
        @DisplayName("R-ASM-2: the residents' committee's daily checks count by their mean")
        void dailyChecksByTheirMean() {
            Breakdown breakdown = score(Rules.only(CriterionCode.CLEANING), Evidence.spell()
                    .inspection("c1", InspectionLevel.COMMITTEE_DAILY, BasicService.CLEANING, "80")
                    .inspection("c2", InspectionLevel.COMMITTEE_DAILY, BasicService.CLEANING, "85")
                    .inspection("c3", InspectionLevel.COMMITTEE_DAILY, BasicService.CLEANING, "91"));

            // (80 + 85 + 91) / 3 = 85.333…
            CriterionLine cleaning = line(breakdown, CriterionCode.CLEANING);
            assertThat(cleaning.raw()).isEqualByComparingTo("85.33");
            assertThat(cleaning.evidenceIds()).containsExactly("c1", "c2", "c3");
            assertThat(cleaning.levels()).containsExactly(new LevelScores(InspectionLevel.COMMITTEE_DAILY, 40, 3, d("256")));
            assertThat(breakdown.score()).isEqualByComparingTo("85.33");
        }

        @Test
        @DisplayName("R-ASM-3: spot checks weigh by the scheme's level weights, rescaled over the levels that inspected")
        void spotChecksByLevelWeight() {
            Breakdown breakdown = score(Rules.only(CriterionCode.PATROL), Evidence.spell()
                    .inspection("c1", InspectionLevel.COMMITTEE_DAILY, BasicService.PATROL, "80")
                    .inspection("m1", InspectionLevel.MUNICIPAL_SPOT, BasicService.PATROL, "100"));

            // (40 × 80 + 10 × 100) / 50 = 84
            assertThat(line(breakdown, CriterionCode.PATROL).raw()).isEqualByComparingTo("84.00");
        }

        @Test
        @DisplayName("R-ASM-3: levels are combined from exact means, rounded once")
        void meansAreNotRoundedBeforeCombining() {
            Breakdown breakdown = score(Rules.only(CriterionCode.PARKING), Evidence.spell()
                    .inspection("c1", InspectionLevel.COMMITTEE_DAILY, BasicService.PARKING, "80.01")
                    .inspection("c2", InspectionLevel.COMMITTEE_DAILY, BasicService.PARKING, "80.00")
                    .inspection("d1", InspectionLevel.DISTRICT_SPOT, BasicService.PARKING, "80.00")
                    .inspection("d2", InspectionLevel.DISTRICT_SPOT, BasicService.PARKING, "80.01")
                    .inspection("s1", InspectionLevel.STREET_MONTHLY, BasicService.PARKING, "80.00"));

            // means 80.005 (committee, 40), 80 (street, 30), 80.005 (district, 20): 7200.3 / 90 = 80.0033… → 80.00;
            // rounding the means first would give (40 × 80.01 + 30 × 80 + 20 × 80.01) / 90 = 80.0067 → 80.01
            assertThat(line(breakdown, CriterionCode.PARKING).raw()).isEqualByComparingTo("80.00");
        }

        @Test
        @DisplayName("R-ASM-2: inspections of a level the scheme weighs 0 do not count")
        void unweightedLevelDoesNotCount() {
            SchemeRules rules = Rules.defaultWith(r -> {
                r.criteria = List.of(new Criterion(CriterionCode.GATE_DUTY, 50), new Criterion(CriterionCode.PATROL, 50));
                r.levelWeights.put(InspectionLevel.COMMITTEE_DAILY, 0);
                r.levelWeights.put(InspectionLevel.STREET_MONTHLY, 70);
            });

            Breakdown breakdown = score(rules, Evidence.spell()
                    .inspection("c1", InspectionLevel.COMMITTEE_DAILY, 10, 20, null, null)
                    .inspection("s1", InspectionLevel.STREET_MONTHLY, 90, null, null, null));

            assertThat(line(breakdown, CriterionCode.GATE_DUTY).raw()).isEqualByComparingTo("90.00");
            assertThat(line(breakdown, CriterionCode.PATROL).note()).isEqualTo(LineNote.NO_INSPECTION_AT_WEIGHTED_LEVEL);
            assertThat(breakdown.score()).isEqualByComparingTo("90.00");
        }
    }

    @Nested
    class Deductions {

        static final SchemeRules GATE_ONLY = Rules.only(CriterionCode.GATE_DUTY);

        static Breakdown withLitter(int count) {
            return score(GATE_ONLY, Evidence.spell().inspection("c1", InspectionLevel.COMMITTEE_DAILY, 95, null, null, null)
                    .findings("c1", FindingKind.LITTER, count));
        }

        @Test
        @DisplayName("R-ASM-1: a deduction counts each finding of its kind while under its cap")
        void underTheCap() {
            Breakdown breakdown = withLitter(4);

            assertThat(breakdown.deductions()).containsExactly(
                    new DeductionLine(FindingKind.LITTER, 4, d("1"), d("5"), d("4.00"), List.of("c1")));
            assertThat(breakdown.score()).isEqualByComparingTo("91.00");
        }

        @Test
        @DisplayName("R-ASM-1: a deduction stops at its cap, exactly at it and beyond")
        void atAndOverTheCap() {
            assertThat(withLitter(5).deducted()).isEqualByComparingTo("5.00");
            assertThat(withLitter(6).deducted()).isEqualByComparingTo("5.00");
            assertThat(withLitter(60).deductions().get(0).applied()).isEqualByComparingTo("5.00");
            assertThat(withLitter(60).score()).isEqualByComparingTo("90.00");
        }

        @Test
        @DisplayName("R-ASM-1: findings of a kind the scheme does not deduct for cost nothing, and items add up")
        void itemsAddUpAndUnlistedKindsCostNothing() {
            SchemeRules rules = Rules.defaultWith(r -> {
                r.criteria = List.of(new Criterion(CriterionCode.GATE_DUTY, 100));
                r.deductions = List.of(new DeductionItem(FindingKind.LITTER, d("0.5"), d("2")),
                        new DeductionItem(FindingKind.STACKED_ITEMS, d("0.125"), d("10")));
            });

            Breakdown breakdown = score(rules, Evidence.spell().inspection("c1", InspectionLevel.COMMITTEE_DAILY, 95, null, null, null)
                    .findings("c1", FindingKind.LITTER, 3).findings("c1", FindingKind.OTHER, 7)
                    .findings("c1", FindingKind.STACKED_ITEMS, 3).findings("c2", FindingKind.STACKED_ITEMS, 1));

            // litter 1.50; stacked items 4 × 0.125 = 0.50
            assertThat(breakdown.deductions()).extracting(DeductionLine::kind, DeductionLine::applied, DeductionLine::inspectionIds)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.LITTER, d("1.50"), List.of("c1")),
                            org.assertj.core.groups.Tuple.tuple(FindingKind.STACKED_ITEMS, d("0.50"), List.of("c1", "c2")));
            assertThat(breakdown.score()).isEqualByComparingTo("93.00");
        }

        @Test
        @DisplayName("R-ASM-1: deductions never take a score below 0")
        void neverBelowZero() {
            SchemeRules harsh = Rules.defaultWith(r -> {
                r.criteria = List.of(new Criterion(CriterionCode.GATE_DUTY, 100));
                r.deductions = List.of(new DeductionItem(FindingKind.GATE_UNATTENDED, d("40"), d("100")));
            });

            Breakdown breakdown = score(harsh, Evidence.spell().inspection("c1", InspectionLevel.COMMITTEE_DAILY, 30, null, null, null)
                    .findings("c1", FindingKind.GATE_UNATTENDED, 2));

            assertThat(breakdown.deducted()).isEqualByComparingTo("80.00");
            assertThat(breakdown.score()).isEqualByComparingTo("0.00");
            assertThat(breakdown.grade()).isEqualTo(Grade.FAIL);
            assertThat(breakdown.recomputesExactly()).isTrue();
        }
    }

    @Nested
    class GradeEdges {

        static Breakdown gateScoring(String score) {
            return score(Rules.only(CriterionCode.GATE_DUTY),
                    Evidence.spell().inspection("c1", InspectionLevel.COMMITTEE_DAILY, BasicService.GATE_DUTY, score));
        }

        @Test
        @DisplayName("R-ASM-1: a score exactly at a band earns that band, 0.01 below it the next")
        void exactlyAtAndJustBelowEachBand() {
            assertThat(gateScoring("90").grade()).isEqualTo(Grade.EXCELLENT);
            assertThat(gateScoring("89.99").grade()).isEqualTo(Grade.GOOD);
            assertThat(gateScoring("80.00").grade()).isEqualTo(Grade.GOOD);
            assertThat(gateScoring("79.99").grade()).isEqualTo(Grade.PASS);
            assertThat(gateScoring("60").grade()).isEqualTo(Grade.PASS);
            assertThat(gateScoring("59.99").grade()).isEqualTo(Grade.FAIL);
        }

        @Test
        @DisplayName("R-ASM-1: a raw score rounds HALF_UP to the band")
        void halfUpReachesTheBand() {
            // 89.995 → 90.00
            assertThat(gateScoring("89.995").score()).isEqualByComparingTo("90.00");
            assertThat(gateScoring("89.995").grade()).isEqualTo(Grade.EXCELLENT);
            assertThat(gateScoring("89.9949").grade()).isEqualTo(Grade.GOOD);
        }
    }

    @Nested
    class InsufficientSampleEffects {

        static SchemeRules withEffect(InsufficientSample effect) {
            return Rules.defaultWith(r -> r.sample = new SampleRule(d("0.30"), 30, effect));
        }

        @Test
        @DisplayName("R-ASM-4: a sufficient survey scores its satisfied share")
        void sufficientSample() {
            Breakdown breakdown = score(withEffect(InsufficientSample.ZERO), Evidence.typicalQuarter().survey(200, 60, "0.855"));

            CriterionLine satisfaction = line(breakdown, CriterionCode.SATISFACTION);
            assertThat(satisfaction.note()).isEqualTo(LineNote.SCORED);
            assertThat(satisfaction.raw()).isEqualByComparingTo("85.50");
            assertThat(satisfaction.evidenceIds()).containsExactly("survey-1");
        }

        @Test
        @DisplayName("R-ASM-4: REWEIGHT leaves an insufficient sample out and rescales the other weights")
        void reweight() {
            Breakdown breakdown = score(withEffect(InsufficientSample.REWEIGHT), Evidence.typicalQuarter().survey(200, 59, "0.85"));

            CriterionLine satisfaction = line(breakdown, CriterionCode.SATISFACTION);
            assertThat(satisfaction.assessed()).isFalse();
            assertThat(satisfaction.note()).isEqualTo(LineNote.INSUFFICIENT_SAMPLE_LEFT_OUT);
            // the other 80 rescaled: 15 → 18.75, 10 → 12.5, 5 → 6.25
            assertThat(line(breakdown, CriterionCode.GATE_DUTY).effectiveWeight()).isEqualByComparingTo("18.75");
            assertThat(line(breakdown, CriterionCode.SUBSIDY_USE_REPORTING).points()).isEqualByComparingTo("3.13");
            // 15.31 + 15.94 + 13.54 + 16.88 + 10.50 + 6.25 + 3.13
            assertThat(breakdown.score()).isEqualByComparingTo("81.55");
            assertThat(breakdown.grade()).isEqualTo(Grade.GOOD);
            assertThat(breakdown.cap()).isNull();
        }

        @Test
        @DisplayName("R-ASM-4: ZERO scores an insufficient sample 0 at its full weight")
        void zero() {
            Breakdown breakdown = score(withEffect(InsufficientSample.ZERO), Evidence.typicalQuarter().survey(200, 59, "0.85"));

            CriterionLine satisfaction = line(breakdown, CriterionCode.SATISFACTION);
            assertThat(satisfaction.note()).isEqualTo(LineNote.INSUFFICIENT_SAMPLE_ZERO);
            assertThat(satisfaction.raw()).isZero();
            assertThat(satisfaction.effectiveWeight()).isEqualByComparingTo("20");
            assertThat(breakdown.score()).isEqualByComparingTo("65.23");
        }

        @Test
        @DisplayName("R-ASM-4: CAP_AT_PASS scores the answers given and caps a better grade at PASS, saying why")
        void capAtPass() {
            Breakdown breakdown = score(withEffect(InsufficientSample.CAP_AT_PASS), Evidence.typicalQuarter().survey(200, 59, "0.85"));

            assertThat(line(breakdown, CriterionCode.SATISFACTION).raw()).isEqualByComparingTo("85.00");
            assertThat(breakdown.score()).isEqualByComparingTo("82.23");
            assertThat(breakdown.grade()).isEqualTo(Grade.PASS);
            assertThat(breakdown.cap()).isEqualTo(new GradeCap(Grade.GOOD, Grade.PASS, CriterionCode.SATISFACTION,
                    LineNote.INSUFFICIENT_SAMPLE_CAPPED));
            assertThat(breakdown.recomputesExactly()).isTrue();
        }

        @Test
        @DisplayName("R-ASM-4: CAP_AT_PASS leaves a grade of PASS or worse as it is")
        void capAtPassDoesNotTouchAWorseGrade() {
            Breakdown breakdown = score(withEffect(InsufficientSample.CAP_AT_PASS), Evidence.typicalQuarter().survey(200, 10, "0.85")
                    .findings("d1", FindingKind.BLOCKED_FIRE_LANE, 3));

            assertThat(breakdown.score()).isEqualByComparingTo("73.23");
            assertThat(breakdown.grade()).isEqualTo(Grade.PASS);
            assertThat(breakdown.cap()).isNull();
            assertThat(breakdown.recomputesExactly()).isTrue();
        }

        @Test
        @DisplayName("R-ASM-4: without a survey satisfaction is left out whatever the effect")
        void noSurvey() {
            for (InsufficientSample effect : InsufficientSample.values()) {
                Breakdown breakdown = score(withEffect(effect), Evidence.spell()
                        .inspection("c1", InspectionLevel.COMMITTEE_DAILY, 80, 80, 80, 80));

                assertThat(line(breakdown, CriterionCode.SATISFACTION).note()).isEqualTo(LineNote.NO_SURVEY);
                assertThat(breakdown.grade()).isEqualTo(Grade.GOOD);
            }
        }
    }

    @Nested
    class WithoutACompany {

        @Test
        @DisplayName("R-ASM-1: an estate without a company is assessed on the same criteria minus what only a company can do, stated")
        void companyCriteriaLeftOutAndStated() {
            Breakdown breakdown = score(DEFAULT, Evidence.typicalQuarter().withoutCompany());

            assertThat(breakdown.lines()).filteredOn(l -> !l.assessed()).extracting(CriterionLine::criterion, CriterionLine::note)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(CriterionCode.COMPLAINT_HANDLING, LineNote.NOT_ASSESSED_WITHOUT_COMPANY),
                            org.assertj.core.groups.Tuple.tuple(CriterionCode.FEE_PUBLICATION, LineNote.NOT_ASSESSED_WITHOUT_COMPANY),
                            org.assertj.core.groups.Tuple.tuple(CriterionCode.SUBSIDY_USE_REPORTING, LineNote.NOT_ASSESSED_WITHOUT_COMPANY));
            // the 80 left: basic services 18.75 each, satisfaction 25
            assertThat(line(breakdown, CriterionCode.SATISFACTION).points()).isEqualByComparingTo("21.25");
            assertThat(breakdown.score()).isEqualByComparingTo("82.92");
            assertThat(breakdown.recomputesExactly()).isTrue();
        }
    }

    @Nested
    class ComplaintParts {

        static CriterionLine complaints(ComplaintHandling parts, int resolved, int onTime, int closed, int satisfied) {
            SchemeRules rules = Rules.defaultWith(r -> {
                r.criteria = List.of(new Criterion(CriterionCode.COMPLAINT_HANDLING, 100));
                r.notAssessedWithoutCompany = EnumSet.noneOf(CriterionCode.class);
                r.complaintHandling = parts;
            });
            return line(score(rules, Evidence.spell().complaints(resolved, onTime, closed, satisfied)), CriterionCode.COMPLAINT_HANDLING);
        }

        @Test
        @DisplayName("R-ASM-1: complaint handling weighs the on-time rate and the complainants' satisfaction by the scheme's parts")
        void bothParts() {
            assertThat(complaints(new ComplaintHandling(60, 40), 10, 8, 10, 9).raw()).isEqualByComparingTo("84.00");
            // 60 × 1/3 + 40 × 5/7 = 48.571…
            assertThat(complaints(new ComplaintHandling(60, 40), 3, 1, 7, 5).raw()).isEqualByComparingTo("48.57");
            assertThat(complaints(new ComplaintHandling(100, 0), 4, 1, 4, 4).raw()).isEqualByComparingTo("25.00");
        }

        @Test
        @DisplayName("R-ASM-1: a complaint part with nothing to measure is dropped and the other counts whole")
        void onePartOnly() {
            CriterionLine noneResolved = complaints(new ComplaintHandling(60, 40), 0, 0, 4, 3);
            assertThat(noneResolved.raw()).isEqualByComparingTo("75.00");
            assertThat(noneResolved.note()).isEqualTo(LineNote.SATISFACTION_PART_ONLY);

            CriterionLine noneClosed = complaints(new ComplaintHandling(60, 40), 3, 2, 0, 0);
            assertThat(noneClosed.raw()).isEqualByComparingTo("66.67");
            assertThat(noneClosed.note()).isEqualTo(LineNote.ON_TIME_PART_ONLY);
        }

        @Test
        @DisplayName("R-ASM-1: no complaints to handle scores 100")
        void noComplaints() {
            CriterionLine none = complaints(new ComplaintHandling(60, 40), 0, 0, 0, 0);

            assertThat(none.raw()).isEqualByComparingTo("100.00");
            assertThat(none.note()).isEqualTo(LineNote.NO_COMPLAINTS);
        }
    }

    @Nested
    class Publications {

        static Breakdown reports(ReportStatus fee, ReportStatus subsidy) {
            SchemeRules rules = Rules.defaultWith(r -> r.criteria = List.of(new Criterion(CriterionCode.GATE_DUTY, 50),
                    new Criterion(CriterionCode.FEE_PUBLICATION, 25), new Criterion(CriterionCode.SUBSIDY_USE_REPORTING, 25)));
            return score(rules, Evidence.spell().inspection("c1", InspectionLevel.COMMITTEE_DAILY, 80, null, null, null)
                    .reports(fee, subsidy));
        }

        @Test
        @DisplayName("R-ASM-1: a publication on time scores 100, late the scheme's late score, missing 0")
        void onTimeLateMissing() {
            Breakdown breakdown = reports(ReportStatus.ON_TIME, ReportStatus.LATE);
            assertThat(line(breakdown, CriterionCode.FEE_PUBLICATION).raw()).isEqualByComparingTo("100");
            assertThat(line(breakdown, CriterionCode.SUBSIDY_USE_REPORTING).raw()).isEqualByComparingTo("50");
            assertThat(line(breakdown, CriterionCode.SUBSIDY_USE_REPORTING).note()).isEqualTo(LineNote.REPORT_LATE);
            // 40 + 25 + 12.5
            assertThat(breakdown.score()).isEqualByComparingTo("77.50");

            Breakdown missing = reports(ReportStatus.MISSING, ReportStatus.MISSING);
            assertThat(line(missing, CriterionCode.FEE_PUBLICATION).raw()).isZero();
            assertThat(line(missing, CriterionCode.FEE_PUBLICATION).note()).isEqualTo(LineNote.REPORT_MISSING);
            assertThat(missing.score()).isEqualByComparingTo("40.00");
        }

        @Test
        @DisplayName("R-ASM-1: a publication not yet due is left out")
        void notDue() {
            Breakdown breakdown = reports(ReportStatus.NOT_DUE, ReportStatus.ON_TIME);

            assertThat(line(breakdown, CriterionCode.FEE_PUBLICATION).assessed()).isFalse();
            assertThat(line(breakdown, CriterionCode.FEE_PUBLICATION).note()).isEqualTo(LineNote.REPORT_NOT_DUE);
            // 80 × 50/75 + 100 × 25/75: 66.6667 → 53.33, 33.3333 → 33.33
            assertThat(breakdown.score()).isEqualByComparingTo("86.66");
        }
    }

    @Nested
    class Recomputation {

        static final JsonMapper JSON = JsonMapper.builder().build();

        @Test
        @DisplayName("R-ASM-1: a breakdown read back from JSON recomputes to the decimal")
        void jsonRoundTripRecomputes() {
            Breakdown breakdown = score(DEFAULT, Evidence.typicalQuarter().findings("c1", FindingKind.OTHER, 3));

            Breakdown read = JSON.readValue(JSON.writeValueAsString(breakdown), Breakdown.class);

            assertThat(read.recomputesExactly()).isTrue();
            assertThat(read.recompute()).isEqualByComparingTo(breakdown.score());
            assertThat(read.grade()).isEqualTo(breakdown.grade());
        }

        @Test
        @DisplayName("R-ASM-1: a breakdown whose printed figures do not follow from its lines does not recompute")
        void tamperedBreakdownIsCaught() {
            Breakdown breakdown = score(DEFAULT, Evidence.typicalQuarter().findings("c1", FindingKind.LITTER, 2));

            List<CriterionLine> lines = new ArrayList<>(breakdown.lines());
            CriterionLine gate = lines.get(0);
            lines.set(0, new CriterionLine(gate.criterion(), gate.weight(), true, gate.effectiveWeight(), gate.raw(),
                    gate.points().add(d("0.01")), gate.note(), gate.evidenceIds(), gate.levels()));
            Breakdown morePoints = new Breakdown(lines, breakdown.deductions(), breakdown.subtotal().add(d("0.01")),
                    breakdown.deducted(), breakdown.score().add(d("0.01")), breakdown.grade(), breakdown.bands(), null);
            Breakdown betterGrade = new Breakdown(breakdown.lines(), breakdown.deductions(), breakdown.subtotal(),
                    breakdown.deducted(), breakdown.score(), Grade.EXCELLENT, breakdown.bands(), null);
            Breakdown fewerDeducted = new Breakdown(breakdown.lines(), List.of(), breakdown.subtotal(), d("0.00"),
                    breakdown.score(), breakdown.grade(), breakdown.bands(), null);

            assertThat(breakdown.recomputesExactly()).isTrue();
            assertThat(morePoints.recomputesExactly()).isFalse();
            assertThat(betterGrade.recomputesExactly()).isFalse();
            assertThat(fewerDeducted.recomputesExactly()).isFalse();
        }

        @Test
        void aBreakdownMissingAFigureDoesNotRecompute() {
            Breakdown breakdown = score(DEFAULT, Evidence.typicalQuarter());
            CriterionLine gate = breakdown.lines().get(0);
            List<CriterionLine> lines = new ArrayList<>(breakdown.lines());
            lines.set(0, new CriterionLine(gate.criterion(), gate.weight(), true, gate.effectiveWeight(), null, gate.points(),
                    gate.note(), gate.evidenceIds(), gate.levels()));

            assertThat(new Breakdown(lines, breakdown.deductions(), breakdown.subtotal(), breakdown.deducted(), breakdown.score(),
                    breakdown.grade(), breakdown.bands(), null).recomputesExactly()).isFalse();
            assertThat(new Breakdown(breakdown.lines(), breakdown.deductions(), breakdown.subtotal(), breakdown.deducted(), null,
                    breakdown.grade(), breakdown.bands(), null).recomputesExactly()).isFalse();
        }
    }
}
