package org.estatecare.subsidies.allocation;

import java.util.List;

/** What an estate earned in a month: a line per share and recipient, and the eligible days that earned nothing. */
public record EstateMonth(List<Entitlement> entitlements, List<Gap> gaps) {

    public EstateMonth {
        entitlements = List.copyOf(entitlements);
        gaps = List.copyOf(gaps);
    }
}
