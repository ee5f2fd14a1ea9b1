package org.estatecare.registry.estate;

/** How many estates of a street are in a status. */
public record StreetStatusCount(String street, EstateStatus status, long count) {
}
