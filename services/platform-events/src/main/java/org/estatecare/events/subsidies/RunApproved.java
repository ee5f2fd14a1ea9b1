package org.estatecare.events.subsidies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * R-SUB-2: the district approved (核拨) allocation run {@code runId} for {@code period}, after each street office
 * approved its street's lines: {@code total} in all, and per street. About the whole run: keyed by the run id.
 */
public record RunApproved(String runId, String period, BigDecimal total, List<StreetTotal> streets,
                          Instant approvedAt) {

    public RunApproved {
        streets = List.copyOf(streets);
    }

    /** What one street's estates receive in the run. */
    public record StreetTotal(String street, BigDecimal total) {
    }
}
