package org.estatecare.assessments.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.assessments.scoring.ComplaintRecord;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.assessments.scoring.InspectionResult;
import org.estatecare.assessments.scoring.PeriodEvidence;
import org.estatecare.assessments.scoring.ReportStatus;
import org.estatecare.assessments.scoring.SchemeRules;
import org.estatecare.assessments.scoring.ScoreCalculator;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.metrics.BusinessGauges.Row;
import org.junit.jupiter.api.Test;

class AssessmentMetricsTest {

    static final Instant NOW = Instant.parse("2026-10-10T02:00:00Z");

    static Assessment published(String estate, String street, String period, String cleaning) {
        AssessmentPeriod assessed = AssessmentPeriod.parse(period);
        PeriodEvidence evidence = new PeriodEvidence(false, List.of(new InspectionResult("i", InspectionLevel.STREET_MONTHLY,
                assessed.start(), Map.of(BasicService.CLEANING, new BigDecimal(cleaning)))), List.of(), Optional.empty(),
                ComplaintRecord.NONE, ReportStatus.NOT_DUE, ReportStatus.NOT_DUE);
        Assessment a = Assessment.draft(new AssessedSpell(new EstateId(estate), street, street + "-c", Optional.empty(), assessed,
                assessed.start(), assessed.end()), new SchemeUsed("district", 1, Map.of()),
                ScoreCalculator.score(SchemeRules.districtDefault(), evidence), "officer", NOW);
        a.confirm("officer", NOW);
        a.publish("officer", NOW);
        return a;
    }

    static double value(List<Row> rows, String street, String grade) {
        return rows.stream().filter(r -> r.tags().stream().anyMatch(t -> t.getKey().equals("street") && t.getValue().equals(street))
                && r.tags().stream().anyMatch(t -> t.getKey().equals("grade") && t.getValue().equals(grade)))
                .findFirst().orElseThrow().value();
    }

    @Test
    void eachStreetShowsItsLatestPublishedQuarterByGradeAndEveryKnownStreetAllGrades() {
        List<Row> rows = AssessmentMetrics.latestQuarterGrades(List.of("chunhua", "dongxin", "quiet"), List.of(
                published("e-1", "chunhua", "2026-Q2", "40.00"),
                published("e-1", "chunhua", "2026-Q3", "95.00"),
                published("e-2", "chunhua", "2026-Q3", "85.00"),
                published("e-3", "chunhua", "2026-09", "10.00"),
                published("e-4", "dongxin", "2026-Q2", "70.00")));

        assertThat(value(rows, "chunhua", "EXCELLENT")).isEqualTo(1);
        assertThat(value(rows, "chunhua", "GOOD")).isEqualTo(1);
        assertThat(value(rows, "chunhua", "FAIL")).as("the earlier quarter and the month do not count").isZero();
        assertThat(value(rows, "dongxin", "PASS")).isEqualTo(1);
        assertThat(value(rows, "quiet", "EXCELLENT")).isZero();
        assertThat(rows).hasSize(3 * 4);
    }
}
