package org.estatecare.events.subsidies;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A late fact (a backdated exit or size, a revised grade, a corrected rate) changed what an estate earned in an
 * earlier month: run {@code runId} raises the difference ({@code amount}, negative when too much was allocated) for
 * {@code correctedPeriod}, naming the lines it corrects; a paid line is never edited. Keyed by the estate id.
 */
public record SubsidyAdjustmentRaised(String lineId, String runId, String period, String correctedPeriod,
                                      String estateId, String street, String community, String share,
                                      String recipientKind, String recipientId, BigDecimal amount,
                                      List<String> corrects, String reason, Instant computedAt) {

    public SubsidyAdjustmentRaised {
        corrects = List.copyOf(corrects);
    }
}
