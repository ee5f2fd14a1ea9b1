package org.estatecare.assessments.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything one serving spell of a period is scored on. */
public record PeriodEvidence(boolean companyServes, List<InspectionResult> inspections, List<Finding> findings,
                             Optional<SurveyResult> survey, ComplaintRecord complaints, ReportStatus feePublication,
                             ReportStatus subsidyReport) {

    public PeriodEvidence {
        inspections = inspections == null ? List.of() : List.copyOf(inspections);
        findings = findings == null ? List.of() : List.copyOf(findings);
        survey = survey == null ? Optional.empty() : survey;
        complaints = complaints == null ? ComplaintRecord.NONE : complaints;
        Objects.requireNonNull(feePublication, "feePublication");
        Objects.requireNonNull(subsidyReport, "subsidyReport");
    }
}
