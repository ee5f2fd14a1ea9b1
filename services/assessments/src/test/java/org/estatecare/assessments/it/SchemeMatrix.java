package org.estatecare.assessments.it;

import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.ALLOWED;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.FORBIDDEN;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.NOT_FOUND;

import java.util.List;

import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;

/**
 * Who may call which scheme endpoint. "Own" is the scheme of the caller's street; "other" another
 * street's. Approved versions are public to everyone signed in; a draft is the street's and the
 * district's business; the street drafts and submits, the district decides (R-ASM-1). The version read
 * in the row of one version is a draft, to show who sees drafts.
 */
final class SchemeMatrix {

    enum Target { NONE, SCHEME, DRAFT, SUBMITTED }

    record Row(String method, String path, Target target, Outcome[] outcomes) {

        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    static final Outcome[] EVERYONE = {
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED,
            ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED};
    private static final Outcome[] DRAFT_READERS = {
            ALLOWED, ALLOWED,       // district-admin
            ALLOWED, ALLOWED,       // municipal-inspector
            ALLOWED, NOT_FOUND,     // street-officer: its own street's drafts
            ALLOWED, NOT_FOUND,     // community-officer: its street's
            NOT_FOUND, NOT_FOUND,   // department-officer: approved versions only
            NOT_FOUND, NOT_FOUND,   // service-company: approved versions only
            NOT_FOUND, NOT_FOUND,   // resident: approved versions only
            ALLOWED, ALLOWED,       // auditor
            NOT_FOUND, NOT_FOUND};  // finance-officer
    private static final Outcome[] STREET_DRAFTS = {
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN};
    private static final Outcome[] DISTRICT_DECIDES = {
            ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
            FORBIDDEN, FORBIDDEN};

    static final List<Row> ROWS = List.of(
            new Row("GET", "/api/assessment-schemes", Target.NONE, EVERYONE),
            new Row("GET", "/api/assessment-schemes/in-force", Target.NONE, EVERYONE),
            new Row("GET", "/api/assessment-schemes/{owner}", Target.SCHEME, EVERYONE),
            new Row("GET", "/api/assessment-schemes/{owner}/versions", Target.SCHEME, EVERYONE),
            new Row("GET", "/api/assessment-schemes/{owner}/versions/{version}", Target.DRAFT, DRAFT_READERS),
            new Row("POST", "/api/assessment-schemes/{owner}/versions", Target.NONE, STREET_DRAFTS),
            new Row("PUT", "/api/assessment-schemes/{owner}/versions/{version}", Target.DRAFT, STREET_DRAFTS),
            new Row("POST", "/api/assessment-schemes/{owner}/versions/{version}/submission", Target.DRAFT, STREET_DRAFTS),
            new Row("POST", "/api/assessment-schemes/{owner}/versions/{version}/approval", Target.SUBMITTED, DISTRICT_DECIDES),
            new Row("POST", "/api/assessment-schemes/{owner}/versions/{version}/rejection", Target.SUBMITTED, DISTRICT_DECIDES));

    private SchemeMatrix() {
    }
}
