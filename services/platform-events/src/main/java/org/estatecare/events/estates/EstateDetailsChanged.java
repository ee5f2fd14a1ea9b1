package org.estatecare.events.estates;

import java.math.BigDecimal;

/** The estate's descriptive facts changed; carries the whole new picture, not a diff. */
public record EstateDetailsChanged(String estateId, String name, String street, String community, String address,
                                   int buildings, int households, BigDecimal floorArea) {
}
