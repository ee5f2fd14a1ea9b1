package org.estatecare.assessments.it;

import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.ALLOWED;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.FORBIDDEN;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.NOT_FOUND;

import java.util.List;

import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;

/**
 * Who may call which endpoint of the period scores. "Own" is an assessment of an estate of the caller's
 * street and community, served by the caller's company; "other" one elsewhere. The rows that read one
 * assessment read a published one: a company, a committee and residents see published results only, and
 * only their own; the street office computes, confirms and publishes its street's.
 */
final class AssessmentMatrix {

    enum Target { NONE, PUBLISHED, DRAFT, CONFIRMED }

    record Row(String method, String path, Target target, Outcome[] outcomes) {

        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    private static final Outcome[] PUBLISHED_READERS = {
            ALLOWED, ALLOWED,       // district-admin
            ALLOWED, ALLOWED,       // municipal-inspector
            ALLOWED, NOT_FOUND,     // street-officer: its street's
            ALLOWED, NOT_FOUND,     // community-officer: its community's published results
            ALLOWED, ALLOWED,       // department-officer: published results
            ALLOWED, NOT_FOUND,     // service-company: its own published results
            ALLOWED, NOT_FOUND,     // resident: its community's published results
            ALLOWED, ALLOWED,       // auditor
            NOT_FOUND, NOT_FOUND};  // finance-officer: no scope here
    private static final Outcome[] COMPUTERS = {
            ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN};
    private static final Outcome[] STREET_STEPS = {
            ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN};

    /** The street office follows up its own street's companies; the district-wide roles any street's. */
    private static final Outcome[] DUE_REPORTS = {
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN};

    static final List<Row> ROWS = List.of(
            new Row("POST", "/api/assessments/computation", Target.NONE, COMPUTERS),
            new Row("GET", "/api/assessments", Target.NONE, SchemeMatrix.EVERYONE),
            new Row("GET", "/api/assessments/{id}", Target.PUBLISHED, PUBLISHED_READERS),
            new Row("GET", "/api/assessments/{id}/revisions", Target.PUBLISHED, PUBLISHED_READERS),
            new Row("GET", "/api/assessments/{id}/history", Target.PUBLISHED, PUBLISHED_READERS),
            new Row("POST", "/api/assessments/{id}/confirmation", Target.DRAFT, STREET_STEPS),
            new Row("POST", "/api/assessments/{id}/publication", Target.CONFIRMED, STREET_STEPS),
            new Row("GET", "/api/assessments/due-reports", Target.NONE, DUE_REPORTS),
            new Row("GET", "/api/codes/assessments", Target.NONE, SchemeMatrix.EVERYONE));

    private AssessmentMatrix() {
    }
}
