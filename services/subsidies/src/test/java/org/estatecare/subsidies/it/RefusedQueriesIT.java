package org.estatecare.subsidies.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads with malformed paths and parameters are 400 problem+json, never a 500 or a quiet empty answer. */
class RefusedQueriesIT extends SubsidiesIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/allocation-runs?status=PAID",
            "/api/allocation-runs?size=0",
            "/api/allocation-runs?size=201",
            "/api/allocation-runs?page=-1",
            "/api/allocation-runs?sort=flags,asc",
            "/api/allocation-runs/run-2026-13",
            "/api/allocation-runs/has%20space",
            "/api/allocation-runs/run-2026-03/history?size=0",
            "/api/allocation-runs/run-2026-03/lines?kind=BONUS",
            "/api/allocation-runs/run-2026-03/lines?street=Not%20A%20Street",
            "/api/allocation-runs/run-2026-03/lines?estateId=has%20space",
            "/api/allocation-runs/run-2026-03/lines?sort=trace,asc",
            "/api/allocation-runs/run-2026-03/export.csv?street=UPPER",
            "/api/allocation-runs/2026-03/export.xlsx",
            "/api/subsidy-ledger?size=0",
            "/api/subsidy-ledger?page=-1",
            "/api/subsidy-reconciliation",
            "/api/subsidy-reconciliation?quarter=2026-Q5",
            "/api/subsidy-reconciliation?quarter=2026-Q3&street=Not%20A%20Street",
            "/api/audit-findings?quarter=2026-13",
            "/api/audit-findings?status=FORGOTTEN",
            "/api/audit-findings?sort=note,asc",
            "/api/audit-findings/has%20space",
            "/api/maintenance-fund-uses?fund=CITY",
            "/api/maintenance-fund-uses?status=DELETED",
            "/api/maintenance-fund-uses?from=2026-02-30",
            "/api/maintenance-fund-uses?from=2026-03-01&to=2026-02-28",
            "/api/maintenance-fund-uses?estateId=has%20space",
            "/api/maintenance-fund-uses?street=Not%20A%20Street",
            "/api/maintenance-fund-uses?sort=purpose,asc",
            "/api/maintenance-fund-uses?size=201",
            "/api/maintenance-fund-uses/has%20space",
            "/api/maintenance-fund-uses/export.csv?to=next-year",
            "/api/maintenance-fund-uses/export.xlsx?from=2027-01-01&to=2026-12-31",
            "/api/maintenance-fund-uses/export.csv?street=UPPER",
    })
    void isRefusedWithAProblem(String path) {
        Api.Response refused = as("auditor").get(path);

        assertThat(refused.status()).as(path + " → " + refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }
}
