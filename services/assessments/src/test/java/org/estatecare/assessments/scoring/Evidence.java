package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.estatecare.events.codes.BasicService;

/** A spell's evidence, built up step by step in tests: a company serving, nothing found, reports not due. */
final class Evidence {

    static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private boolean companyServes = true;
    private final List<InspectionResult> inspections = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private Optional<SurveyResult> survey = Optional.empty();
    private ComplaintRecord complaints = ComplaintRecord.NONE;
    private ReportStatus feePublication = ReportStatus.NOT_DUE;
    private ReportStatus subsidyReport = ReportStatus.NOT_DUE;

    static Evidence spell() {
        return new Evidence();
    }

    Evidence withoutCompany() {
        companyServes = false;
        return this;
    }

    /** An inspection scoring the four basic services in order: gate duty, patrol, cleaning, parking (null: not inspected). */
    Evidence inspection(String id, InspectionLevel level, Integer gateDuty, Integer patrol, Integer cleaning, Integer parking) {
        Map<BasicService, BigDecimal> scores = new EnumMap<>(BasicService.class);
        Integer[] given = {gateDuty, patrol, cleaning, parking};
        for (BasicService service : BasicService.values()) {
            if (given[service.ordinal()] != null) {
                scores.put(service, BigDecimal.valueOf(given[service.ordinal()]));
            }
        }
        inspections.add(new InspectionResult(id, level, DAY, scores));
        return this;
    }

    Evidence inspection(String id, InspectionLevel level, BasicService service, String score) {
        inspections.add(new InspectionResult(id, level, DAY, Map.of(service, new BigDecimal(score))));
        return this;
    }

    Evidence findings(String inspectionId, FindingKind kind, int count) {
        for (int i = 0; i < count; i++) {
            findings.add(new Finding(inspectionId, kind, "building " + (i + 1)));
        }
        return this;
    }

    Evidence survey(int households, int answers, String satisfiedShare) {
        survey = Optional.of(new SurveyResult("survey-1", households, answers, new BigDecimal(satisfiedShare)));
        return this;
    }

    Evidence complaints(int resolved, int resolvedOnTime, int closed, int satisfied) {
        complaints = new ComplaintRecord(resolved, resolvedOnTime, closed, satisfied);
        return this;
    }

    Evidence reports(ReportStatus feePublication, ReportStatus subsidyReport) {
        this.feePublication = feePublication;
        this.subsidyReport = subsidyReport;
        return this;
    }

    PeriodEvidence build() {
        return new PeriodEvidence(companyServes, inspections, findings, survey, complaints, feePublication, subsidyReport);
    }

    /**
     * A quarter at an estate scored by the district default: two daily checks, a street assessment, a district
     * spot check of gate duty and cleaning, a sufficient survey, complaints, one report on time and one late.
     */
    static Evidence typicalQuarter() {
        return spell()
                .inspection("c1", InspectionLevel.COMMITTEE_DAILY, 80, 90, 70, 85)
                .inspection("c2", InspectionLevel.COMMITTEE_DAILY, 90, 80, 75, 95)
                .inspection("s1", InspectionLevel.STREET_MONTHLY, 85, 85, 80, 90)
                .inspection("d1", InspectionLevel.DISTRICT_SPOT, 70, null, 60, null)
                .survey(200, 80, "0.85")
                .complaints(10, 8, 10, 9)
                .reports(ReportStatus.ON_TIME, ReportStatus.LATE);
    }
}
