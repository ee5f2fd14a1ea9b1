package org.estatecare.assessments.it;

import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.ALLOWED;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.FORBIDDEN;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.NOT_FOUND;

import java.util.List;

import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;

/**
 * Who may call which inspection endpoint, on their own scope and on someone else's: the rows that
 * {@link InspectionAuthorizationMatrixIT} walks, ready for the service's whole matrix. "Own" is an estate of
 * the caller's street and community, served by the caller's company; "other" one elsewhere, served by
 * another. Each role records, reads and corrects inspections of the level it records (the committee's daily
 * check for the roles that record none).
 */
final class InspectionMatrix {

    /** Outcomes per role in {@link Role#values()} order, own then other. */
    record Row(String method, String path, Outcome[] outcomes) {

        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    private static final Outcome[] RECORDERS = {
            ALLOWED, ALLOWED,       // district-admin: district spot checks anywhere
            ALLOWED, ALLOWED,       // municipal-inspector: municipal spot checks anywhere
            ALLOWED, FORBIDDEN,     // street-officer: the monthly assessment of its street
            ALLOWED, FORBIDDEN,     // community-officer: the committee's daily check of its community (R-ASM-2)
            FORBIDDEN, FORBIDDEN,   // department-officer
            FORBIDDEN, FORBIDDEN,   // service-company: is inspected, never inspects
            FORBIDDEN, FORBIDDEN,   // resident
            FORBIDDEN, FORBIDDEN,   // auditor
            FORBIDDEN, FORBIDDEN};  // finance-officer
    private static final Outcome[] READERS = {
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND,
            NOT_FOUND, NOT_FOUND, ALLOWED, NOT_FOUND, NOT_FOUND, NOT_FOUND, ALLOWED, ALLOWED, NOT_FOUND, NOT_FOUND};
    private static final Outcome[] CORRECTORS = {
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND,
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN};
    private static final Outcome[] EVERYONE = {
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED,
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED};

    static final List<Row> ROWS = List.of(
            new Row("POST", "/api/inspections", RECORDERS),
            new Row("GET", "/api/inspections", EVERYONE),
            new Row("GET", "/api/inspections/{id}", READERS),
            new Row("PUT", "/api/inspections/{id}", CORRECTORS),
            new Row("GET", "/api/inspections/{id}/history", READERS));

    private InspectionMatrix() {
    }
}
