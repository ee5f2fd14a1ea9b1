package org.estatecare.assessments.inspection;

/**
 * An inspection was stored, as first recorded or as corrected: published inside this service after the
 * write, for what its findings set off (rectification). A listener reads the inspection as stored; a
 * correction may restate findings (same ids) and add new ones.
 *
 * @param correction false when first recorded
 */
public record InspectionRecorded(Inspection inspection, boolean correction) {
}
