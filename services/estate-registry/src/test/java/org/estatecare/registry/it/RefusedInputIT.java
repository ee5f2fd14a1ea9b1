package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.bson.Document;
import org.estatecare.registry.territory.Community;
import org.estatecare.registry.territory.Street;
import org.estatecare.registry.territory.Streets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Dates that cannot be true, texts without bounds and a community code used twice: each refused with a
 * 4xx problem+json that names what is wrong, and nothing stored or changed.
 */
class RefusedInputIT extends RegistryIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    @DisplayName("R-TAKE-1, R-ELIG-2, DATE-RANGE: lifecycle dates in the future, out of order or absurd are refused with 422; the estate is unchanged")
    void lifecycleDatesThatCannotBeTrue() {
        LocalDate tomorrow = today().plusDays(1);
        String registered = as("admin").post("/api/estates", estateJson(uniqueName("dates"), "chunhua", "chunhua-xinhua",
                ELIGIBLE)).id();
        refusedUnchanged(registered, "/takeover-acceptance", takeover(tomorrow.toString()), "R-TAKE-1", "in-the-future", "acceptedOn");
        refusedUnchanged(registered, "/takeover-acceptance", takeover("1949-09-30"), "DATE-RANGE", "out-of-range", "acceptedOn");
        refusedUnchanged(registered, "/takeover-acceptance", takeover("2025-12-19"), "R-TAKE-1",
                "takeover-before-renovation-acceptance", "acceptedOn");

        String taken = as("admin").post("/api/estates", estateJson(uniqueName("dates"), "chunhua", "chunhua-xinhua", ELIGIBLE)).id();
        as("admin").post("/api/estates/" + taken + "/takeover-acceptance", takeover("2026-01-10"));
        refusedUnchanged(taken, "/filing", "{\"filedOn\": \"2026-01-09\"}", "R-TAKE-1", "filed-before-takeover", "filedOn");
        refusedUnchanged(taken, "/filing", "{\"filedOn\": \"" + tomorrow + "\"}", "R-TAKE-1", "in-the-future", "filedOn");

        String filed = filedEstate(ELIGIBLE); // filed 2026-01-20
        refusedUnchanged(filed, "/inclusion", "{\"includedOn\": \"" + tomorrow + "\", \"managementMode\": \"SERVICE_COMPANY\"}",
                "R-TAKE-1", "in-the-future", "includedOn");
        refusedUnchanged(filed, "/non-inclusion", "{\"decidedOn\": \"2026-01-19\", \"reason\": \"r\"}",
                "R-ELIG-2", "before-last-step", "decidedOn");
        refusedUnchanged(filed, "/non-inclusion", "{\"decidedOn\": \"2101-01-01\", \"reason\": \"r\"}",
                "DATE-RANGE", "out-of-range", "decidedOn");
    }

    @Test
    @DisplayName("R-EXIT-1, R-MODE-1: an exit or a mode before inclusion, more than a year ahead or after 2100 is refused with 422; nothing changes")
    void exitAndModeDatesThatCannotBeTrue() {
        String id = filedEstate(ELIGIBLE);
        as("admin").post("/api/estates/" + id + "/inclusion", "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}");
        LocalDate beyond = today().plusYears(1).plusDays(1);

        refusedUnchanged(id, "/exit", "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"2026-01-31\"}",
                "R-EXIT-1", "effective-before-inclusion", "effectiveDate");
        refusedUnchanged(id, "/exit", "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"" + beyond + "\"}",
                "R-EXIT-1", "too-far-ahead", "effectiveDate");
        refusedUnchanged(id, "/exit", "{\"reason\": \"DEMOLITION\", \"effectiveDate\": \"2101-01-01\"}",
                "DATE-RANGE", "out-of-range", "effectiveDate");
        refusedUnchanged(id, "/management-mode", "{\"mode\": \"OWNER_SELF_MANAGEMENT\", \"effectiveFrom\": \"2026-01-31\"}",
                "R-MODE-1", "before-inclusion", "effectiveFrom");
        refusedUnchanged(id, "/management-mode", "{\"mode\": \"OWNER_SELF_MANAGEMENT\", \"effectiveFrom\": \"" + beyond + "\"}",
                "R-MODE-1", "too-far-ahead", "effectiveFrom");
        refusedUnchanged(id, "/maintenance", "{\"sharedFacilityWarrantyEndsOn\": \"1900-01-01\"}",
                "DATE-RANGE", "out-of-range", "sharedFacilityWarrantyEndsOn");
    }

    @Test
    @DisplayName("R-ELIG-1: a renovation accepted before its approval, or approved in the future, is not registered")
    void renovationDatesThatCannotBeTrue() {
        String backwards = """
                {"approvalDocument": "津政批〔2025〕88号", "approvedOn": "2025-04-01", "acceptance": "QUALIFIED",
                 "acceptedOn": "2025-03-31", "municipalSubsidy": true}""";
        String future = """
                {"approvalDocument": "津政批〔2025〕88号", "approvedOn": "%s", "municipalSubsidy": true}"""
                .formatted(today().plusDays(1));

        assertRegistrationRefused(backwards, "accepted-before-approval", "renovation.acceptedOn");
        assertRegistrationRefused(future, "in-the-future", "renovation.approvedOn");
    }

    @Test
    void textsNumbersAndCodesOutOfBoundsAreRefusedWith400AndNothingIsStored() {
        String ok = estateJson("BOUND", "chunhua", "chunhua-xinhua", ELIGIBLE);
        List<String> bodies = List.of(
                ok.replace("\"BOUND\"", "\"" + "名".repeat(101) + "\""),
                ok.replace("\"BOUND\"", "\"名\\t字\""),
                ok.replace("\"street\": \"chunhua\"", "\"street\": \"CHUNHUA\""),
                ok.replace("\"community\": \"chunhua-xinhua\"", "\"community\": \"chunhua xinhua\""),
                ok.replace("河东区春华街1号", "址".repeat(201)),
                ok.replace("河东民〔2026〕1号", "文".repeat(201)),
                ok.replace("\"floorArea\": 31250.50", "\"floorArea\": 31250.505"),
                ok.replace("\"floorArea\": 31250.50", "\"floorArea\": 6000000"),
                ok.replace("\"households\": 480", "\"households\": 480.9"),
                ok.replace("\"buildings\": 12", "\"buildings\": 1001"),
                ok.replace("registered in a test", "注".repeat(2001)));
        long before = mongo.count(new Query(), "estate");

        for (String body : bodies) {
            Api.Response response = as("admin").post("/api/estates", body);
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }

        assertThat(mongo.count(new Query(), "estate")).isEqualTo(before);
        assertThat(as("admin").get("/api/estates?name=" + "n".repeat(101)).status()).isEqualTo(400);
    }

    @Test
    void streetAndCommitteeTextsAreBounded() {
        String code = "len-" + UUID.randomUUID().toString().substring(0, 8);
        for (String body : List.of(
                "{\"code\": \"" + code + "\", \"name\": \"" + "街".repeat(100 * 1024) + "\"}",
                "{\"code\": \"" + code + "\", \"name\": \"" + "街".repeat(101) + "\"}",
                "{\"code\": \"" + code + "\", \"name\": \"n\", \"communities\": [{\"code\": \"" + code + "-a\", \"name\": \"a\\nb\"}]}",
                "{\"code\": \"" + code + "\", \"name\": \"n\", \"communities\": [null]}")) {
            Api.Response response = as("admin").post("/api/streets", body);
            assertThat(response.status()).as(response.toString()).isBetween(400, 413);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(streetCodes()).doesNotContain(code);

        String id = filedEstate(ELIGIBLE);
        Api.Response member = as("admin").post("/api/estates/" + id + "/management-committee",
                "{\"members\": [{\"name\": \"" + "王".repeat(51) + "\", \"capacity\": \"PROPERTY_OWNER\"}]}");
        assertThat(member.status()).as(member.toString()).isEqualTo(400);
    }

    @Test
    @DisplayName("R-PRIN-1: a community code is unique in the district; a street reusing one is refused with 422 and not stored")
    void communityCodeIsUniqueAcrossTheDistrict() {
        String code = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        Api admin = as("admin");

        Api.Response reused = admin.post("/api/streets", """
                {"code": "%s", "name": "重复街道", "communities": [{"code": "%s-a", "name": "新社区"},
                 {"code": "chunhua-xinhua", "name": "冒名社区"}]}""".formatted(code, code));

        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode violation = reused.json().path("violations").get(0);
        assertThat(violation.path("rule").asString()).isEqualTo("R-PRIN-1");
        assertThat(violation.path("condition").asString()).isEqualTo("community-code-taken");
        assertThat(violation.path("about").asString()).isEqualTo("chunhua-xinhua");
        assertThat(streetCodes()).doesNotContain(code);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(code + "-a")), "communityCode"))
                .as("the claims of a refused street are given back").isZero();

        Api.Response twice = admin.post("/api/streets", """
                {"code": "%s", "name": "街道", "communities": [{"code": "%s-b", "name": "甲"}, {"code": "%s-b", "name": "乙"}]}"""
                .formatted(code, code, code));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(422);

        Api.Response fine = admin.post("/api/streets", """
                {"code": "%s", "name": "街道", "communities": [{"code": "%s-a", "name": "新社区"}]}""".formatted(code, code));
        assertThat(fine.status()).as(fine.toString()).isEqualTo(201);
        Api.Response sameStreet = admin.post("/api/streets", """
                {"code": "%s", "name": "街道", "communities": [{"code": "%s-c", "name": "另一社区"}]}""".formatted(code, code));
        assertThat(sameStreet.status()).as(sameStreet.toString()).isEqualTo(409);
        assertThat(mongo.count(Query.query(Criteria.where("_id").is(code + "-c")), "communityCode")).isZero();
    }

    @Test
    @DisplayName("R-PRIN-1: at start, a street stored before codes were claimed gets its claims; a claim left by a street never stored is released")
    void claimsAreReconciledAtStart() {
        String code = "old-" + UUID.randomUUID().toString().substring(0, 8);
        mongo.insert(new Street(code, "旧街道", List.of(new Community(code + "-a", "旧社区"))));
        Instant now = CLOCK.instant();
        mongo.insert(new Document("_id", code + "-left").append("street", code + "-never")
                .append("claimedAt", Date.from(now.minus(Duration.ofMinutes(2)))), "communityCode");
        mongo.insert(new Document("_id", code + "-pending").append("street", code + "-storing")
                .append("claimedAt", Date.from(now)), "communityCode");

        new Streets(mongo, CLOCK);

        Document claimed = mongo.findById(code + "-a", Document.class, "communityCode");
        assertThat(claimed).isNotNull();
        assertThat(claimed.getString("street")).isEqualTo(code);
        assertThat(mongo.findById(code + "-left", Document.class, "communityCode")).as("abandoned").isNull();
        assertThat(mongo.findById(code + "-pending", Document.class, "communityCode")).as("a street may still be on its way").isNotNull();
        Api.Response reused = as("admin").post("/api/streets", """
                {"code": "%s-b", "name": "新街道", "communities": [{"code": "%s-a", "name": "冒名社区"}]}""".formatted(code, code));
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        mongo.remove(Query.query(Criteria.where("_id").is(code + "-pending")), "communityCode");
    }

    /** A 422 naming rule, condition and field; the estate's revision and history stay as they were. */
    void refusedUnchanged(String id, String command, String body, String rule, String condition, String field) {
        Api admin = as("admin").header("Accept-Language", "en");
        JsonNode before = admin.get("/api/estates/" + id).json();
        int historyBefore = admin.get("/api/estates/" + id + "/history").json().path("page").path("totalElements").asInt();

        Api.Response response = admin.post("/api/estates/" + id + command, body);

        assertThat(response.status()).as(command + " " + body + " → " + response).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("violations")).as(response.body()).anySatisfy(v -> {
            assertThat(v.path("rule").asString()).isEqualTo(rule);
            assertThat(v.path("condition").asString()).isEqualTo(condition);
            assertThat(v.path("about").asString()).isEqualTo(field);
            assertThat(v.path("message").asString()).isNotBlank();
        });
        JsonNode after = admin.get("/api/estates/" + id).json();
        assertThat(after.path("revision").asLong()).isEqualTo(before.path("revision").asLong());
        assertThat(after.path("status")).isEqualTo(before.path("status"));
        assertThat(admin.get("/api/estates/" + id + "/history").json().path("page").path("totalElements").asInt()).isEqualTo(historyBefore);
    }

    void assertRegistrationRefused(String renovation, String condition, String field) {
        String name = uniqueName("renovation");
        Api.Response response = as("admin").post("/api/estates", estateJson(name, "chunhua", "chunhua-xinhua", renovation));

        assertThat(response.status()).as(response.toString()).isEqualTo(422);
        assertThat(response.json().path("violations")).anySatisfy(v -> {
            assertThat(v.path("rule").asString()).isEqualTo("R-ELIG-1");
            assertThat(v.path("condition").asString()).isEqualTo(condition);
            assertThat(v.path("about").asString()).isEqualTo(field);
        });
        assertThat(mongo.count(Query.query(Criteria.where("details.name").is(name)), "estate")).isZero();
    }

    List<String> streetCodes() {
        return StreamSupport.stream(as("admin").get("/api/streets?size=200").json().path("content").spliterator(), false)
                .map(street -> street.path("code").asString()).toList();
    }
}
