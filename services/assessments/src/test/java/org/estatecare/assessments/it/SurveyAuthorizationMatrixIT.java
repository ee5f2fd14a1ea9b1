package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.assessments.it.SurveyJson.households;
import static org.estatecare.assessments.it.SurveyJson.opening;
import static org.estatecare.assessments.it.SurveyJson.paper;
import static org.estatecare.assessments.it.SurveyJson.withCode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.estatecare.assessments.it.SurveyMatrix.Row;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks the survey rows of the authorization matrix over HTTP: every survey endpoint × every role × a survey of the
 * caller's own scope and of another's, each survey fresh for its call (one per estate and month, so each row gets
 * estates of its own).
 */
class SurveyAuthorizationMatrixIT extends AssessmentsIntegrationTest {

    static final LocalDate INCLUDED = LocalDate.of(2020, 1, 1);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The caller's own territory and company, and another's; the months its surveys are opened for, one by one. */
    record Side(String street, String community, String company, String estate, AtomicInteger months) {

        String nextPeriod() {
            return YearMonth.from(INCLUDED).plusMonths(months.getAndIncrement()).toString();
        }
    }

    @Test
    void everySurveyEndpointHasARow() {
        Set<String> endpoints = new TreeSet<>(AuthorizationMatrices.endpoints(mappings).stream()
                .filter(endpoint -> endpoint.contains(" /api/survey")).toList());
        assertThat(SurveyMatrix.ROWS.stream().map(row -> row.line().endpoint()).toList())
                .containsExactlyInAnyOrderElementsOf(endpoints);
    }

    @Test
    void everyRoleOnOwnAndOtherScopeGetsWhatTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        for (Row row : SurveyMatrix.ROWS) {
            Side own = side("own");
            Side other = side("other");
            for (Role role : Role.values()) {
                for (Side side : List.of(own, other)) {
                    String path = row.path().contains("{id}") ? row.path().replace("{id}", survey(side, row.method().equals("GET")))
                            : row.path();
                    String body = switch (row.path()) {
                        case "/api/surveys" -> row.method().equals("POST") ? opening(side.estate(), side.nextPeriod()) : null;
                        case "/api/surveys/{id}/codes" -> households("9-9-901");
                        case "/api/surveys/{id}/answers" -> paper("9-9-901", 4, 4);
                        case "/api/survey-answers" -> withCode(code(side), 4, 4);
                        default -> null;
                    };
                    Api.Response response = caller(role, own).header("If-Match", "*").send(row.method(), path, body);
                    Outcome actual = Outcome.of(response.status());
                    Outcome expected = row.line().expected(role, side == own);
                    if (actual != expected) {
                        mismatches.add(row.method() + " " + row.path() + " as " + role.code() + " (" + (side == own ? "own" : "other")
                                + "): expected " + expected + ", got " + response.status() + " " + response.body());
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    Side side(String name) {
        String street = unique(name);
        String community = street + "-c1";
        String company = unique(name + "-company");
        String estate = includedEstate(street, community, INCLUDED);
        servedBy(estate, company, INCLUDED, LocalDate.of(2030, 12, 31));
        return new Side(street, community, company, estate, new AtomicInteger());
    }

    /** A fresh survey of the side's estate, opened by its street office; closed when asked. */
    String survey(Side side, boolean closed) {
        Api office = caller(Role.STREET_OFFICER, side);
        Api.Response opened = office.post("/api/surveys", opening(side.estate(), side.nextPeriod()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        if (closed) {
            Api.Response done = office.header("If-Match", "*").post("/api/surveys/" + opened.id() + "/closing", null);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
        }
        return opened.id();
    }

    /** A fresh code of a fresh survey of the side's estate. */
    String code(Side side) {
        Api.Response issued = caller(Role.STREET_OFFICER, side).header("If-Match", "*")
                .post("/api/surveys/" + survey(side, false) + "/codes", households("9-9-901"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        return issued.json().path("codes").get(0).path("code").asString();
    }

    Api caller(Role role, Side side) {
        return caller(role, side.street(), side.community(), side.company());
    }
}
