package org.estatecare.assessments.survey;

/** The keyed hash (HMAC-SHA256, hex) that stands for a household within one survey; see {@link KeyedHashes}. */
public record HouseholdHash(String value) {

    public HouseholdHash {
        KeyedHashes.requireHex(value);
    }
}
