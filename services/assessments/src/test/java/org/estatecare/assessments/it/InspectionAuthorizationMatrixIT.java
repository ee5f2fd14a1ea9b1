package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.assessments.it.InspectionJson.LITTER;
import static org.estatecare.assessments.it.InspectionJson.correction;
import static org.estatecare.assessments.it.InspectionJson.recording;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.estatecare.assessments.it.InspectionMatrix.Row;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks the inspection rows of the authorization matrix over HTTP: every inspection endpoint × every
 * role × an inspection of the caller's own scope and of another's, each inspection fresh for its call.
 */
class InspectionAuthorizationMatrixIT extends AssessmentsIntegrationTest {

    static final LocalDate INCLUDED = LocalDate.of(2025, 1, 1);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The caller's own territory and company, and another's. */
    record Side(String street, String community, String company, String estate) {
    }

    @Test
    void everyInspectionEndpointHasARow() {
        Set<String> endpoints = new TreeSet<>(AuthorizationMatrices.endpoints(mappings).stream()
                .filter(endpoint -> endpoint.contains(" /api/inspections")).toList());
        assertThat(InspectionMatrix.ROWS.stream().map(row -> row.line().endpoint()).toList())
                .containsExactlyInAnyOrderElementsOf(endpoints);
    }

    @Test
    void everyRoleOnOwnAndOtherScopeGetsWhatTheMatrixSays() {
        Side own = side("own");
        Side other = side("other");
        List<String> mismatches = new ArrayList<>();
        for (Row row : InspectionMatrix.ROWS) {
            for (Role role : Role.values()) {
                for (Side side : List.of(own, other)) {
                    String level = levelOf(role);
                    String path = row.path().contains("{id}") ? row.path().replace("{id}", inspection(level, side)) : row.path();
                    String body = switch (row.method()) {
                        case "POST" -> recording(side.estate(), level, today().minusDays(1));
                        case "PUT" -> correction(today().minusDays(2), LITTER, "复核更正");
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
        return new Side(street, community, company, estate);
    }

    /** The level a role records; the committee's daily check for roles that record none. */
    static String levelOf(Role role) {
        return switch (role) {
            case DISTRICT_ADMIN -> "DISTRICT_SPOT";
            case MUNICIPAL_INSPECTOR -> "MUNICIPAL_SPOT";
            case STREET_OFFICER -> "STREET_MONTHLY";
            default -> "COMMITTEE_DAILY";
        };
    }

    /** A fresh inspection of the side's estate at that level, recorded by the level's own recorder there. */
    String inspection(String level, Side side) {
        Role recorder = switch (level) {
            case "DISTRICT_SPOT" -> Role.DISTRICT_ADMIN;
            case "MUNICIPAL_SPOT" -> Role.MUNICIPAL_INSPECTOR;
            case "STREET_MONTHLY" -> Role.STREET_OFFICER;
            default -> Role.COMMUNITY_OFFICER;
        };
        Api.Response recorded = caller(recorder, side).post("/api/inspections", recording(side.estate(), level, today().minusDays(1)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        return recorded.id();
    }

    Api caller(Role role, Side side) {
        return caller(role, side.street(), side.community(), side.company());
    }
}
