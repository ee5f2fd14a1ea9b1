package org.estatecare.agreements.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** Money spent in one category, yuan with two decimals, with an optional note. */
public record Spending(SpendingCategory category, BigDecimal amount, String note) {

    public Spending {
        Objects.requireNonNull(category, "category");
        amount = Objects.requireNonNull(amount, "amount").setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal total(List<Spending> spendings) {
        return spendings.stream().map(Spending::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
