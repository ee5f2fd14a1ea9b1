package org.estatecare.events.complaints;

import java.time.Instant;

/** A resolved or closed complaint was reopened within the allowed window. */
public record ComplaintReopened(String complaintId, String estateId, String street, String community, String category,
                                Instant reopenedAt) {
}
