package org.estatecare.registry.estate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Gross floor area in square metres, positive, kept to two decimals. */
public record FloorArea(BigDecimal squareMetres) {

    public FloorArea {
        Objects.requireNonNull(squareMetres, "squareMetres");
        if (squareMetres.signum() <= 0) {
            throw new IllegalArgumentException("floor area must be positive, was " + squareMetres);
        }
        squareMetres = squareMetres.setScale(2, RoundingMode.HALF_UP);
    }

    public static FloorArea of(String squareMetres) {
        return new FloorArea(new BigDecimal(squareMetres));
    }
}
