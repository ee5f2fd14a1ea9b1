package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.estatecare.testing.TestHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads of the division of duties and of fire safety with malformed paths and parameters are 400 problem+json. */
class RefusedQueriesIT extends ComplaintsServiceIT {

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/duty-divisions/in-force?on=2026-13-01",
            "/api/duty-divisions/in-force?on=1999-12-31",
            "/api/duty-divisions/in-force?on=yesterday",
            "/api/duty-divisions/bad%20version",
            "/api/duty-divisions?page=-1",
            "/api/duty-divisions?size=0",
            "/api/fire-lane-patrols?from=2026-02-30",
            "/api/fire-lane-patrols?street=Not%20A%20Street",
            "/api/fire-lane-patrols/has%20space",
            "/api/fire-safety-sessions?to=never",
            "/api/fire-safety-sessions/has%20space",
            "/api/fire-safety/streets/chunhua/summary",
            "/api/fire-safety/streets/chunhua/summary?year=abc",
            "/api/fire-safety/streets/chunhua/summary?year=1999",
            "/api/fire-safety/streets/UPPER/summary?year=2026",
    })
    void isRefusedWithAProblem(String path) {
        TestHttp.Response refused = as("district-admin", "district-admin", Map.of()).get(path);

        assertThat(refused.status()).as(path + " → " + refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }
}
