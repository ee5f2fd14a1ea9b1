package org.estatecare.registry.estate;

import java.util.List;
import java.util.Objects;

/**
 * What describes an estate: name, territory (R-PRIN-1: exactly one street office), address,
 * optional location, size, property-owner units and the renovation facts.
 */
public record EstateDetails(String name, String street, String community, String address, GeoLocation location,
                            int buildings, int households, FloorArea floorArea, List<String> propertyOwnerUnits,
                            Renovation renovation) {

    public EstateDetails {
        requireText(name, "name");
        requireText(street, "street");
        requireText(community, "community");
        requireText(address, "address");
        Objects.requireNonNull(floorArea, "floorArea");
        if (buildings < 1) {
            throw new IllegalArgumentException("an estate has at least one building");
        }
        if (households < 1) {
            throw new IllegalArgumentException("an estate has at least one household");
        }
        propertyOwnerUnits = propertyOwnerUnits == null ? List.of() : List.copyOf(propertyOwnerUnits);
        renovation = renovation == null ? Renovation.UNKNOWN : renovation;
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
