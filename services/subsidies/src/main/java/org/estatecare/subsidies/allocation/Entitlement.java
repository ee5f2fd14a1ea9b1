package org.estatecare.subsidies.allocation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.estatecare.events.ids.EstateId;
import org.estatecare.subsidies.policy.Share;

/**
 * What one estate earns of one share from one recipient's point of view for a month, with the trace of every
 * segment of days that priced it (each with its unrounded part); {@code amount} is their exact sum rounded to the fen,
 * HALF_UP, once.
 */
public record Entitlement(EstateId estateId, String street, String community, YearMonth period, Share share,
                          Recipient recipient, int days, BigDecimal amount, List<Segment> trace) {

    public Entitlement {
        trace = List.copyOf(trace);
    }

    /** The share and recipient: a month has one entitlement per key. */
    public LineKey key() {
        return new LineKey(share, recipient);
    }

    /** One share to one recipient. */
    public record LineKey(Share share, Recipient recipient) {
    }
}
