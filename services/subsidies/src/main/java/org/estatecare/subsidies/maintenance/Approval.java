package org.estatecare.subsidies.maintenance;

import java.time.LocalDate;

/**
 * Who approved spending the fund, by which document (批准文号) and on which day.
 *
 * @param approvedBy the approving body, e.g. the street office or the district housing bureau
 */
public record Approval(String approvedBy, String reference, LocalDate approvedOn) {
}
