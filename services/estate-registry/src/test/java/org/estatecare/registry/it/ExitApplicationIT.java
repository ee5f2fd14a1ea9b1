package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.estatecare.events.EventJson;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.testing.EventTap.Received;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Exit on application over HTTP: filed by the street office, decided by the district, the exit announced on estates.v1. */
class ExitApplicationIT extends RegistryIntegrationTest {

    @Test
    @DisplayName("R-EXIT-1, R-EXIT-2: the district approves an owner's application and the exit is announced with the decided day")
    void approvedApplicationExitsTheEstate() {
        String estate = includedEstate("chunhua", "chunhua-xinhua");
        String proposed = today().plusDays(20).toString();
        String decided = today().plusDays(30).toString();

        Api.Response applied = as("chunhua-officer").post("/api/estates/" + estate + "/exit-applications", """
                {"applicant": "PROPERTY_OWNER", "owner": "河东区房管局", "reason": "OWNER_SELF_MANAGEMENT",
                 "proposedEffectiveDate": "%s", "documents": ["产权单位自管申请书"]}""".formatted(proposed));

        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String application = applied.id();
        assertThat(applied.header("Location")).isEqualTo("/api/estates/" + estate + "/exit-applications/" + application);
        assertThat(applied.json().path("status").path("code").asString()).isEqualTo("PENDING");
        assertThat(applied.json().path("applicant").path("code").asString()).isEqualTo("PROPERTY_OWNER");
        assertThat(applied.json().path("owner").asString()).isEqualTo("河东区房管局");
        assertThat(as("admin").get("/api/estates/exit-applications/pending?street=chunhua&size=200").json().path("content"))
                .extracting(a -> a.path("id").asString()).contains(application);
        assertThat(as("dongxin-officer").get("/api/estates/exit-applications/pending?size=200").json().path("content"))
                .extracting(a -> a.path("id").asString()).doesNotContain(application);
        assertThat(as("admin").get("/api/estates/" + estate).json().path("status").path("code").asString()).isEqualTo("INCLUDED");

        Api.Response approved = as("admin").post("/api/estates/" + estate + "/exit-applications/" + application + "/approval",
                "{\"effectiveDate\": \"" + decided + "\", \"documents\": [\"东政复〔2026〕9号\"]}");

        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().path("status").path("code").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().path("decidedEffectiveDate").asString()).isEqualTo(decided);
        assertThat(approved.json().path("history")).extracting(s -> s.path("action").asString() + "/" + s.path("actor").asString())
                .containsExactly("filed/chunhua-officer", "approved/admin");
        JsonNode view = as("admin").get("/api/estates/" + estate).json();
        assertThat(view.path("exit").path("reason").path("code").asString()).isEqualTo("OWNER_SELF_MANAGEMENT");
        assertThat(view.path("exit").path("effectiveDate").asString()).isEqualTo(decided);
        assertThat(as("admin").get("/api/estates/exit-applications/pending?size=200").json().path("content"))
                .extracting(a -> a.path("id").asString()).doesNotContain(application);

        await().atMost(Duration.ofSeconds(30)).until(() -> ESTATE_EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals(EstateEvents.EXITED.type())));
        Received exited = ESTATE_EVENTS.of(estate).stream().filter(e -> e.type().equals(EstateEvents.EXITED.type())).findFirst()
                .orElseThrow();
        EstateExited payload = EventJson.read(exited.payload(), EstateExited.class);
        assertThat(payload.reason()).isEqualTo("OWNER_SELF_MANAGEMENT");
        assertThat(payload.effectiveDate()).hasToString(decided);
    }

    @Test
    @DisplayName("R-EXIT-1: a refusal keeps its reasons; a withdrawal closes the next; the estate stays included and nothing is announced")
    void refusedAndWithdrawn() {
        String estate = includedEstate("chunhua", "chunhua-xinhua");
        String first = pendingExitApplication(estate, "chunhua-officer");

        Api.Response second = as("chunhua-officer").post("/api/estates/" + estate + "/exit-applications",
                EXIT_APPLICATION.formatted(today().plusDays(1)));
        assertThat(second.status()).as("one pending application per estate").isEqualTo(409);
        assertThat(as("admin").post("/api/estates/" + estate + "/exit",
                "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"" + today().plusDays(1) + "\"}").status())
                .as("the pending application is decided, not bypassed").isEqualTo(409);

        Api.Response refused = as("admin").post("/api/estates/" + estate + "/exit-applications/" + first + "/refusal",
                "{\"reasons\": \"征收计划尚未批准\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.json().path("refusalReasons").asString()).isEqualTo("征收计划尚未批准");
        assertThat(as("admin").post("/api/estates/" + estate + "/exit-applications/" + first + "/approval", "{}").status())
                .isEqualTo(409);

        String next = pendingExitApplication(estate, "chunhua-officer");
        Api.Response withdrawn = as("chunhua-officer").post("/api/estates/" + estate + "/exit-applications/" + next + "/withdrawal",
                "{\"note\": \"街道撤回\"}");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().path("status").path("code").asString()).isEqualTo("WITHDRAWN");

        assertThat(as("auditor").get("/api/estates/" + estate + "/exit-applications").json().path("content"))
                .extracting(a -> a.path("status").path("code").asString()).containsExactly("REFUSED", "WITHDRAWN");
        assertThat(as("admin").get("/api/estates/" + estate).json().path("status").path("code").asString()).isEqualTo("INCLUDED");
        assertThat(ESTATE_EVENTS.of(estate)).extracting(Received::type).doesNotContain(EstateEvents.EXITED.type());
    }

    @Test
    @DisplayName("R-EXIT-1: an application without evidence is 422 naming R-EXIT-1 and documents, and records nothing")
    void evidenceIsRequired() {
        String estate = includedEstate("chunhua", "chunhua-xinhua");
        Api officer = as("chunhua-officer").header("Accept-Language", "en");

        Api.Response refused = officer.post("/api/estates/" + estate + "/exit-applications",
                "{\"applicant\": \"STREET_OFFICE\", \"reason\": \"DEMOLITION\", \"proposedEffectiveDate\": \"" + today() + "\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("violations")).anySatisfy(v -> {
            assertThat(v.path("rule").asString()).isEqualTo("R-EXIT-1");
            assertThat(v.path("about").asString()).isEqualTo("documents");
        });
        assertThat(officer.get("/api/estates/" + estate + "/exit-applications").json().path("content")).isEmpty();
    }

    @Test
    @DisplayName("R-PRIN-1: another street's officer neither applies for nor sees an estate's applications (404)")
    void streetScope() {
        String estate = includedEstate("chunhua", "chunhua-xinhua");

        assertThat(as("dongxin-officer").post("/api/estates/" + estate + "/exit-applications",
                EXIT_APPLICATION.formatted(today().plusDays(1))).status()).isEqualTo(404);
        assertThat(as("dongxin-officer").get("/api/estates/" + estate + "/exit-applications").status()).isEqualTo(404);
        assertThat(as("admin").post("/api/estates/" + estate + "/exit-applications",
                EXIT_APPLICATION.formatted(today().plusDays(1))).status()).as("the district decides, it does not apply")
                .isEqualTo(403);
    }
}
