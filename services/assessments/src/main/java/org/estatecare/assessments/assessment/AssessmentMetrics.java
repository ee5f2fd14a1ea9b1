package org.estatecare.assessments.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.events.codes.Grade;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.metrics.BusinessGauges;
import org.estatecare.kit.metrics.BusinessGauges.Row;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Grades by street for Grafana: {@code estatecare_assessments_latest_quarter_grades{street,grade,quarter}}, the
 * published quarterly assessments of each street's latest quarter with any published, counted per grade
 * (the latest revision counts). Every known street shows all four grades, zero where none.
 */
@Component
class AssessmentMetrics {

    AssessmentMetrics(BusinessGauges gauges, Assessments assessments, EstateTimelines estates) {
        gauges.gauge("estatecare.assessments.latest.quarter.grades",
                "published quarterly assessments of each street's latest quarter, by grade",
                () -> latestQuarterGrades(estates.streets(), assessments.all(Criteria.where("status").is(AssessmentStatus.PUBLISHED))));
    }

    static List<Row> latestQuarterGrades(List<String> knownStreets, List<Assessment> published) {
        Map<String, String> latest = new HashMap<>();
        for (Assessment a : published) {
            if (a.period().kind() == AssessmentPeriod.Kind.QUARTER) {
                latest.merge(a.street(), a.period().toString(),
                        (was, now) -> Comparator.<String>naturalOrder().compare(was, now) >= 0 ? was : now);
            }
        }
        Map<String, Map<Grade, Long>> counts = new HashMap<>();
        for (Assessment a : published) {
            if (a.period().toString().equals(latest.get(a.street()))) {
                counts.computeIfAbsent(a.street(), s -> new HashMap<>()).merge(a.grade(), 1L, Long::sum);
            }
        }
        TreeSet<String> streets = new TreeSet<>(knownStreets);
        streets.addAll(latest.keySet());
        List<Row> rows = new ArrayList<>();
        for (String street : streets) {
            for (Grade grade : Grade.values()) {
                rows.add(Row.of(counts.getOrDefault(street, Map.of()).getOrDefault(grade, 0L), "street", street,
                        "grade", grade.name(), "quarter", latest.getOrDefault(street, "none")));
            }
        }
        return rows;
    }
}
