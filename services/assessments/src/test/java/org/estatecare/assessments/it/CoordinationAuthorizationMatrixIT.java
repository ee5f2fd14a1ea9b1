package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.security.Role;
import org.junit.jupiter.api.Test;

/** Every joint-meeting and district-referral endpoint called as every role, on its own street's and another's (R-JOINT-1, R-DIST-1). */
class CoordinationAuthorizationMatrixIT extends AssessmentsIntegrationTest {

    record Side(String street, String company, String meeting, String referral) {
    }

    Side side(String department) {
        String street = unique("jm");
        String company = unique("jmc");
        Api admin = as("admin");
        Api.Response convened = admin.post("/api/joint-meetings", """
                {"street": "%s", "day": "%s", "members": {"departments": ["%s"], "companies": ["%s"]},
                 "agenda": [{"source": "OTHER", "title": "冬季消防安全"}]}""".formatted(street, today(), department, company));
        assertThat(convened.status()).as(convened.body()).isEqualTo(201);
        String meeting = convened.json().path("id").asString();
        Api.Response held = admin.post("/api/joint-meetings/" + meeting + "/minutes", """
                {"attendees": ["街道"], "decisions": [{"agendaItem": 1, "decision": "开展宣传"}],
                 "actionItems": [{"agendaItem": 1, "owner": {"kind": "DEPARTMENT", "code": "%s"}, "description": "d", "deadline": "%s"}]}"""
                .formatted(department, today().plusDays(7)));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        Api.Response raised = admin.post("/api/district-referrals", """
                {"kind": "LEGACY", "street": "%s", "description": "产权不清"}""".formatted(street));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return new Side(street, company, meeting, raised.json().path("id").asString());
    }

    @Test
    void everyRoleOnOwnAndOtherStreetGetsWhatTheMatrixSays() {
        Side own = side("HOUSING");
        Side other = side("CITY_MANAGEMENT");
        List<String> mismatches = new ArrayList<>();
        for (CoordinationMatrix.Row row : CoordinationMatrix.ROWS) {
            for (Role role : Role.values()) {
                for (boolean ownScope : List.of(true, false)) {
                    Side target = ownScope ? own : other;
                    String path = row.path().replace("{id}", row.path().contains("referrals") ? target.referral() : target.meeting())
                            .replace("{number}", "1");
                    if (row.path().endsWith("/agenda-proposal") || row.method().equals("GET") && row.path().equals("/api/joint-meetings")) {
                        path += "?street=" + target.street();
                    }
                    String body = switch (row.path()) {
                        case "/api/joint-meetings" -> """
                                {"street": "%s", "day": "%s", "members": {"departments": ["HOUSING"]}, "agenda": []}"""
                                .formatted(target.street(), today().plusDays(3));
                        case "/api/joint-meetings/{id}/minutes" -> "{\"attendees\": [\"x\"], \"decisions\": [], \"actionItems\": []}";
                        case "/api/joint-meetings/{id}/action-items/{number}/completion" -> "{\"note\": \"已办\"}";
                        case "/api/district-referrals" -> "{\"kind\": \"MAJOR\", \"street\": \"" + target.street() + "\", \"description\": \"d\"}";
                        case "/api/district-referrals/{id}/settlement" -> "{\"how\": \"协调解决\", \"settledOn\": \"" + LocalDate.from(today()) + "\"}";
                        default -> null;
                    };
                    Api.Response response = caller(role, own.street(), own.street() + "-c1", own.company()).send(row.method(), path, body);
                    AuthorizationMatrixIT.check(mismatches, row.line(), role, ownScope, response);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
