package org.estatecare.complaints.complaint;

/**
 * The estate as this service knows it from {@code estates.v1}: its territory, and whether it is in the
 * long-term management scheme now (included and not exited) — which decides routing (R-ELIG-2).
 */
public record EstateRef(String estateId, String street, String community, boolean inScheme) {
}
