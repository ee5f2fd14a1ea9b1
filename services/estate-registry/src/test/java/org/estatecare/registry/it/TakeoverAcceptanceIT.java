package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Takeover acceptance against the standard over HTTP: a failed attempt, the re-acceptance, who recorded each. */
class TakeoverAcceptanceIT extends RegistryIntegrationTest {

    static final String ROOF_FAILED = PASSED_ITEMS.replace(
            "{\"item\": \"ROOFS_AND_WATERPROOFING\", \"result\": \"PASS\"}",
            "{\"item\": \"ROOFS_AND_WATERPROOFING\", \"result\": \"FAIL\", \"note\": \"3号楼屋面渗漏，需重做防水\"}");

    @Test
    @DisplayName("R-TAKE-2: a failed item keeps the estate from filing until a re-acceptance passes; both attempts are shown")
    void failedAttemptThenReAcceptance() {
        Api admin = as("admin");
        String id = admin.post("/api/estates", estateJson(uniqueName("takeover"), "chunhua", "chunhua-xinhua", ELIGIBLE)).id();

        Api.Response failed = as("inspector").post("/api/estates/" + id + "/takeover-acceptance",
                "{\"acceptedOn\": \"2026-01-10\", \"items\": " + ROOF_FAILED + ", \"documents\": [\"津民验〔2026〕3号\"]}");

        assertThat(failed.status()).as(failed.toString()).isEqualTo(200);
        JsonNode takeover = failed.json().path("takeover");
        assertThat(failed.json().path("status").path("code").asString()).isEqualTo("REGISTERED");
        assertThat(failed.json().hasNonNull("takeoverAcceptedOn")).isFalse();
        assertThat(takeover.path("awaitingReAcceptance").asBoolean()).isTrue();
        JsonNode first = takeover.path("attempts").get(0);
        assertThat(first.path("number").asInt()).isEqualTo(1);
        assertThat(first.path("result").path("code").asString()).isEqualTo("FAIL");
        assertThat(first.path("itemsToPutRight")).hasSize(1);
        assertThat(first.path("itemsToPutRight").get(0).path("item").path("code").asString()).isEqualTo("ROOFS_AND_WATERPROOFING");
        assertThat(first.path("itemsToPutRight").get(0).path("note").asString()).isEqualTo("3号楼屋面渗漏，需重做防水");
        assertThat(first.path("items")).hasSize(10);
        assertThat(first.path("recordedBy").asString()).isEqualTo("inspector");
        assertThat(first.path("recordedByRole").asString()).isEqualTo("municipal-inspector");
        assertThat(first.hasNonNull("recordedOnBehalfOf")).isFalse();
        assertThat(first.path("documents").get(0).asString()).isEqualTo("津民验〔2026〕3号");

        Api.Response filing = admin.post("/api/estates/" + id + "/filing", "{\"filedOn\": \"2026-01-20\"}");
        assertThat(filing.status()).as(filing.toString()).isEqualTo(409);
        assertThat(filing.header("Content-Type")).startsWith("application/problem+json");

        Api.Response passed = admin.post("/api/estates/" + id + "/takeover-acceptance", takeover("2026-02-03"));

        assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
        assertThat(passed.json().path("status").path("code").asString()).isEqualTo("TAKEOVER_ACCEPTED");
        assertThat(passed.json().path("takeoverAcceptedOn").asString()).isEqualTo("2026-02-03");
        assertThat(passed.json().path("takeover").path("awaitingReAcceptance").asBoolean()).isFalse();
        JsonNode second = passed.json().path("takeover").path("attempts").get(1);
        assertThat(second.path("number").asInt()).isEqualTo(2);
        assertThat(second.path("result").path("code").asString()).isEqualTo("PASS");
        assertThat(second.path("recordedBy").asString()).isEqualTo("admin");
        assertThat(second.path("recordedByRole").asString()).isEqualTo("district-admin");
        assertThat(second.path("recordedOnBehalfOf").asString()).isEqualTo("municipal civil affairs bureau");
        assertThat(admin.post("/api/estates/" + id + "/filing", "{\"filedOn\": \"2026-02-10\"}").status()).isEqualTo(200);
        assertThat(admin.get("/api/estates/" + id + "/history").json().path("content")).extracting(e -> e.path("action").asString())
                .contains("takeover-failed", "takeover-accepted", "filed");
    }

    @Test
    @DisplayName("R-TAKE-2: an attempt missing items of the standard is 422 naming them, and records nothing")
    void missingItemsAreRefused() {
        Api admin = as("admin").header("Accept-Language", "en");
        String id = admin.post("/api/estates", estateJson(uniqueName("takeover"), "chunhua", "chunhua-xinhua", ELIGIBLE)).id();
        long revision = admin.get("/api/estates/" + id).json().path("revision").asLong();

        Api.Response refused = admin.post("/api/estates/" + id + "/takeover-acceptance",
                "{\"acceptedOn\": \"2026-01-10\", \"items\": [{\"item\": \"BUILDING_STRUCTURE\", \"result\": \"PASS\"}]}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("violations")).anySatisfy(v -> {
            assertThat(v.path("rule").asString()).isEqualTo("R-TAKE-2");
            assertThat(v.path("condition").asString()).isEqualTo("items-missing");
            assertThat(v.path("about").asString()).isEqualTo("items");
        });
        JsonNode after = admin.get("/api/estates/" + id).json();
        assertThat(after.path("revision").asLong()).isEqualTo(revision);
        assertThat(after.path("takeover").path("attempts")).isEmpty();
    }

    @Test
    @DisplayName("R-TAKE-1: an attempt without item results is malformed (400), the checklist is the acceptance")
    void itemsAreRequired() {
        String id = as("admin").post("/api/estates", estateJson(uniqueName("takeover"), "chunhua", "chunhua-xinhua", ELIGIBLE)).id();

        Api.Response refused = as("inspector").post("/api/estates/" + id + "/takeover-acceptance", "{\"acceptedOn\": \"2026-01-10\"}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("R-TAKE-2: the standard's checklist is published with its labels")
    void checklistIsPublished() {
        JsonNode codes = as("chunhua-officer").get("/api/codes/estates").json();

        assertThat(codes.path("takeoverItem")).extracting(c -> c.path("code").asString())
                .contains("BUILDING_STRUCTURE", "LIFTS", "ARCHIVES_HANDED_OVER").hasSize(10);
        assertThat(codes.path("takeoverItem").get(0).path("label").asString()).isEqualTo("房屋主体结构安全");
        assertThat(codes.path("takeoverItemWhereApplicable")).extracting(c -> c.path("code").asString()).containsExactly("LIFTS");
        assertThat(codes.path("takeoverResult")).extracting(c -> c.path("code").asString()).containsExactly("PASS", "FAIL");
    }
}
