package org.estatecare.events.complaints;

import java.time.Instant;

/** A new complaint was linked to an open one about the same thing instead of being routed again. */
public record ComplaintMarkedDuplicate(String complaintId, String duplicateOf, String estateId, String street,
                                       String community, String category, Instant filedAt) {
}
