package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.assessments.it.InspectionJson.CHECKLISTS;
import static org.estatecare.assessments.it.InspectionJson.recording;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.estatecare.assessments.it.RectificationMatrix.Row;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks the rectification and re-inspection rows of the authorization matrix over HTTP: every endpoint × every role
 * × an order or re-inspection of the caller's own scope and of another's, each fresh for its call.
 */
class RectificationAuthorizationMatrixIT extends AssessmentsIntegrationTest {

    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Side(String street, String community, String company, String estate) {
    }

    private final Map<String, YearMonth> nextMonth = new HashMap<>();

    @Test
    void everyRectificationAndReInspectionEndpointHasARow() {
        Set<String> endpoints = new TreeSet<>(AuthorizationMatrices.endpoints(mappings).stream()
                .filter(endpoint -> endpoint.contains(" /api/rectifications") || endpoint.contains(" /api/re-inspections"))
                .toList());
        assertThat(RectificationMatrix.ROWS.stream().map(row -> row.line().endpoint()).toList())
                .containsExactlyInAnyOrderElementsOf(endpoints);
    }

    @Test
    void everyRoleOnOwnAndOtherScopeGetsWhatTheMatrixSays() {
        Side own = side("own");
        Side other = side("other");
        List<String> mismatches = new ArrayList<>();
        for (Row row : RectificationMatrix.ROWS) {
            for (Role role : Role.values()) {
                for (Side side : List.of(own, other)) {
                    String target = switch (row.target()) {
                        case NONE -> "";
                        case OPEN_ORDER -> openOrder(side);
                        case ANSWERED_ORDER -> answeredOrder(side);
                        case POOR_ASSESSMENT -> poorAssessment(side);
                        case REQUESTED -> requested(side);
                    };
                    String path = row.path().replace("{id}", target);
                    String body = switch (row.path()) {
                        case "/api/rectifications/{id}/answers" -> "{\"text\": \"已清理\"}";
                        case "/api/rectifications/{id}/verification" -> "{\"accepted\": true}";
                        case "/api/re-inspections" -> "{\"assessmentId\": \"%s\", \"reason\": \"异议\"}".formatted(target);
                        case "/api/re-inspections/{id}/result" -> """
                                {"inspectedOn": "%s", "checklists": %s}""".formatted(today(), CHECKLISTS);
                        default -> null;
                    };
                    if (row.path().equals("/api/re-inspections")) {
                        path = row.path();
                    }
                    Api.Response response = caller(role, own).header("If-Match", "*").send(row.method(), path, body);
                    AuthorizationMatrixIT.check(mismatches, row.line(), role, side == own, response);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    Side side(String name) {
        String street = unique(name);
        String community = street + "-c1";
        String company = unique(name + "-company");
        String estate = includedEstate(street, community, SINCE);
        servedBy(estate, company, SINCE, LocalDate.of(2030, 12, 31));
        return new Side(street, community, company, estate);
    }

    /** An order from the street office's monthly inspection of the side's estate, today. */
    String openOrder(Side side) {
        Api.Response inspection = caller(Role.STREET_OFFICER, side).post("/api/inspections",
                recording(side.estate(), "STREET_MONTHLY", today()));
        assertThat(inspection.status()).as(inspection.body()).isEqualTo(201);
        return as("admin").get("/api/rectifications?source=" + inspection.id()).json().path("content").get(0).path("id").asString();
    }

    String answeredOrder(Side side) {
        String id = openOrder(side);
        Api.Response answered = caller(Role.SERVICE_COMPANY, side).post("/api/rectifications/" + id + "/answers",
                "{\"text\": \"已清理\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        return id;
    }

    /** A published assessment of the next month of the side's estate, every item of the district's spot check failed. */
    String poorAssessment(Side side) {
        YearMonth month = nextMonth.merge(side.estate(), YearMonth.from(SINCE), (was, one) -> was.plusMonths(1));
        Api.Response inspected = as("admin").post("/api/inspections", """
                {"estateId": "%s", "level": "DISTRICT_SPOT", "inspectedOn": "%s", "checklists": %s}"""
                .formatted(side.estate(), month.atDay(10), RectificationIT.FAILED_CHECKLISTS));
        assertThat(inspected.status()).as(inspected.body()).isEqualTo(201);
        Api.Response computed = as("admin").post("/api/assessments/computation",
                "{\"estateId\": \"%s\", \"period\": \"%s\"}".formatted(side.estate(), month));
        String id = computed.json().path("assessments").get(0).path("id").asString();
        as("admin").post("/api/assessments/" + id + "/confirmation", null);
        Api.Response published = as("admin").post("/api/assessments/" + id + "/publication", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    String requested(Side side) {
        Api.Response requested = caller(Role.STREET_OFFICER, side).post("/api/re-inspections",
                "{\"assessmentId\": \"%s\", \"reason\": \"异议\"}".formatted(poorAssessment(side)));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        return requested.id();
    }

    Api caller(Role role, Side side) {
        return caller(role, side.street(), side.community(), side.company());
    }
}
