package org.estatecare.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.estatecare.client.StubPlatform.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A department's Spring Boot application: the APIs injected, configured by properties alone. */
class SpringApplicationTest {

    @SpringBootApplication
    @EnableEstateCareClient
    static class Department {
    }

    @Test
    void theApisAreInjectedWithTokensIdempotencyKeysAndTypedProblems() throws Exception {
        try (StubPlatform platform = new StubPlatform();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(Department.class)
                     .web(WebApplicationType.NONE)
                     .properties(Map.of("estatecare.client.base-url", platform.base().toString(),
                             "estatecare.client.issuer", platform.issuer().toString(),
                             "estatecare.client.client-id", "dept-housing",
                             "estatecare.client.client-secret", "s3cret"))
                     .run()) {
            platform.answer(Answer.json(200, "{\"id\": \"c-1\", \"status\": {\"code\": \"ASSIGNED\"}}"));
            ComplaintsApi complaints = context.getBean(ComplaintsApi.class);

            assertThat(complaints.file(Map.of("estateId", "e-1")).path("status").path("code").asString()).isEqualTo("ASSIGNED");
            assertThat(platform.received.get(0).header("Authorization")).isEqualTo("Bearer token-1");
            assertThat(platform.received.get(0).header("Idempotency-Key")).isNotBlank();

            platform.answer(Answer.json(403, "{\"type\": \"https://estatecare.org/problems/forbidden\", \"status\": 403}"));
            assertThatThrownBy(() -> context.getBean(EstatesApi.class).get("e-1")).isInstanceOf(ProblemException.Forbidden.class);
            platform.answer(Answer.json(503, "{\"status\": 503}").with("Retry-After", "0"), Answer.json(200, "{\"id\": \"r-1\"}"));
            assertThat(context.getBean(SubsidiesApi.class).run("r-1").path("id").asString()).as("retried").isEqualTo("r-1");
        }
    }
}
