package org.estatecare.agreements.agreement;

import org.estatecare.kit.metrics.BusinessGauges;
import org.springframework.stereotype.Component;

/** {@code estatecare_agreements{status}}: agreements by status (ACTIVE is the one dashboards watch). */
@Component
class AgreementMetrics {

    AgreementMetrics(BusinessGauges gauges, Agreements agreements) {
        gauges.gauge("estatecare.agreements", "agreements by status", () -> agreements.countByStatus().entrySet().stream()
                .map(e -> BusinessGauges.Row.of(e.getValue(), "status", e.getKey().name())).toList());
    }
}
