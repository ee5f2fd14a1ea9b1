package org.estatecare.events.assessments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * R-ASM-4: the street office closed the residents' satisfaction survey (居民满意度调查) of an estate for
 * {@code period}. {@code households} were asked, {@code answers} answered (one answer per household);
 * satisfaction is the share of answers rating 4–5 of 5, four decimals, overall and per basic service.
 * {@code sufficientSample} is false when the answers fell below the scheme's minimum sample; the scheme
 * then says what that does to the grade. {@code companyId} is the company serving the estate, null when none.
 */
public record SurveyClosed(String surveyId, String estateId, String street, String community, String companyId,
                           String period, int households, int answers, boolean sufficientSample,
                           BigDecimal satisfiedShare, List<ServiceSatisfaction> services, Instant closedAt) {

    public SurveyClosed {
        services = List.copyOf(services);
    }

    /** Satisfaction with one basic service ({@code GATE_DUTY}, {@code PATROL}, {@code CLEANING}, {@code PARKING}). */
    public record ServiceSatisfaction(String service, int answers, BigDecimal satisfiedShare) {
    }
}
