package org.estatecare.subsidies.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The audit's settings.
 *
 * @param reportDueDays calendar days after a quarter's last day by which a company reports how it used that quarter's
 *                      subsidy (R-AGR-3); after it, a missing report is flagged and a later one is late
 */
@Validated
@ConfigurationProperties("estatecare.subsidies.audit")
public record AuditProperties(@Min(0) @Max(92) int reportDueDays) {
}
