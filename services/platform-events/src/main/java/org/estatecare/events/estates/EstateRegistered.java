package org.estatecare.events.estates;

import java.math.BigDecimal;

/** A renovated estate entered the registry (status {@code REGISTERED}). */
public record EstateRegistered(String estateId, String name, String street, String community, String address,
                               int buildings, int households, BigDecimal floorArea) {
}
