package org.estatecare.assessments.scheme;

/**
 * The scheme version that applies to a day, and whose it is.
 *
 * @param districtFallback true when a street without an approved version of its own is scored by the district's
 */
public record SchemeInForce(SchemeId scheme, SchemeVersion version, boolean districtFallback) {
}
