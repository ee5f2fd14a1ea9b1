package org.estatecare.agreements.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.estatecare.kit.domain.Implements;

/**
 * The numbers of a quarter's fee publication (R-AGR-4), summed from its three months: household-months
 * billed and paid, amounts billed and collected, the collection rate (collected ÷ billed) and the
 * household payment rate (paid ÷ billed households), four decimals HALF_UP; what was spent, and the
 * balance (collected − spent).
 */
@Implements("R-AGR-4")
public record FeeFigures(int householdsBilled, int householdsPaid, BigDecimal amountBilled, BigDecimal amountCollected,
                         BigDecimal collectionRate, BigDecimal householdPaymentRate, BigDecimal amountSpent,
                         BigDecimal balance) {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    public static FeeFigures of(List<FeeCollection> months, List<Spending> uses) {
        int billed = 0;
        int paid = 0;
        BigDecimal amountBilled = ZERO;
        BigDecimal amountCollected = ZERO;
        for (FeeCollection month : months) {
            billed += month.householdsBilled();
            paid += month.householdsPaid();
            amountBilled = amountBilled.add(month.amountBilled());
            amountCollected = amountCollected.add(month.amountCollected());
        }
        BigDecimal spent = Spending.total(uses);
        return new FeeFigures(billed, paid, amountBilled, amountCollected, rate(amountCollected, amountBilled),
                rate(BigDecimal.valueOf(paid), BigDecimal.valueOf(billed)), spent, amountCollected.subtract(spent));
    }

    /** part ÷ whole with four decimals, HALF_UP; 0 when the whole is 0 (nothing was due). */
    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}
