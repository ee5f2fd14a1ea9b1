package org.estatecare.assessments.rectification;

import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;

/** What a list of rectification orders is narrowed to; null means any. {@code source} is an inspection, re-inspection or assessment id. */
public record RectificationFilter(EstateId estateId, String street, CompanyId companyId, RectificationStatus status,
                                  Escalation escalation, RectificationCause cause, String source) {
}
