package org.estatecare.events.subsidies;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Finance paid approved run {@code runId}: {@code total} under payment reference {@code paymentReference}.
 * About the whole run: keyed by the run id.
 */
public record RunDisbursed(String runId, String period, BigDecimal total, String paymentReference,
                           Instant disbursedAt) {
}
