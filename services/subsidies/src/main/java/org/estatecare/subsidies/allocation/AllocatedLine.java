package org.estatecare.subsidies.allocation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.estatecare.events.ids.EstateId;
import org.estatecare.subsidies.policy.Share;

/**
 * A line of an approved run, as later runs compare against it: what was allocated to {@code recipient} of
 * {@code share} for the estate's month {@code month} (its own month for a regular line, the corrected one for an
 * adjustment). Never changed once approved.
 */
public record AllocatedLine(String lineId, EstateId estateId, YearMonth month, Share share, Recipient recipient,
                            BigDecimal amount, List<Segment> trace) {

    public AllocatedLine {
        trace = List.copyOf(trace);
    }
}
