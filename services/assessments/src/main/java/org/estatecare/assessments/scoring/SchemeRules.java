package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.estatecare.events.codes.Grade;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.Violation;

/**
 * A street's assessment and reward method (R-ASM-1): the criteria and their weights, which of them an
 * estate without a company is not assessed on, how much each inspection level weighs (R-ASM-2, R-ASM-3),
 * the deduction items, the grade bands, the reward share of each grade, the survey's minimum sample
 * (R-ASM-4), the parts of complaint handling and the publications' due dates.
 *
 * <p>Read from JSON and from storage as it is: the constructor only copies collections (null → empty)
 * and never refuses content, so that {@link #violations()} can name everything wrong at once.
 */
@Implements("R-ASM-1")
public record SchemeRules(List<Criterion> criteria, Set<CriterionCode> notAssessedWithoutCompany,
                          Map<InspectionLevel, Integer> levelWeights, List<DeductionItem> deductions, GradeBands grades,
                          Map<Grade, BigDecimal> rewardShares, SampleRule sample, ComplaintHandling complaintHandling,
                          ReportingDue reportingDue) {

    static final String RULE = "R-ASM-1";

    public SchemeRules {
        // copies that tolerate null elements: a null is content to report, not to throw on
        criteria = criteria == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(criteria));
        notAssessedWithoutCompany = notAssessedWithoutCompany == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(notAssessedWithoutCompany));
        levelWeights = levelWeights == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(levelWeights));
        deductions = deductions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(deductions));
        rewardShares = rewardShares == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rewardShares));
    }

    /** Hedong district's default, for streets without an approved scheme of their own. */
    public static SchemeRules districtDefault() {
        Map<InspectionLevel, Integer> levels = new EnumMap<>(InspectionLevel.class);
        levels.put(InspectionLevel.COMMITTEE_DAILY, 40);
        levels.put(InspectionLevel.STREET_MONTHLY, 30);
        levels.put(InspectionLevel.DISTRICT_SPOT, 20);
        levels.put(InspectionLevel.MUNICIPAL_SPOT, 10);
        Map<Grade, BigDecimal> rewards = new EnumMap<>(Grade.class);
        rewards.put(Grade.EXCELLENT, new BigDecimal("1.00"));
        rewards.put(Grade.GOOD, new BigDecimal("0.90"));
        rewards.put(Grade.PASS, new BigDecimal("0.70"));
        rewards.put(Grade.FAIL, new BigDecimal("0.00"));
        return new SchemeRules(
                List.of(new Criterion(CriterionCode.GATE_DUTY, 15), new Criterion(CriterionCode.PATROL, 15),
                        new Criterion(CriterionCode.CLEANING, 15), new Criterion(CriterionCode.PARKING, 15),
                        new Criterion(CriterionCode.SATISFACTION, 20), new Criterion(CriterionCode.COMPLAINT_HANDLING, 10),
                        new Criterion(CriterionCode.FEE_PUBLICATION, 5), new Criterion(CriterionCode.SUBSIDY_USE_REPORTING, 5)),
                // only a company handles complaints against its own deadlines and publishes fees and subsidy use
                EnumSet.of(CriterionCode.COMPLAINT_HANDLING, CriterionCode.FEE_PUBLICATION, CriterionCode.SUBSIDY_USE_REPORTING),
                levels,
                List.of(deduction(FindingKind.LITTER, "1", "5"), deduction(FindingKind.UNSORTED_GARBAGE, "1", "5"),
                        deduction(FindingKind.GATE_UNATTENDED, "2", "6"), deduction(FindingKind.PATROL_MISSED, "2", "6"),
                        deduction(FindingKind.DISORDERLY_PARKING, "1", "5"), deduction(FindingKind.ABANDONED_VEHICLE, "1", "4"),
                        deduction(FindingKind.BLOCKED_FIRE_LANE, "3", "9"), deduction(FindingKind.DAMAGED_FACILITY, "1", "5"),
                        deduction(FindingKind.STACKED_ITEMS, "1", "5"), deduction(FindingKind.OTHER, "0.5", "3")),
                new GradeBands(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60")),
                rewards,
                new SampleRule(new BigDecimal("0.30"), 30, InsufficientSample.REWEIGHT),
                new ComplaintHandling(60, 40),
                new ReportingDue(10, 15, new BigDecimal("50")));
    }

    private static DeductionItem deduction(FindingKind kind, String each, String cap) {
        return new DeductionItem(kind, new BigDecimal(each), new BigDecimal(cap));
    }

    /** Everything wrong with these rules, each a condition of R-ASM-1; empty when they can be applied. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        criteriaViolations(violations);
        levelViolations(violations);
        for (int i = 0; i < deductions.size(); i++) {
            DeductionItem item = deductions.get(i);
            if (item == null) {
                violations.add(violation("part-missing", "a deduction item is empty", "deductions[" + i + "]"));
            } else {
                violations.addAll(item.violations(i));
            }
        }
        Set<FindingKind> kinds = new HashSet<>();
        deductions.stream().filter(Objects::nonNull).map(DeductionItem::kind).filter(Objects::nonNull)
                .filter(kind -> !kinds.add(kind))
                .distinct()
                .forEach(kind -> violations.add(violation("deduction-kind-twice", "a finding kind has one deduction item",
                        kind.name())));
        if (grades == null) {
            violations.add(violation("part-missing", "the scheme needs its grade bands", "grades"));
        } else {
            violations.addAll(grades.violations());
        }
        rewardViolations(violations);
        if (sample == null) {
            violations.add(violation("part-missing", "the scheme needs its sample rule", "sample"));
        } else {
            violations.addAll(sample.violations());
        }
        if (complaintHandling == null) {
            violations.add(violation("part-missing", "the scheme needs the parts of complaint handling", "complaintHandling"));
        } else {
            violations.addAll(complaintHandling.violations());
        }
        if (reportingDue == null) {
            violations.add(violation("part-missing", "the scheme needs the publications' due dates", "reportingDue"));
        } else {
            violations.addAll(reportingDue.violations());
        }
        return violations;
    }

    /** The weight of a criterion; empty when the scheme does not assess it. */
    public Optional<Criterion> criterion(CriterionCode code) {
        return criteria.stream().filter(c -> c != null && c.code() == code).findFirst();
    }

    /** How much an inspection level weighs; a level the scheme does not name weighs 0. */
    public int levelWeight(InspectionLevel level) {
        Integer weight = levelWeights.get(level);
        return weight == null ? 0 : weight;
    }

    /** The share of the reward a grade earns. */
    public BigDecimal rewardShare(Grade grade) {
        return rewardShares.get(grade);
    }

    private void criteriaViolations(List<Violation> violations) {
        int total = 0;
        Set<CriterionCode> seen = EnumSet.noneOf(CriterionCode.class);
        Set<CriterionCode> twice = EnumSet.noneOf(CriterionCode.class);
        for (int i = 0; i < criteria.size(); i++) {
            Criterion criterion = criteria.get(i);
            if (criterion == null || criterion.code() == null) {
                violations.add(violation("part-missing", "a criterion names no criterion code", "criteria[" + i + "]"));
                continue;
            }
            total += criterion.weight();
            if (!seen.add(criterion.code())) {
                twice.add(criterion.code());
            }
            if (criterion.weight() < 0) {
                violations.add(violation("weight-negative", "a criterion's weight must not be negative", criterion.code().name()));
            }
        }
        twice.forEach(code -> violations.add(violation("criterion-twice", "a criterion appears once in a scheme", code.name())));
        if (total != 100) {
            violations.add(violation("weights-not-100", "the criteria's weights must sum to 100", String.valueOf(total)));
        }
        boolean assessableWithoutCompany = criteria.stream()
                .anyMatch(c -> c != null && c.code() != null && c.weight() > 0 && !notAssessedWithoutCompany.contains(c.code()));
        if (total == 100 && !assessableWithoutCompany) {
            violations.add(violation("nothing-assessable-without-company",
                    "an estate without a company must still be assessed on some weighted criterion", null));
        }
    }

    private void levelViolations(List<Violation> violations) {
        int total = 0;
        for (Map.Entry<InspectionLevel, Integer> level : levelWeights.entrySet()) {
            if (level.getKey() == null || level.getValue() == null) {
                violations.add(violation("part-missing", "a level weight names no level or no weight", "levelWeights"));
                continue;
            }
            total += level.getValue();
            if (level.getValue() < 0) {
                violations.add(violation("level-weight-negative", "an inspection level's weight must not be negative",
                        level.getKey().name()));
            }
        }
        if (total != 100) {
            violations.add(violation("level-weights-not-100", "the inspection levels' weights must sum to 100", String.valueOf(total)));
        }
    }

    private void rewardViolations(List<Violation> violations) {
        BigDecimal better = null;
        for (Grade grade : Grade.values()) {
            BigDecimal share = rewardShares.get(grade);
            if (share == null) {
                violations.add(violation("reward-share-missing", "every grade needs its share of the reward", grade.name()));
                continue;
            }
            if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
                violations.add(violation("reward-share-out-of-range", "a reward share must lie between 0 and 1", grade.name()));
            }
            if (better != null && share.compareTo(better) > 0) {
                violations.add(violation("reward-shares-increasing", "a worse grade must not earn a larger share of the reward",
                        grade.name()));
            }
            better = share;
        }
    }

    static Violation violation(String condition, String message, String about) {
        return new Violation(RULE, condition, message, about);
    }
}
