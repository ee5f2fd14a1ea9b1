package org.estatecare.complaints.complaint;

/**
 * Where in the estate: building, a free-text place, optional WGS-84 coordinates. Two complaints are
 * about the same place when building and place match ignoring case and spaces.
 */
public record Place(String building, String place, Double latitude, Double longitude) {

    public Place {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("give both latitude and longitude, or neither");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("coordinates out of range");
        }
    }

    public boolean sameAs(Place other) {
        return normalized(building).equals(normalized(other.building)) && normalized(place).equals(normalized(other.place));
    }

    private static String normalized(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "").toLowerCase();
    }
}
