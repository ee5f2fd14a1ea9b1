package org.estatecare.registry.estate;

/** WGS-84 latitude and longitude in degrees. */
public record GeoLocation(double latitude, double longitude) {

    public GeoLocation {
        if (latitude < -90 || latitude > 90 || Double.isNaN(latitude)) {
            throw new IllegalArgumentException("latitude out of range: " + latitude);
        }
        if (longitude < -180 || longitude > 180 || Double.isNaN(longitude)) {
            throw new IllegalArgumentException("longitude out of range: " + longitude);
        }
    }
}
