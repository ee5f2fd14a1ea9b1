package org.estatecare.events.estates;

import java.math.BigDecimal;

/**
 * A renovated estate entered the registry (status {@code REGISTERED}). {@code location} is where it lies, when
 * the registry knows it; absent in events written before the field existed.
 */
public record EstateRegistered(String estateId, String name, String street, String community, String address,
                               int buildings, int households, BigDecimal floorArea, Location location) {

    /** A registration that names no location. */
    public EstateRegistered(String estateId, String name, String street, String community, String address,
                            int buildings, int households, BigDecimal floorArea) {
        this(estateId, name, street, community, address, buildings, households, floorArea, null);
    }
}
