package org.estatecare.agreements.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * What the company billed and collected for one estate and month (R-AGR-4, R-RES-1): households billed
 * and paid, amounts in yuan, for the days of the month the company served. Recorded by the company
 * serving the estate that month (one record per agreement); it no longer changes once its quarter is
 * published.
 */
public record FeeCollection(@Id String id, String estateId, String street, String community, String companyId,
                            String agreementId, String month, int householdsBilled, int householdsPaid,
                            BigDecimal amountBilled, BigDecimal amountCollected, String recordedBy, Instant recordedAt) {

    public FeeCollection {
        amountBilled = amountBilled.setScale(2, RoundingMode.HALF_UP);
        amountCollected = amountCollected.setScale(2, RoundingMode.HALF_UP);
    }

    /** One record per estate, month and agreement: two companies serving parts of a month each record their own. */
    public static String idOf(String estateId, String month, String agreementId) {
        return month + "-" + estateId + "-" + agreementId;
    }

    /** Collected ÷ billed, four decimals; 0 when nothing was billed. */
    public BigDecimal collectionRate() {
        return FeeFigures.rate(amountCollected, amountBilled);
    }
}
