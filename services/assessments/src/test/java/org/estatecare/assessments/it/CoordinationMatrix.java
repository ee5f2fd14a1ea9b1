package org.estatecare.assessments.it;

import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.ALLOWED;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.FORBIDDEN;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.NOT_FOUND;

import java.util.List;

import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;

/**
 * Who may run and read joint meetings (R-JOINT-1) and the district's referrals (R-DIST-1). "Own" is a meeting of the
 * caller's street whose members include the caller's department (housing) and company, with an action item owned by
 * that department, or a referral of the caller's street; "other" is another street's, whose members are others.
 */
final class CoordinationMatrix {

    record Row(String method, String path, Outcome[] outcomes) {

        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    private static Outcome[] of(Outcome... outcomes) {
        return outcomes;
    }

    static final Outcome A = ALLOWED;
    static final Outcome F = FORBIDDEN;
    static final Outcome N = NOT_FOUND;

    // district-admin, municipal-inspector, street-officer, community-officer, department-officer, service-company, resident,
    // auditor, finance-officer; own then other
    static final List<Row> ROWS = List.of(
            new Row("GET", "/api/joint-meetings/agenda-proposal", of(A, A, F, F, A, F, F, F, F, F, F, F, F, F, F, F, F, F)),
            new Row("GET", "/api/joint-meetings", of(A, A, A, A, A, A, A, A, A, A, A, A, F, F, A, A, F, F)),
            new Row("POST", "/api/joint-meetings", of(A, A, F, F, A, F, F, F, F, F, F, F, F, F, F, F, F, F)),
            new Row("GET", "/api/joint-meetings/{id}", of(A, A, A, A, A, N, A, N, A, N, A, N, F, F, A, A, F, F)),
            new Row("POST", "/api/joint-meetings/{id}/minutes", of(A, A, F, F, A, N, F, F, F, F, F, F, F, F, F, F, F, F)),
            new Row("POST", "/api/joint-meetings/{id}/action-items/{number}/completion",
                    of(A, A, F, F, A, N, F, N, A, N, F, N, F, F, F, F, F, F)),
            new Row("GET", "/api/district-referrals", of(A, A, A, A, A, A, F, F, F, F, F, F, F, F, A, A, F, F)),
            new Row("POST", "/api/district-referrals", of(A, A, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F)),
            new Row("GET", "/api/district-referrals/{id}", of(A, A, A, A, A, N, F, F, F, F, F, F, F, F, A, A, F, F)),
            new Row("POST", "/api/district-referrals/{id}/settlement", of(A, A, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F, F)));

    private CoordinationMatrix() {
    }
}
