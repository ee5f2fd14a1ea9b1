package org.estatecare.subsidies.allocation;

import java.time.LocalDate;

import org.estatecare.events.ids.CompanyId;

/** A company's agreement in force for the estate from {@code first} to {@code last}, both included. */
public record Term(CompanyId companyId, LocalDate first, LocalDate last) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
