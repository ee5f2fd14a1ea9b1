package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.estatecare.events.codes.Grade;

/** Scheme rules for tests: the district default with one part changed. */
final class Rules {

    List<Criterion> criteria;
    Set<CriterionCode> notAssessedWithoutCompany;
    Map<InspectionLevel, Integer> levelWeights;
    List<DeductionItem> deductions;
    GradeBands grades;
    Map<Grade, BigDecimal> rewardShares;
    SampleRule sample;
    ComplaintHandling complaintHandling;
    ReportingDue reportingDue;

    private Rules(SchemeRules from) {
        criteria = new ArrayList<>(from.criteria());
        notAssessedWithoutCompany = from.notAssessedWithoutCompany().isEmpty() ? EnumSet.noneOf(CriterionCode.class)
                : EnumSet.copyOf(from.notAssessedWithoutCompany());
        levelWeights = new EnumMap<>(from.levelWeights());
        deductions = new ArrayList<>(from.deductions());
        grades = from.grades();
        rewardShares = new EnumMap<>(from.rewardShares());
        sample = from.sample();
        complaintHandling = from.complaintHandling();
        reportingDue = from.reportingDue();
    }

    /** The district default, changed by {@code change}. */
    static SchemeRules defaultWith(Consumer<Rules> change) {
        Rules rules = new Rules(SchemeRules.districtDefault());
        change.accept(rules);
        return rules.build();
    }

    /** One criterion weighing 100, the default's other parts. */
    static SchemeRules only(CriterionCode code) {
        return defaultWith(r -> r.criteria = List.of(new Criterion(code, 100)));
    }

    void weight(CriterionCode code, int weight) {
        criteria.replaceAll(c -> c.code() == code ? new Criterion(code, weight) : c);
    }

    SchemeRules build() {
        return new SchemeRules(criteria, notAssessedWithoutCompany, levelWeights, deductions, grades, rewardShares, sample,
                complaintHandling, reportingDue);
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
