package org.estatecare.subsidies.run;

import java.math.BigDecimal;
import java.time.Instant;

/** One street's lines of a run: their total and count, and the street office's approval once given. */
public record StreetPart(String street, BigDecimal total, int lines, String approvedBy, Instant approvedAt) {

    StreetPart approved(String by, Instant at) {
        return new StreetPart(street, total, lines, by, at);
    }

    public boolean isApproved() {
        return approvedBy != null;
    }
}
