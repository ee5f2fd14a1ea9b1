package org.estatecare.assessments.survey;

import java.time.Instant;
import java.util.Objects;

/**
 * A code issued to a household, as the survey keeps it: both only as keyed hashes, when it was issued, and
 * whether it was used to answer.
 *
 * @param household the household's {@link HouseholdHash}
 * @param code      the code's {@link CodeHash}
 */
public record IssuedCode(String household, String code, Instant issuedAt, boolean used) {

    public IssuedCode {
        KeyedHashes.requireHex(household);
        KeyedHashes.requireHex(code);
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    IssuedCode markedUsed() {
        return new IssuedCode(household, code, issuedAt, true);
    }
}
