package org.estatecare.registry.statistics;

import org.estatecare.kit.metrics.BusinessGauges;
import org.estatecare.kit.security.Access;
import org.estatecare.registry.estate.Estates;
import org.springframework.stereotype.Component;

/** {@code estatecare_estates{street, status}}: the district's estates by street and status, for Grafana. */
@Component
class EstateMetrics {

    EstateMetrics(BusinessGauges gauges, Estates estates) {
        gauges.gauge("estatecare.estates", "estates by street and status", () -> estates
                .countByStreetAndStatus(Access.everything()).stream()
                .map(c -> BusinessGauges.Row.of(c.count(), "street", c.street(), "status", c.status().name())).toList());
    }
}
