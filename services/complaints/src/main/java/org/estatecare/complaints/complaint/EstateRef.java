package org.estatecare.complaints.complaint;

import org.estatecare.events.ids.EstateId;

/**
 * The estate as this service knew it from {@code estates.v1} and {@code agreements.v1} on the day a complaint
 * was filed: its territory, whether it was in the long-term management scheme that day (R-ELIG-2), and
 * whether a service company served it that day — which together decide routing.
 */
public record EstateRef(EstateId estateId, String street, String community, boolean inScheme, boolean companyServes) {
}
