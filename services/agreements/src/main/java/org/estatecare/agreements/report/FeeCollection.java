package org.estatecare.agreements.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * What the company billed and collected for one estate and month (R-AGR-4, R-RES-1): households billed
 * and paid, amounts in yuan. Recorded by the company serving the estate that month; it no longer
 * changes once its quarter is published.
 */
public record FeeCollection(@Id String id, String estateId, String street, String community, String companyId,
                            String agreementId, String month, int householdsBilled, int householdsPaid,
                            BigDecimal amountBilled, BigDecimal amountCollected, String recordedBy, Instant recordedAt) {

    public FeeCollection {
        amountBilled = amountBilled.setScale(2, RoundingMode.HALF_UP);
        amountCollected = amountCollected.setScale(2, RoundingMode.HALF_UP);
    }

    public static String idOf(String estateId, String month) {
        return month + "-" + estateId;
    }

    /** Collected ÷ billed, four decimals; 0 when nothing was billed. */
    public BigDecimal collectionRate() {
        return FeeFigures.rate(amountCollected, amountBilled);
    }
}
