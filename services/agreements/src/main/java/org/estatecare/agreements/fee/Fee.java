package org.estatecare.agreements.fee;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A management fee: yuan (two decimals, HALF_UP) per square metre or per household, per month. */
public record Fee(FeeBasis basis, BigDecimal amount) {

    public Fee {
        Objects.requireNonNull(basis, "basis");
        amount = Objects.requireNonNull(amount, "amount").setScale(2, RoundingMode.HALF_UP);
    }
}
