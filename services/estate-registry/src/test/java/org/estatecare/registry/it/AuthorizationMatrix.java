package org.estatecare.registry.it;

import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.ALLOWED;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.FORBIDDEN;
import static org.estatecare.kit.testing.AuthorizationMatrices.Outcome.NOT_FOUND;

import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices;
import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;

/**
 * Who may call which endpoint of the registry, on their own scope and on someone else's: the
 * specification that {@link AuthorizationMatrixIT} walks in full and that {@code docs/authorization.md}
 * renders. "Own" is an estate in the caller's street or community (for roles without a scope claim
 * there is no difference); "other" is an estate elsewhere.
 */
final class AuthorizationMatrix {

    /** One endpoint: its method and path pattern, a body that passes validation, and an outcome per role: own/other. */
    record Row(String method, String path, String body, Outcome[] outcomes) {

        Line line() {
            return new Line(method, path, outcomes);
        }
    }

    static final String ESTATE_BODY = """
            {"name": "授权矩阵", "street": "%s", "community": "%s", "address": "a", "buildings": 1, "households": 1, "floorArea": 1}""";

    static final String EXIT_APPLICATION_BODY = """
            {"applicant": "STREET_OFFICE", "reason": "DEMOLITION", "proposedEffectiveDate": "2026-09-30", "documents": ["d"]}""";

    static final List<Row> ROWS = new ArrayList<>();

    static {
        Outcome[] readers = roles(
                ALLOWED, ALLOWED,       // district-admin
                ALLOWED, ALLOWED,       // municipal-inspector
                ALLOWED, NOT_FOUND,     // street-officer
                ALLOWED, NOT_FOUND,     // community-officer
                ALLOWED, ALLOWED,       // department-officer
                FORBIDDEN, FORBIDDEN,   // service-company (until agreements say which estates it serves)
                FORBIDDEN, FORBIDDEN,   // resident
                ALLOWED, ALLOWED,       // auditor
                FORBIDDEN, FORBIDDEN);  // finance-officer: pays subsidies, reads no estate records
        Outcome[] listReaders = roles(
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED,
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN);
        Outcome[] streetWriters = roles(
                ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN);
        Outcome[] districtOnly = roles(
                ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN);
        Outcome[] bureauAndDistrict = roles(
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN);
        Outcome[] everyone = roles(
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED,
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);
        // registering: "own" = in the officer's street, "other" = in another street
        Outcome[] registrars = roles(
                ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN);

        // the work archive (R-STAFF-1): the street office keeps it, the district, the city and auditors read it
        Outcome[] archiveReaders = roles(
                ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED,
                FORBIDDEN, FORBIDDEN);

        // a street's duties (R-STAFF-1, R-MAINT-2): streets are known to all, so another street's is 403, not 404
        Outcome[] ownStreetWriters = roles(
                ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN);

        row("GET", "/api/estates", null, listReaders);
        row("POST", "/api/estates", ESTATE_BODY, registrars);
        row("GET", "/api/estates/{id}", null, readers);
        row("PUT", "/api/estates/{id}", ESTATE_BODY, streetWriters);
        row("GET", "/api/estates/{id}/history", null, readers);
        row("POST", "/api/estates/{id}/takeover-acceptance", RegistryIntegrationTest.takeover("2026-01-10"), bureauAndDistrict);
        row("POST", "/api/estates/{id}/filing", "{\"filedOn\": \"2026-01-20\"}", districtOnly);
        row("POST", "/api/estates/{id}/inclusion", "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}", districtOnly);
        row("POST", "/api/estates/{id}/non-inclusion", "{\"decidedOn\": \"2026-02-01\", \"reason\": \"r\"}", districtOnly);
        row("POST", "/api/estates/{id}/exit", "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"2026-09-30\"}", districtOnly);
        row("POST", "/api/estates/{id}/management-mode", "{\"mode\": \"OWNER_SELF_MANAGEMENT\", \"effectiveFrom\": \"2027-01-01\"}", districtOnly);
        row("POST", "/api/estates/{id}/management-committee", "{\"residentsCommitteeActs\": true}", streetWriters);
        row("POST", "/api/estates/{id}/maintenance", "{\"fireEquipmentUnit\": \"u\"}", streetWriters);
        // the estates of the matrix are in company mode: an allowed caller passes authorization and is told so (422)
        row("POST", "/api/estates/{id}/basic-service-providers",
                "{\"providers\": [{\"service\": \"GATE_DUTY\", \"kind\": \"VOLUNTEERS\", \"name\": \"n\"}]}", streetWriters);
        // exit on application (R-EXIT-1): the street office applies and withdraws, the district decides, readers read
        Outcome[] streetOfficeOnly = roles(
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, FORBIDDEN);
        row("POST", "/api/estates/{id}/exit-applications", EXIT_APPLICATION_BODY, streetOfficeOnly);
        row("GET", "/api/estates/{id}/exit-applications", null, readers);
        row("GET", "/api/estates/{id}/exit-applications/{applicationId}", null, readers);
        row("POST", "/api/estates/{id}/exit-applications/{applicationId}/withdrawal", "{}", streetOfficeOnly);
        row("POST", "/api/estates/{id}/exit-applications/{applicationId}/refusal", "{\"reasons\": \"r\"}", districtOnly);
        row("POST", "/api/estates/{id}/exit-applications/{applicationId}/approval", "{}", districtOnly);
        row("GET", "/api/estates/exit-applications/pending", null, listReaders);
        row("GET", "/api/estates/{id}/archive", null, archiveReaders);
        row("GET", "/api/estates/statistics/by-street-and-status", null, listReaders);
        row("GET", "/api/streets", null, everyone);
        row("POST", "/api/streets", "{\"code\": \"matrix-%s\", \"name\": \"n\"}", districtOnly);
        row("GET", "/api/streets/{code}/duties", null, everyone);
        row("PUT", "/api/streets/{code}/responsible-person",
                "{\"name\": \"李卫东\", \"position\": \"副主任\", \"appointedOn\": \"2026-01-05\"}", ownStreetWriters);
        row("PUT", "/api/streets/{code}/maintenance-method",
                "{\"title\": \"维修养护办法\", \"reference\": \"街发3号\", \"effectiveFrom\": \"2026-03-01\"}", ownStreetWriters);
        row("PUT", "/api/streets/{code}/district-maintenance-units", """
                {"sharedFacilitiesUnit": "房屋维修中心", "pathsUnit": "市政养护所", "streetLightsUnit": "路灯管理所",
                 "effectiveFrom": "2026-03-01", "decisionReference": "东政发12号"}""", districtOnly);
        row("GET", "/api/codes/estates", null, everyone);
    }

    private AuthorizationMatrix() {
    }

    private static void row(String method, String path, String body, Outcome[] outcomes) {
        ROWS.add(new Row(method, path, body, outcomes));
    }

    /** Outcomes in the order of {@link Role#values()}, own then other for each. */
    private static Outcome[] roles(Outcome... ownOther) {
        return ownOther;
    }

    /** The table as Markdown, for docs/authorization.md. */
    static String markdown() {
        return AuthorizationMatrices.markdown("Authorization matrix: estate registry", """
                Generated from `AuthorizationMatrix` in the registry's tests, which call every endpoint as
                every role on an estate of the caller's own scope and of another's. Each cell is *own / other*:
                ✔ allowed, 403 the role may not, 404 the estate is outside the caller's scope and is reported
                as missing. Scope: street officer = their `street` claim, community officer = their
                `community` claim; the other roles have no scope claim in the registry.

                """,
                ROWS.stream().map(Row::line).toList());
    }
}
