package org.estatecare.assessments.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.estatecare.events.codes.BasicService;

/** One inspection's checklist scores, 0–100 for each basic service it looked at (R-ASM-2, R-ASM-3). */
public record InspectionResult(String inspectionId, InspectionLevel level, LocalDate on, Map<BasicService, BigDecimal> scores) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public InspectionResult {
        Objects.requireNonNull(inspectionId, "inspectionId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(on, "on");
        Map<BasicService, BigDecimal> copy = new EnumMap<>(BasicService.class);
        if (scores != null) {
            scores.forEach((service, score) -> {
                if (service == null || score == null || score.signum() < 0 || score.compareTo(HUNDRED) > 0) {
                    throw new IllegalArgumentException("inspection " + inspectionId + ": a basic service's score lies between 0 and 100");
                }
                copy.put(service, score);
            });
        }
        scores = Collections.unmodifiableMap(copy);
    }
}
