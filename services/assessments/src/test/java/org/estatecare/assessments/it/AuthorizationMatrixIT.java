package org.estatecare.assessments.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.estatecare.kit.testing.AuthorizationMatrices.assertDocShows;
import static org.estatecare.kit.testing.AuthorizationMatrices.assertEveryEndpointHasALine;
import static org.estatecare.kit.testing.AuthorizationMatrices.markdown;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.estatecare.kit.security.Role;
import org.estatecare.kit.testing.AuthorizationMatrices.Line;
import org.estatecare.kit.testing.AuthorizationMatrices.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The assessments service's authorization matrix: every endpoint × role × own/other scope. An endpoint
 * without a row fails; the whole table is rendered to docs/authorization-assessments.md. The rows of
 * schemes and period scores are walked here over HTTP; inspections and surveys by their own matrix tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends AssessmentsIntegrationTest {

    static final Path DOC = Path.of("../../docs/authorization-assessments.md");
    static final String INTRODUCTION = """
            Generated from `AuthorizationMatrixIT` in the assessments service, whose matrix tests call every
            endpoint as every role. Each cell is *own / other*: "own" is the caller's street (its scheme),
            an estate of the caller's street and community served by the caller's company (its inspections,
            surveys and assessments); "other" is another street, another estate, another company. ✔ allowed,
            403 the role may not, 404 outside the caller's scope. Each street office drafts its scheme and the
            district approves it (R-ASM-1); each level records its own inspections (R-ASM-2, R-ASM-3); the
            street office runs the satisfaction surveys (R-ASM-4) and computes, confirms and publishes its
            street's scores. A company sees its own estates' published results, a residents' committee its
            community's inspections, a resident only published figures. Rectification orders are answered by
            the company they are addressed to and verified by the level that found the problem; the street
            office asks for a re-inspection, the district or the city performs it (R-ASM-3). The district's
            evaluation (R-ASM-5) is read district-wide by the district, auditors and municipal inspectors, by
            a street office for its own street, and its rankings by departments. A street office convenes its joint
            meetings, keeps their minutes and follows their action items (the district may on its behalf); members
            (departments, companies) read the meetings they sit on and report their own action items done (R-JOINT-1).
            Referrals to the district are read by the district, inspectors, auditors and the street concerned;
            only the district refers major and legacy problems and records how each was settled (R-DIST-1).
            """;
    static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** A territory and company: a street, one of its communities, a company serving an estate there. */
    record Side(String street, String community, String company, String estate) {
    }

    private Side own;
    private Side other;
    private final Map<String, String> published = new HashMap<>();
    private final Map<String, YearMonth> nextMonth = new HashMap<>();

    static List<Line> lines() {
        return Stream.of(SchemeMatrix.ROWS.stream().map(SchemeMatrix.Row::line),
                        InspectionMatrix.ROWS.stream().map(InspectionMatrix.Row::line),
                        SurveyMatrix.ROWS.stream().map(SurveyMatrix.Row::line),
                        AssessmentMatrix.ROWS.stream().map(AssessmentMatrix.Row::line),
                        RectificationMatrix.ROWS.stream().map(RectificationMatrix.Row::line),
                        EvaluationMatrix.ROWS.stream().map(EvaluationMatrix.Row::line),
                        CoordinationMatrix.ROWS.stream().map(CoordinationMatrix.Row::line))
                .flatMap(s -> s).toList();
    }

    @BeforeAll
    void scene() {
        own = side("own");
        other = side("other");
        for (Side side : List.of(own, other)) {
            String id = draftAssessment(side);
            as("admin").post("/api/assessments/" + id + "/confirmation", null);
            Api.Response done = as("admin").post("/api/assessments/" + id + "/publication", null);
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            published.put(side.estate(), id);
        }
    }

    @Test
    void everyEndpointHasARow() {
        assertEveryEndpointHasALine(mappings, lines());
    }

    @Test
    void theDocumentShowsTheMatrix() {
        assertDocShows(DOC, markdown("Authorization matrix: assessments", INTRODUCTION, lines()));
    }

    @Test
    void schemesAnswerEveryRoleAsTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        for (SchemeMatrix.Row row : SchemeMatrix.ROWS) {
            for (Role role : Role.values()) {
                for (boolean ownScope : List.of(true, false)) {
                    String callerStreet = unique("ms");
                    String scheme = ownScope ? callerStreet : unique("ms");
                    String version = switch (row.target()) {
                        case NONE -> "1";
                        case SCHEME -> approvedScheme(scheme);
                        case DRAFT -> draftScheme(scheme);
                        case SUBMITTED -> submittedScheme(scheme);
                    };
                    String path = row.path().replace("{owner}", scheme).replace("{version}", version);
                    String body = switch (row.method()) {
                        case "POST", "PUT" -> path.endsWith("/versions") || row.method().equals("PUT") ? versionBody()
                                : path.endsWith("/rejection") ? "{\"reason\": \"重拟\"}" : "{}";
                        default -> null;
                    };
                    Side callerSide = new Side(callerStreet, callerStreet + "-c1", unique("mc"), null);
                    Api.Response response = caller(role, callerSide).header("If-Match", "*").send(row.method(), path, body);
                    check(mismatches, row.line(), role, ownScope, response);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void periodScoresAnswerEveryRoleAsTheMatrixSays() {
        List<String> mismatches = new ArrayList<>();
        for (AssessmentMatrix.Row row : AssessmentMatrix.ROWS) {
            for (Role role : Role.values()) {
                for (boolean ownScope : List.of(true, false)) {
                    Side target = ownScope ? own : other;
                    String id = switch (row.target()) {
                        case NONE -> "";
                        case PUBLISHED -> published.get(target.estate());
                        case DRAFT -> draftAssessment(target);
                        case CONFIRMED -> confirmedAssessment(target);
                    };
                    String path = row.path().endsWith("/due-reports")
                            ? row.path() + "?street=" + target.street() + "&quarter=2026-Q3" : row.path().replace("{id}", id);
                    String body = row.path().endsWith("/computation")
                            ? "{\"estateId\": \"%s\", \"period\": \"2021-06\"}".formatted(target.estate()) : null;
                    Api.Response response = caller(role, own).send(row.method(), path, body);
                    check(mismatches, row.line(), role, ownScope, response);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    static void check(List<String> mismatches, Line line, Role role, boolean ownScope, Api.Response response) {
        Outcome expected = line.expected(role, ownScope);
        Outcome actual = Outcome.of(response.status());
        if (actual != expected) {
            mismatches.add(line.endpoint() + " as " + role.code() + " (" + (ownScope ? "own" : "other") + "): expected "
                    + expected + ", got " + response.status() + " " + response.body());
        }
    }

    Side side(String name) {
        String street = unique(name);
        String community = street + "-c1";
        String company = unique(name + "-company");
        String estate = includedEstate(street, community, SINCE);
        servedBy(estate, company, SINCE, LocalDate.of(2030, 12, 31));
        return new Side(street, community, company, estate);
    }

    /** A fresh draft: the next month not yet computed for the side's estate (a company served it: assessable). */
    String draftAssessment(Side side) {
        YearMonth month = nextMonth.merge(side.estate(), YearMonth.from(SINCE), (was, one) -> was.plusMonths(1));
        Api.Response computed = as("admin").post("/api/assessments/computation",
                "{\"estateId\": \"%s\", \"period\": \"%s\"}".formatted(side.estate(), month));
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        return computed.json().path("assessments").get(0).path("id").asString();
    }

    String confirmedAssessment(Side side) {
        String id = draftAssessment(side);
        assertThat(as("admin").post("/api/assessments/" + id + "/confirmation", null).status()).isEqualTo(200);
        return id;
    }

    String versionBody() {
        String rules = as("admin").get("/api/assessment-schemes/district/versions/1").json().path("rules").toString();
        return "{\"effectiveFrom\": \"%s\", \"rules\": %s}".formatted(today().withDayOfMonth(1), rules);
    }

    Api officerOf(String street) {
        return caller(Role.STREET_OFFICER, new Side(street, street + "-c1", null, null));
    }

    String draftScheme(String street) {
        Api.Response drafted = officerOf(street).post("/api/assessment-schemes/" + street + "/versions", versionBody());
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return "1";
    }

    String submittedScheme(String street) {
        draftScheme(street);
        assertThat(officerOf(street).post("/api/assessment-schemes/" + street + "/versions/1/submission", null).status())
                .isEqualTo(200);
        return "1";
    }

    String approvedScheme(String street) {
        submittedScheme(street);
        assertThat(as("admin").post("/api/assessment-schemes/" + street + "/versions/1/approval", "{}").status()).isEqualTo(200);
        return "1";
    }

    Api caller(Role role, Side side) {
        return caller(role, side.street(), side.community(), side.company());
    }
}
