package org.estatecare.events.assessments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspection of an estate was recorded, or its report corrected (R-ASM-2, R-ASM-3): at which level, on which day, by
 * whom, the score of each basic service checked, how many problems were found, and the company's agreed duties that
 * failed (R-AGR-5). {@code companyId} null when no company served the estate that day. Filed in the estate's work
 * archive (R-STAFF-1).
 */
public record InspectionRecorded(String inspectionId, String estateId, String street, String community, String companyId,
                                 String level, LocalDate inspectedOn, String inspector, List<ServiceScore> scores,
                                 int findings, List<String> failedDuties, Instant recordedAt) {

    public InspectionRecorded {
        scores = scores == null ? List.of() : List.copyOf(scores);
        failedDuties = failedDuties == null ? List.of() : List.copyOf(failedDuties);
    }

    /** One basic service's score: passed ÷ checked × 100, to 2 decimals. */
    public record ServiceScore(String service, BigDecimal score) {
    }
}
