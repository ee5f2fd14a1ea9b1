package org.estatecare.assessments.it;

import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.ALLOWED;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.FORBIDDEN;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.NOT_FOUND;

import java.util.List;

import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;

/**
 * Who may call which survey endpoint, on their own scope and on someone else's: the rows that
 * {@link SurveyAuthorizationMatrixIT} walks, ready for the service's whole matrix. "Own" is an estate of the
 * caller's street and community, served by the caller's company; "other" one elsewhere, served by another. The
 * street office runs its street's surveys (R-ASM-4); a survey is read closed (companies and residents see only
 * closed results); a resident's answer with a code needs no token at all.
 */
final class SurveyMatrix {

    /** Outcomes per role in {@link Role#values()} order, own then other. */
    record Row(String method, String path, Outcome[] outcomes) {

        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    private static final Outcome[] OPENERS = {
            FORBIDDEN, FORBIDDEN,   // district-admin: supervises, does not run the street's survey
            FORBIDDEN, FORBIDDEN,   // municipal-inspector
            ALLOWED, FORBIDDEN,     // street-officer: its street's estates (R-ASM-4)
            FORBIDDEN, FORBIDDEN,   // community-officer
            FORBIDDEN, FORBIDDEN,   // department-officer
            FORBIDDEN, FORBIDDEN,   // service-company: is surveyed about, never surveys
            FORBIDDEN, FORBIDDEN,   // resident: answers with a code
            FORBIDDEN, FORBIDDEN,   // auditor
            FORBIDDEN, FORBIDDEN};  // finance-officer
    private static final Outcome[] RUNNERS = {
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN};
    private static final Outcome[] READERS_OF_A_CLOSED_SURVEY = {
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND,
            NOT_FOUND, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, NOT_FOUND, NOT_FOUND};
    private static final Outcome[] EVERYONE = {
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED,
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED};

    static final List<Row> ROWS = List.of(
            new Row("POST", "/api/surveys", OPENERS),
            new Row("GET", "/api/surveys", EVERYONE),
            new Row("GET", "/api/surveys/{id}", READERS_OF_A_CLOSED_SURVEY),
            new Row("POST", "/api/surveys/{id}/codes", RUNNERS),
            new Row("POST", "/api/surveys/{id}/answers", RUNNERS),
            new Row("POST", "/api/surveys/{id}/closing", RUNNERS),
            new Row("POST", "/api/survey-answers", EVERYONE));

    private SurveyMatrix() {
    }
}
