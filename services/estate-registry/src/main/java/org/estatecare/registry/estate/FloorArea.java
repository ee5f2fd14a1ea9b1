package org.estatecare.registry.estate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Gross floor area in square metres: positive, at most two decimals (a third is refused, not rounded
 * away), and at most {@link #MAX} — more than any old residential estate of a district.
 */
public record FloorArea(BigDecimal squareMetres) {

    public static final String MAX = "5000000";
    private static final BigDecimal MAX_VALUE = new BigDecimal(MAX);

    public FloorArea {
        Objects.requireNonNull(squareMetres, "squareMetres");
        if (squareMetres.signum() <= 0) {
            throw new IllegalArgumentException("floor area must be positive, was " + squareMetres.toPlainString());
        }
        if (squareMetres.compareTo(MAX_VALUE) > 0) {
            throw new IllegalArgumentException("floor area must be at most " + MAX + " m², was " + squareMetres.toPlainString());
        }
        if (squareMetres.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("floor area has at most two decimals, was " + squareMetres.toPlainString());
        }
        squareMetres = squareMetres.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static FloorArea of(String squareMetres) {
        return new FloorArea(new BigDecimal(squareMetres));
    }
}
