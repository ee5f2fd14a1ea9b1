package org.estatecare.events.complaints;

import java.time.Instant;

/** A complaint was received (channel, category, where; the complainant only as anonymous or not). */
public record ComplaintFiled(String complaintId, String estateId, String street, String community, String category,
                             String channel, String reporterKind, boolean anonymous, Instant filedAt) {
}
