package org.estatecare.subsidies.maintenance;

import java.time.LocalDate;

import org.estatecare.events.ids.EstateId;

/** What a list or an export of fund uses is narrowed to; every part optional, the spending days inclusive. */
public record FundUseFilter(String street, EstateId estateId, MaintenanceFund fund, FundUseStatus status, LocalDate from,
                            LocalDate to) {
}
