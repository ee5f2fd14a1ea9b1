package org.estatecare.registry.estate;

import org.estatecare.events.codes.ManagementMode;

/** List filters; {@code null} means "any". {@code name} matches any part of the name. */
public record EstateFilter(String street, String community, EstateStatus status, ManagementMode mode, String name) {
}
