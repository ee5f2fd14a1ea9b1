package org.estatecare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.estatecare.client.StubPlatform.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a real HTTP server standing in for the platform and its realm. */
class EstateCareTest {

    StubPlatform platform;
    EstateCare api;

    @BeforeEach
    void connect() throws Exception {
        platform = new StubPlatform();
        api = EstateCare.connect(platform.base(), TokenSource.clientCredentials(
                TokenSource.tokenEndpointOf(platform.issuer()), "dept-housing", "s3cret"));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void callsCarryAClientCredentialsTokenFetchedOnceWhileItLasts() {
        platform.answer(Answer.json(200, """
                {"content": [{"id": "e-1", "name": "春华里"}], "page": {"number": 0, "size": 20, "totalElements": 1, "totalPages": 1}}"""));

        Page page = api.estates().list("chunhua", null, "INCLUDED", 0, 20);
        api.estates().list("chunhua", null, null, null, null);

        assertThat(page.content()).extracting(e -> e.path("name").asString()).containsExactly("春华里");
        assertThat(page.page().totalElements()).isOne();
        assertThat(platform.received.get(0).path()).isEqualTo("/api/estates?street=chunhua&status=INCLUDED&page=0&size=20");
        assertThat(platform.received.get(1).path()).as("an argument left null is not sent").isEqualTo("/api/estates?street=chunhua");
        assertThat(platform.received).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer token-1"));
        assertThat(platform.tokenRequests).hasSize(1);
        assertThat(platform.tokenRequests.get(0).body()).isEqualTo("grant_type=client_credentials");
        assertThat(platform.tokenRequests.get(0).header("Authorization")).isEqualTo("Basic ZGVwdC1ob3VzaW5nOnMzY3JldA==");
    }

    @Test
    void everyPostCarriesItsOwnIdempotencyKeyAndReadsDoNot() {
        api.complaints().file(Map.of("estateId", "e-1", "category", "GROUND_LOCK", "description", "地锁"));
        api.complaints().file(Map.of("estateId", "e-1", "category", "GROUND_LOCK", "description", "地锁"));
        api.complaints().get("c-1");

        assertThat(platform.received.get(0).header("Idempotency-Key")).isNotBlank()
                .isNotEqualTo(platform.received.get(1).header("Idempotency-Key"));
        assertThat(platform.received.get(0).header("Content-Type")).startsWith("application/json");
        assertThat(platform.received.get(0).body()).contains("\"category\":\"GROUND_LOCK\"");
        assertThat(platform.received.get(2).header("Idempotency-Key")).isNull();
    }

    @Test
    void aRefusalArrivesAsTheProblemOfItsKind() {
        platform.answer(Answer.json(422, """
                {"type": "https://estatecare.org/problems/rule-violation", "title": "Rule violated", "status": 422,
                 "detail": "the estate is not in the scheme",
                 "violations": [{"rule": "R-ELIG-2", "condition": "not-in-scheme", "message": "not in the scheme", "about": "estateId"}]}"""));
        assertThatThrownBy(() -> api.agreements().draft(Map.of("estateId", "e-1")))
                .isInstanceOfSatisfying(ProblemException.RuleViolation.class, problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.type()).isEqualTo("rule-violation");
                    assertThat(problem.violations()).extracting(ProblemException.Violation::rule).containsExactly("R-ELIG-2");
                    assertThat(problem.violations().get(0).field()).isEqualTo("estateId");
                });

        platform.answer(Answer.json(404, "{\"type\": \"https://estatecare.org/problems/not-found\", \"status\": 404}"));
        assertThatThrownBy(() -> api.estates().get("e-none")).isInstanceOf(ProblemException.NotFound.class);
        platform.answer(Answer.json(400, """
                {"type": "https://estatecare.org/problems/validation", "status": 400, "errors": [{"field": "termEnd", "message": "is a date"}]}"""));
        assertThatThrownBy(() -> api.agreements().draft(Map.of())).isInstanceOfSatisfying(ProblemException.BadRequest.class,
                problem -> assertThat(problem.violations()).extracting(ProblemException.Violation::field).containsExactly("termEnd"));
        assertThat(platform.received).as("refusals other than 429 and 503 are not retried").hasSize(3);
    }

    @Test
    void a503IsRetriedAfterItsRetryAfterWithTheSameIdempotencyKey() {
        platform.answer(Answer.json(503, "{\"type\": \"https://estatecare.org/problems/service-unavailable\", \"status\": 503}")
                .with("Retry-After", "1"), Answer.json(200, "{\"id\": \"c-1\"}"));

        assertThat(api.complaints().file(Map.of("estateId", "e-1")).path("id").asString()).isEqualTo("c-1");

        assertThat(platform.received).hasSize(2);
        assertThat(platform.received.get(1).header("Idempotency-Key")).isEqualTo(platform.received.get(0).header("Idempotency-Key"));
        assertThat(Duration.ofNanos(platform.received.get(1).at() - platform.received.get(0).at()))
                .as("waited what Retry-After said").isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void a429ThatLastsIsTheTypedProblemOnceTheAttemptsAreSpent() {
        platform.answer(Answer.json(429, "{\"type\": \"https://estatecare.org/problems/rate-limited\", \"status\": 429}")
                .with("Retry-After", "0"));

        assertThatThrownBy(() -> api.estates().get("e-1")).isInstanceOf(ProblemException.RateLimited.class);
        assertThat(platform.received).hasSize(EstateCare.ATTEMPTS);
    }
}
