package org.estatecare.assessments.it;

import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.ALLOWED;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.FORBIDDEN;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.NOT_FOUND;

import java.util.List;

import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;

/**
 * Who may call which endpoint of rectification orders and re-inspections (R-ASM-3). "Own" is an order or a
 * re-inspection of an estate of the caller's street and community, served by the caller's company; "other" one
 * elsewhere. Orders come from the street office's monthly inspection, so the street office verifies them; the company
 * they are addressed to answers them.
 */
final class RectificationMatrix {

    enum Target { NONE, OPEN_ORDER, ANSWERED_ORDER, POOR_ASSESSMENT, REQUESTED }

    record Row(String method, String path, Target target, Outcome[] outcomes) {

        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    /** Everyone with a scope over the estate reads; departments and residents see no order and no re-inspection. */
    private static final Outcome[] READERS = {
            ALLOWED, ALLOWED,       // district-admin
            ALLOWED, ALLOWED,       // municipal-inspector
            ALLOWED, NOT_FOUND,     // street-officer: its street's
            ALLOWED, NOT_FOUND,     // community-officer: its community's
            NOT_FOUND, NOT_FOUND,   // department-officer
            ALLOWED, NOT_FOUND,     // service-company: its own
            NOT_FOUND, NOT_FOUND,   // resident
            ALLOWED, ALLOWED,       // auditor
            NOT_FOUND, NOT_FOUND};  // finance-officer
    /** The company the order is addressed to answers it. */
    private static final Outcome[] ANSWERERS = {
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, NOT_FOUND,
            NOT_FOUND, NOT_FOUND, ALLOWED, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND};
    /** The recorder of the level that found the problem verifies: here the street office. */
    private static final Outcome[] VERIFIERS = {
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, FORBIDDEN, NOT_FOUND,
            NOT_FOUND, NOT_FOUND, FORBIDDEN, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN,
            NOT_FOUND, NOT_FOUND};
    /** The street office asks for a re-inspection of its street's assessments. */
    private static final Outcome[] REQUESTERS = {
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN};
    /** The district or the city performs it, anywhere. */
    private static final Outcome[] PERFORMERS = {
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN};

    static final List<Row> ROWS = List.of(
            new Row("GET", "/api/rectifications", Target.NONE, SchemeMatrix.EVERYONE),
            new Row("GET", "/api/rectifications/{id}", Target.OPEN_ORDER, READERS),
            new Row("GET", "/api/rectifications/{id}/history", Target.OPEN_ORDER, READERS),
            new Row("POST", "/api/rectifications/{id}/answers", Target.OPEN_ORDER, ANSWERERS),
            new Row("POST", "/api/rectifications/{id}/verification", Target.ANSWERED_ORDER, VERIFIERS),
            new Row("POST", "/api/re-inspections", Target.POOR_ASSESSMENT, REQUESTERS),
            new Row("GET", "/api/re-inspections", Target.NONE, SchemeMatrix.EVERYONE),
            new Row("GET", "/api/re-inspections/{id}", Target.REQUESTED, READERS),
            new Row("GET", "/api/re-inspections/{id}/history", Target.REQUESTED, READERS),
            new Row("POST", "/api/re-inspections/{id}/result", Target.REQUESTED, PERFORMERS));

    private RectificationMatrix() {
    }
}
