package org.estatecare.events.estates;

/** Where an estate lies: WGS-84 latitude and longitude in degrees, as the registry holds it. */
public record Location(double latitude, double longitude) {

    public Location {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("a location is a latitude in [-90, 90] and a longitude in [-180, 180]");
        }
    }
}
