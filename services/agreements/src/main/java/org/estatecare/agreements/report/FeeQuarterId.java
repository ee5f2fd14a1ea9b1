package org.estatecare.agreements.report;

import org.estatecare.kit.time.Quarter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.events.ids.Identifier;

/**
 * One agreement's quarter of one estate, written {@code 2026-Q1-<estate id>-<agreement id>}: the id of its
 * fee publication and of its subsidy-use report alike. Made of two ids, it may be longer than one.
 */
public record FeeQuarterId(@JsonValue String value) implements Identifier {

    static final int MAX_LENGTH = "2026-Q1".length() + 2 * (Identifier.MAX_LENGTH + 1);

    public FeeQuarterId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a fee quarter id is a quarter, an estate id and an agreement id");
        }
    }

    public static FeeQuarterId of(Quarter quarter, EstateId estate, AgreementId agreement) {
        return new FeeQuarterId(quarter + "-" + estate.value() + "-" + agreement.value());
    }

    @JsonCreator
    public static FeeQuarterId of(String value) {
        return new FeeQuarterId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
