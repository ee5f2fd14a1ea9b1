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

    /** Bounds of a believable old residential estate; the request checks the same. */
    public static final int MAX_BUILDINGS = 1000;
    public static final int MAX_HOUSEHOLDS = 100000;

    public EstateDetails {
        requireText(name, "name");
        requireText(street, "street");
        requireText(community, "community");
        requireText(address, "address");
        Objects.requireNonNull(floorArea, "floorArea");
        if (buildings < 1 || buildings > MAX_BUILDINGS) {
            throw new IllegalArgumentException("an estate has 1 to " + MAX_BUILDINGS + " buildings, not " + buildings);
        }
        if (households < 1 || households > MAX_HOUSEHOLDS) {
            throw new IllegalArgumentException("an estate has 1 to " + MAX_HOUSEHOLDS + " households, not " + households);
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
