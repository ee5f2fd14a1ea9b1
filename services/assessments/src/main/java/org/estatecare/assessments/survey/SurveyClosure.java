package org.estatecare.assessments.survey;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.estatecare.events.codes.BasicService;

/**
 * A survey's result as fixed when it closed: the satisfied shares (overall and per basic service, four decimals),
 * the answers the scheme required and whether they were reached, the scheme version that said so, and who closed it.
 *
 * @param requiredAnswers the minimum sample for the estate's households by the scheme's rule
 */
public record SurveyClosure(BigDecimal satisfiedShare, Map<BasicService, BigDecimal> serviceShares, int requiredAnswers,
                            boolean sufficientSample, String scheme, int schemeVersion, String closedBy, Instant closedAt) {

    public SurveyClosure {
        Objects.requireNonNull(satisfiedShare, "satisfiedShare");
        Map<BasicService, BigDecimal> shares = new EnumMap<>(BasicService.class);
        shares.putAll(Objects.requireNonNull(serviceShares, "serviceShares"));
        serviceShares = Collections.unmodifiableMap(shares);
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
