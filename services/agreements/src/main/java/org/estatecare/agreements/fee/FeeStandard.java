package org.estatecare.agreements.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.events.codes.EstateClass;
import org.springframework.data.annotation.Id;

/**
 * The fee band the district sets for one estate class and basis, in force from {@code effectiveFrom}
 * until a later standard for the same class and basis takes over. Standards are never changed or
 * deleted: a new one is added.
 */
public record FeeStandard(@Id FeeStandardId id, EstateClass estateClass, FeeBasis basis, BigDecimal minimum, BigDecimal maximum,
                          LocalDate effectiveFrom, String document, String setBy, Instant setAt) {

    public FeeStandard {
        minimum = minimum.setScale(2, RoundingMode.HALF_UP);
        maximum = maximum.setScale(2, RoundingMode.HALF_UP);
        if (minimum.signum() < 0 || minimum.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("a fee band needs 0 <= minimum <= maximum");
        }
    }

    public boolean admits(Fee fee) {
        return fee.basis() == basis && fee.amount().compareTo(minimum) >= 0 && fee.amount().compareTo(maximum) <= 0;
    }
}
