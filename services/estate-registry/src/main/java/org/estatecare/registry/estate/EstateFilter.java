package org.estatecare.registry.estate;

/** List filters; {@code null} means "any". {@code name} matches any part of the name. */
public record EstateFilter(String street, String community, EstateStatus status, ManagementMode mode, String name) {
}
