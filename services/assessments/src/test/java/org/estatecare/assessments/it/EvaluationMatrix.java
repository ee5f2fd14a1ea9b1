package org.estatecare.assessments.it;

import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.ALLOWED;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.FORBIDDEN;

import java.util.List;

import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;

/**
 * Who may read the district's evaluation (R-ASM-5). "Own" is the caller's street (a street's trend), "other" another
 * street's; rankings and the drive take no street, and a street office reads them for its own street only.
 */
final class EvaluationMatrix {

    record Row(String method, String path, Outcome[] outcomes) {

        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    private static final Outcome[] RANKINGS = {
            ALLOWED, ALLOWED,       // district-admin
            ALLOWED, ALLOWED,       // municipal-inspector
            ALLOWED, ALLOWED,       // street-officer: its own street's assessments only
            FORBIDDEN, FORBIDDEN,   // community-officer
            ALLOWED, ALLOWED,       // department-officer
            FORBIDDEN, FORBIDDEN,   // service-company
            FORBIDDEN, FORBIDDEN,   // resident
            ALLOWED, ALLOWED,       // auditor
            FORBIDDEN, FORBIDDEN};  // finance-officer
    private static final Outcome[] TRENDS = {
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN};
    private static final Outcome[] DRIVE = {
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN};

    static final List<Row> ROWS = List.of(
            new Row("GET", "/api/assessment-evaluation/rankings", RANKINGS),
            new Row("GET", "/api/assessment-evaluation/trends", TRENDS),
            new Row("GET", "/api/assessment-evaluation/rectification-drive", DRIVE));

    private EvaluationMatrix() {
    }
}
