package org.estatecare.subsidies.allocation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.estatecare.events.ids.EstateId;
import org.estatecare.subsidies.policy.Share;

/**
 * A line a run computed: a regular line of the run's month with its whole trace, or an adjustment of an earlier
 * {@code month} by {@code amount} (the entitlement now less what was allocated), naming the lines it corrects, why,
 * and the trace the month is priced by now.
 */
public record PlannedLine(LineKind kind, EstateId estateId, String street, String community, YearMonth month, Share share,
                          Recipient recipient, int days, BigDecimal amount, List<Segment> trace, List<String> corrects,
                          AdjustmentReason reason) {

    public PlannedLine {
        trace = List.copyOf(trace);
        corrects = List.copyOf(corrects);
    }

    static PlannedLine regular(Entitlement e) {
        return new PlannedLine(LineKind.REGULAR, e.estateId(), e.street(), e.community(), e.period(), e.share(),
                e.recipient(), e.days(), e.amount(), e.trace(), List.of(), null);
    }
}
