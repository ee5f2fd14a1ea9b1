package org.estatecare.events.complaints;

import java.time.Instant;

/** The complainant's verdict (satisfaction 1–5) closes the complaint; input for assessments (R-ASM-2, R-ASM-4). */
public record ComplaintClosed(String complaintId, String estateId, String street, String community, String category,
                              int satisfaction, Instant closedAt) {
}
