package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads with malformed paths and parameters are 400 problem+json, never a 500 or a quiet empty answer. */
class RefusedQueriesIT extends AssessmentsIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/assessment-schemes/in-force?on=2027-02-30",
            "/api/assessment-schemes/in-force?on=tomorrow",
            "/api/assessment-schemes/in-force?street=Not%20A%20Street",
            "/api/assessment-schemes/UPPER",
            "/api/assessment-schemes/district/versions/0",
            "/api/assessment-schemes/district/versions/abc",
            "/api/assessment-schemes/district/versions/99999999999",
            "/api/assessment-schemes?sort=rules,asc",
            "/api/assessment-schemes/district/versions?sort=number",
            "/api/assessments?period=2026-Q5",
            "/api/assessments?period=2026-13",
            "/api/assessments?status=SOMEWHERE",
            "/api/assessments?grade=A_PLUS",
            "/api/assessments?size=0",
            "/api/assessments?page=-1",
            "/api/assessments?sort=breakdown,desc",
            "/api/assessments/has%20space",
            "/api/rectifications?status=LOST",
            "/api/rectifications?escalation=CITY",
            "/api/rectifications?cause=RUMOUR",
            "/api/rectifications?street=Not%20A%20Street",
            "/api/rectifications?source=has%20space",
            "/api/rectifications?sort=answers,asc",
            "/api/rectifications?size=201",
            "/api/rectifications/has%20space",
            "/api/rectifications/has%20space/history",
            "/api/re-inspections?status=DONE",
            "/api/re-inspections?assessmentId=has%20space",
            "/api/re-inspections?sort=findings,asc",
            "/api/re-inspections/has%20space",
            "/api/assessment-evaluation/rankings?period=2026-Q5",
            "/api/assessment-evaluation/rankings?period=2026-Q3&by=estate",
            "/api/assessment-evaluation/trends?by=STREET&key=chunhua&from=2026-01&to=2026-Q3",
            "/api/assessment-evaluation/trends?by=STREET&key=has%20space&from=2026-Q1&to=2026-Q3",
            "/api/assessment-evaluation/rectification-drive",
            "/api/assessment-evaluation/rectification-drive?period=2026-Q3%0A",
            "/api/assessment-evaluation/trends?by=COMPANY&key=co-1&from=2024-01&to=2026-01",
            "/api/assessment-evaluation/trends?by=COMPANY&key=co-1&from=2026-Q3&to=2026-Q2",
            "/api/assessment-evaluation/trends?by=STREET&key=chunhua&from=2026-Q1",
            "/api/assessment-evaluation/trends?by=STREET&key=kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk&from=2026-Q1&to=2026-Q3",
            "/api/joint-meetings/agenda-proposal",
            "/api/joint-meetings/agenda-proposal?street=Not%20A%20Street",
            "/api/joint-meetings?street=Not%20A%20Street",
            "/api/joint-meetings?size=0",
            "/api/joint-meetings/has%20space",
            "/api/district-referrals?status=FORGOTTEN",
            "/api/district-referrals?street=UPPER",
            "/api/district-referrals?page=-1",
            "/api/district-referrals/x..y",
    })
    void isRefusedWithAProblem(String path) {
        Api.Response refused = as("admin").get(path);

        assertThat(refused.status()).as(path + " → " + refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }
}
