package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.estatecare.events.EventJson;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.ManagementCommitteeChanged;
import org.estatecare.registry.upgrade.CommitteeCapacityUpgrade;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** The management committee's make-up over HTTP, the signing party announced on estates.v1, and stored capacities upgraded. */
class CommitteeMakeUpIT extends RegistryIntegrationTest {

    static final String COMMITTEE = """
            {"members": [{"name": "王建华", "capacity": "PROPERTY_OWNER"}, {"name": "李秀英", "capacity": "RESIDENTS_COMMITTEE"},
                         {"name": "赵志强", "capacity": "RESIDENT_REPRESENTATIVE"}], "documents": ["春华街〔2026〕7号"]}""";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CommitteeCapacityUpgrade upgrade;

    @Test
    @DisplayName("R-COMM-1: a complete committee signs and is announced; the residents' committee acting again signs in its place")
    void signingPartyFollowsTheCommittee() {
        String estate = includedEstate("chunhua", "chunhua-xinhua");
        Api officer = as("chunhua-officer");

        Api.Response appointed = officer.post("/api/estates/" + estate + "/management-committee", COMMITTEE);

        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);
        JsonNode committee = appointed.json().path("committee");
        assertThat(committee.path("signingParty").path("code").asString()).isEqualTo("MANAGEMENT_COMMITTEE");
        assertThat(committee.path("members")).extracting(m -> m.path("capacity").path("code").asString())
                .containsExactly("PROPERTY_OWNER", "RESIDENTS_COMMITTEE", "RESIDENT_REPRESENTATIVE");
        assertThat(committee.path("members").get(1).path("capacity").path("label").asString()).isEqualTo("社区居民委员会");

        Api.Response acting = officer.post("/api/estates/" + estate + "/management-committee", "{\"residentsCommitteeActs\": true}");
        assertThat(acting.status()).as(acting.toString()).isEqualTo(200);
        assertThat(acting.json().path("committee").path("signingParty").path("code").asString()).isEqualTo("RESIDENTS_COMMITTEE");

        await().atMost(Duration.ofSeconds(30)).until(() -> ESTATE_EVENTS.of(estate).stream()
                .filter(e -> e.type().equals(EstateEvents.MANAGEMENT_COMMITTEE_CHANGED.type())).count() == 2);
        List<String> signingParties = ESTATE_EVENTS.of(estate).stream()
                .filter(e -> e.type().equals(EstateEvents.MANAGEMENT_COMMITTEE_CHANGED.type()))
                .map(e -> EventJson.read(e.payload(), ManagementCommitteeChanged.class).signingParty()).toList();
        assertThat(signingParties).containsExactly("MANAGEMENT_COMMITTEE", "RESIDENTS_COMMITTEE");
    }

    @Test
    @DisplayName("R-COMM-1: a committee missing capacities is 422 naming each, and changes nothing")
    void incompleteCommitteeIsRefused() {
        String estate = includedEstate("chunhua", "chunhua-xinhua");
        Api officer = as("chunhua-officer").header("Accept-Language", "en");
        long revision = officer.get("/api/estates/" + estate).json().path("revision").asLong();

        Api.Response refused = officer.post("/api/estates/" + estate + "/management-committee",
                "{\"members\": [{\"name\": \"王建华\", \"capacity\": \"PROPERTY_OWNER\"}]}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("violations")).extracting(v -> v.path("rule").asString() + " " + v.path("condition").asString()
                + " " + v.path("about").asString())
                .containsExactly("R-COMM-1 residents-committee-missing members", "R-COMM-1 resident-representative-missing members");
        JsonNode after = officer.get("/api/estates/" + estate).json();
        assertThat(after.path("revision").asLong()).isEqualTo(revision);
        assertThat(after.path("committee").path("signingParty").path("code").asString()).isEqualTo("RESIDENTS_COMMITTEE");
    }

    @Test
    @DisplayName("R-COMM-1: members given to an acting residents' committee, or a capacity not among the codes, are 400")
    void malformedCommittees() {
        String estate = includedEstate("chunhua", "chunhua-xinhua");
        Api officer = as("chunhua-officer");

        assertThat(officer.post("/api/estates/" + estate + "/management-committee",
                "{\"residentsCommitteeActs\": true, \"members\": [{\"name\": \"王建华\", \"capacity\": \"PROPERTY_OWNER\"}]}")
                .status()).isEqualTo(400);
        assertThat(officer.post("/api/estates/" + estate + "/management-committee",
                "{\"members\": [{\"name\": \"王建华\", \"capacity\": \"业主代表\"}]}").status()).isEqualTo(400);
    }

    @Test
    @DisplayName("R-COMM-1: capacities stored as free text become codes where known; any other text is kept and shown")
    void storedFreeTextIsUpgraded() {
        String estate = includedEstate("chunhua", "chunhua-xinhua");
        assertThat(as("chunhua-officer").post("/api/estates/" + estate + "/management-committee", COMMITTEE).status()).isEqualTo(200);
        // the relay moves the estate's version on when it publishes its events: let it, so the upgrade races nothing
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> mongo.findById(estate,
                Document.class, "estate").getList("outbox", Document.class, List.of()).isEmpty());
        // the shape estates were stored in before capacities were codes
        mongo.updateFirst(Query.query(Criteria.where("_id").is(estate)), new Update().set("committee.members", List.of(
                new Document("name", "王建华").append("capacity", "业主代表"),
                new Document("name", "李秀英").append("capacity", "社区居委会"),
                new Document("name", "孙伟").append("capacity", "街道网格员"))), "estate");

        assertThat(upgrade.upgrade()).isZero();

        Api.Response read = as("admin").get("/api/estates/" + estate);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode members = read.json().path("committee").path("members");
        assertThat(members).extracting(m -> m.path("name").asString() + ":" + m.path("capacity").path("code").asString("-")
                + ":" + m.path("capacityAsRecorded").asString("-"))
                .containsExactly("王建华:PROPERTY_OWNER:-", "李秀英:RESIDENTS_COMMITTEE:-", "孙伟:-:街道网格员");
        assertThat(upgrade.upgrade()).as("a second pass finds nothing to do").isZero();
        assertThat(mongo.findById(estate, Document.class, "estate").get("committee", Document.class)
                .getList("members", Document.class)).hasSize(3);
    }
}
