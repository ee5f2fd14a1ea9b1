package org.estatecare.subsidies.maintenance;

import java.time.LocalDate;

import org.estatecare.events.ids.EstateId;
import org.springframework.data.mongodb.core.query.Criteria;

/** What a list or an export of fund uses is narrowed to; every part optional, the spending days inclusive. */
public record FundUseFilter(String street, EstateId estateId, MaintenanceFund fund, FundUseStatus status, LocalDate from,
                            LocalDate to) {

    Criteria criteria() {
        Criteria criteria = new Criteria();
        if (street != null) {
            criteria.and("street").is(street);
        }
        if (estateId != null) {
            criteria.and("estateId").is(estateId.value());
        }
        if (fund != null) {
            criteria.and("fund").is(fund);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        if (from != null || to != null) {
            Criteria spent = criteria.and("spentOn");
            if (from != null) {
                spent.gte(from);
            }
            if (to != null) {
                spent.lte(to);
            }
        }
        return criteria;
    }
}
