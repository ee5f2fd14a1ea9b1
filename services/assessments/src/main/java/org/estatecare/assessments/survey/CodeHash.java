package org.estatecare.assessments.survey;

/** The keyed hash (HMAC-SHA256, hex) under which a survey code is stored and found; see {@link KeyedHashes}. */
public record CodeHash(String value) {

    public CodeHash {
        KeyedHashes.requireHex(value);
    }
}
