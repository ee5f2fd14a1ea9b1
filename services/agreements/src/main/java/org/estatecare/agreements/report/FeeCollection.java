package org.estatecare.agreements.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * What the company billed and collected for one estate and month (R-AGR-4, R-RES-1): households billed
 * and paid, amounts in yuan, for the days of the month the company served. Kept by the agreement's
 * quarter ({@link FeeQuarter}), which refuses figures that make no sense and every change once published.
 */
public record FeeCollection(String month, int householdsBilled, int householdsPaid, BigDecimal amountBilled,
                            BigDecimal amountCollected, String recordedBy, Instant recordedAt) {

    public FeeCollection {
        amountBilled = amountBilled.setScale(2, RoundingMode.HALF_UP);
        amountCollected = amountCollected.setScale(2, RoundingMode.HALF_UP);
    }

    /** Collected ÷ billed, four decimals; 0 when nothing was billed. */
    public BigDecimal collectionRate() {
        return FeeFigures.rate(amountCollected, amountBilled);
    }
}
