package org.estatecare.agreements.agreement;

import java.math.BigDecimal;

/** One of the N services the residents add (R-AGR-1), with its price in yuan and what the price is per. */
public record ExtraService(String name, String description, BigDecimal price, String priceUnit) {
}
