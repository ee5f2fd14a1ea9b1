package org.estatecare.webhooks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.estatecare.events.CloudEventAttributes;
import org.estatecare.events.EventContract;
import org.estatecare.events.EventJson;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.assessments.JointMeetingMinutesRecorded;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.complaints.ComplaintFiled;
import org.estatecare.testing.TestHttp;
import org.estatecare.webhooks.events.EventLog;
import org.estatecare.webhooks.subscription.SecretResealing;
import org.estatecare.webhooks.subscription.SecretSeal;
import org.estatecare.webhooks.subscription.Subscription;
import org.estatecare.webhooks.subscription.SubscriptionId;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Deliveries to a real HTTP receiver: signed, filtered, retried, in order, disabled and replayed, and never inside. */
class WebhooksIT extends WebhooksServiceIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    SecretResealing resealing;

    @Test
    void aMatchingEventArrivesSignedAsCloudEventsJsonAndOthersDoNot() throws Exception {
        String path = "/hooks/" + UUID.randomUUID();
        JsonNode subscription = subscribe(department("housing"), path, "\"complaints.complaint.filed\"",
                ", \"streets\": [\"chunhua\"], \"categories\": [\"GROUND_LOCK\"]");
        String secret = subscription.path("secret").asString();
        assertThat(secret).startsWith("whsec_");
        assertThat(JSON.readTree(department("housing").get("/api/webhook-subscriptions/" + subscription.path("id").asString())
                .body()).has("secret")).as("the secret is shown once").isFalse();

        complaintFiled("e-other-street", "erhao", "GROUND_LOCK");
        complaintFiled("e-other-category", "chunhua", "SERVICE_CLEANING");
        String wanted = complaintFiled("e-wanted", "chunhua", "GROUND_LOCK");

        Receiver.Received request = awaitAt(path, 1).get(0);
        assertThat(request.header("webhook-id")).isEqualTo(wanted);
        assertThat(Long.parseLong(request.header("webhook-timestamp"))).isCloseTo(Instant.now().getEpochSecond(),
                org.assertj.core.data.Offset.offset(60L));
        assertThat(request.header("webhook-signature")).isEqualTo(expectedSignature(secret, request));
        assertThat(request.header("content-type")).startsWith("application/cloudevents+json");
        JsonNode cloudEvent = JSON.readTree(request.body());
        assertThat(cloudEvent.path("specversion").asString()).isEqualTo("1.0");
        assertThat(cloudEvent.path("type").asString()).isEqualTo("complaints.complaint.filed");
        assertThat(cloudEvent.path("subject").asString()).isEqualTo("e-wanted");
        assertThat(cloudEvent.path("data").path("category").asString()).isEqualTo("GROUND_LOCK");
        // the two that did not match never came
        complaintFiled("e-wanted-2", "chunhua", "GROUND_LOCK");
        assertThat(awaitAt(path, 2)).hasSize(2).extracting(r -> JSON.readTree(r.body()).path("subject").asString())
                .containsExactly("e-wanted", "e-wanted-2");
    }

    @Test
    void aFailedAttemptIsRetriedAndEveryAttemptIsLogged() {
        String path = "/hooks/" + UUID.randomUUID();
        TestHttp housing = department("housing");
        String id = subscribe(housing, path, "\"complaints.complaint.filed\"", "").path("id").asString();
        RECEIVER.answer(path, 500, 503);

        String event = complaintFiled("e-retry", "chunhua", "OTHER");

        List<Receiver.Received> requests = awaitAt(path, 3);
        assertThat(requests).extracting(r -> r.header("webhook-id")).as("the same message each time").containsOnly(event);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode delivery = JSON.readTree(housing.get("/api/webhook-subscriptions/" + id + "/deliveries").body())
                    .path("content").get(0);
            assertThat(delivery.path("status").asString()).isEqualTo("DELIVERED");
            assertThat(delivery.path("attempts")).extracting(a -> a.path("status").asInt()).containsExactly(500, 503, 200);
        });
    }

    @Test
    void deliveriesOfOneEstateKeepTheirOrderWhileOthersGoOn() {
        String path = "/hooks/" + UUID.randomUUID();
        subscribe(department("housing"), path, "\"complaints.complaint.filed\"", "");
        RECEIVER.answer(path, 500, 500);

        String first = complaintFiled("e-ordered", "chunhua", "OTHER");
        String second = complaintFiled("e-ordered", "chunhua", "OTHER");
        String elsewhere = complaintFiled("e-independent", "chunhua", "OTHER");

        await().atMost(Duration.ofSeconds(30)).until(() -> RECEIVER.at(path).stream()
                .filter(r -> r.header("webhook-id").equals(second)).count() == 1);
        List<String> order = RECEIVER.at(path).stream().map(r -> r.header("webhook-id")).toList();
        assertThat(order.lastIndexOf(first)).as("the estate's first event is delivered before its second is tried")
                .isLessThan(order.indexOf(second));
        assertThat(order).contains(elsewhere);
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledAndItsOwnerEnablesAndReplays() {
        String path = "/hooks/" + UUID.randomUUID();
        TestHttp housing = department("housing");
        String id = subscribe(housing, path, "\"complaints.complaint.filed\"", ", \"streets\": [\"down-street\"]")
                .path("id").asString();
        RECEIVER.always(path, 500);
        Instant before = Instant.now().minusSeconds(1);
        String event = complaintFiled("e-down", "down-street", "OTHER");

        await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(housing.get("/api/webhook-subscriptions/" + id).body())
                .path("status").asString().equals("DISABLED"));
        assertThat(RECEIVER.at(path)).hasSize(THRESHOLD);

        RECEIVER.always(path, null);
        assertThat(housing.post("/api/webhook-subscriptions/" + id + "/enabling", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> RECEIVER.at(path).size() == THRESHOLD + 1);

        TestHttp.Response replayed = housing.post("/api/webhook-subscriptions/" + id + "/replay",
                "{\"from\": \"" + before + "\"}");
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
        assertThat(JSON.readTree(replayed.body()).path("deliveries").asInt()).isOne();
        await().atMost(Duration.ofSeconds(30)).until(() -> RECEIVER.at(path).size() == THRESHOLD + 2);
        assertThat(RECEIVER.at(path).get(THRESHOLD + 1).header("webhook-id")).isEqualTo(event);
    }

    @Test
    void secretsStoredAsTheyAreOrUnderThePreviousKeyAreSealedAgainUnderTheCurrentOneAndStillSign() throws Exception {
        String path = "/hooks/" + UUID.randomUUID();
        JsonNode made = subscribe(department("housing"), path, "\"complaints.complaint.filed\"", "");
        SubscriptionId id = SubscriptionId.of(made.path("id").asString());
        String secret = made.path("secret").asString();
        String collection = mongo.getCollectionName(Subscription.class);
        Query stored = Query.query(Criteria.where("_id").is(id.value()));
        // as an earlier version stored it, then as the previous key sealed it
        for (String before : List.of(secret, new SecretSeal(PREVIOUS_KEY).seal(secret, id))) {
            mongo.updateFirst(stored, new Update().set("secrets.0.secret", before), collection);

            assertThat(resealing.resealAll()).isGreaterThanOrEqualTo(1);

            String now = mongo.findOne(stored, org.bson.Document.class, collection).getList("secrets", org.bson.Document.class)
                    .get(0).getString("secret");
            assertThat(now).isNotEqualTo(before).doesNotContain(secret.substring("whsec_".length()));
            assertThat(new SecretSeal(CURRENT_KEY).open(now, id)).isEqualTo(secret);
        }
        assertThat(resealing.resealAll()).as("nothing left to seal again").isZero();

        complaintFiled("e-resealed", "chunhua", "OTHER");
        Receiver.Received request = awaitAt(path, 1).get(0);
        assertThat(request.header("webhook-signature")).isEqualTo(expectedSignature(secret, request));
    }

    @Test
    void aChangedRetentionReplacesTheEventsExpiryInsteadOfStoppingTheStart() {
        try {
            EventLog.retainFor(mongo, Duration.ofDays(7));

            assertThat(mongo.indexOps("event").getIndexInfo()).filteredOn(i -> i.isIndexForFields(List.of("receivedAt")))
                    .singleElement().satisfies(i -> assertThat(i.getExpireAfter()).contains(Duration.ofDays(7)));
        } finally {
            EventLog.retainFor(mongo, Duration.ofDays(30));
        }
        assertThat(mongo.indexOps("event").getIndexInfo()).filteredOn(i -> i.isIndexForFields(List.of("receivedAt")))
                .singleElement().satisfies(i -> assertThat(i.getExpireAfter()).contains(Duration.ofDays(30)));
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneUntilItRetires() throws Exception {
        String path = "/hooks/" + UUID.randomUUID();
        TestHttp housing = department("housing");
        JsonNode made = subscribe(housing, path, "\"complaints.complaint.filed\"", "");
        TestHttp.Response rotated = housing.post("/api/webhook-subscriptions/" + made.path("id").asString() + "/secret-rotation",
                "{\"overlap\": \"PT1H\"}");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        String next = JSON.readTree(rotated.body()).path("secret").asString();

        complaintFiled("e-rotated", "chunhua", "OTHER");

        Receiver.Received request = awaitAt(path, 1).get(0);
        assertThat(request.header("webhook-signature").split(" "))
                .containsExactly(expectedSignature(next, request), expectedSignature(made.path("secret").asString(), request));

        String stored = mongo.findById(made.path("id").asString(), org.bson.Document.class,
                mongo.getCollectionName(Subscription.class)).toJson();
        assertThat(stored).as("the database holds the secrets sealed, never as they sign")
                .doesNotContain(next, made.path("secret").asString(), "whsec_", next.substring("whsec_".length()))
                .contains("sealed:v1:");
    }

    @Test
    void whatDepartmentsMayNotSeeIsWithheld() {
        String path = "/hooks/" + UUID.randomUUID();
        subscribe(department("housing"), path, "\"assessments.joint-meeting.minutes-recorded\"", "");

        publish(AssessmentEvents.JOINT_MEETING_MINUTES_RECORDED, "e-meeting", new JointMeetingMinutesRecorded("jm-1", "e-meeting", "chunhua",
                LocalDate.now(), List.of(), 1, "王秘书", Instant.now()));

        JsonNode data = JSON.readTree(awaitAt(path, 1).get(0).body()).path("data");
        assertThat(data.path("meetingId").asString()).isEqualTo("jm-1");
        assertThat(data.has("recordedBy")).as("who recorded the minutes").isFalse();
    }

    @Test
    void noAddressInsideTheClusterOnThisHostOrOnAPrivateNetworkIsSubscribed() {
        TestHttp housing = department("housing");
        long before = JSON.readTree(housing.get("/api/webhook-subscriptions?size=100").body()).path("page").path("totalElements").asLong();
        for (String url : List.of("http://127.0.0.1:" + (RECEIVER.port() + 1) + "/hook", "http://localhost:" + RECEIVER.port() + "/hook",
                "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/hook", "http://[::1]:" + RECEIVER.port() + "/hook",
                "http://complaints:8083/api/complaints", "http://gateway.estatecare.svc.cluster.local:8080/api", "file:///etc/passwd")) {
            TestHttp.Response refused = housing.post("/api/webhook-subscriptions",
                    "{\"url\": \"" + url + "\", \"eventTypes\": [\"complaints.complaint.filed\"]}");
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.body()).contains("url");
        }
        assertThat(JSON.readTree(housing.get("/api/webhook-subscriptions?size=100").body()).path("page").path("totalElements").asLong())
                .isEqualTo(before);
        assertThat(RECEIVER.received).noneMatch(r -> r.path().equals("/hook"));
    }

    @Test
    void aCategoryNarrowsOnlyEventsThatCarryOneAndOnlyCatalogueTypesAreNamed() {
        TestHttp housing = department("housing");
        TestHttp.Response estateEvents = housing.post("/api/webhook-subscriptions", """
                {"url": "%s", "eventTypes": ["complaints.complaint.filed", "estates.estate.exited"], "categories": ["GROUND_LOCK"]}"""
                .formatted(RECEIVER.url("/hooks/narrowed")));
        assertThat(estateEvents.status()).isEqualTo(400);
        assertThat(estateEvents.body()).contains("estates.estate.exited");
        TestHttp.Response unknown = housing.post("/api/webhook-subscriptions", """
                {"url": "%s", "eventTypes": ["complaints.complaint.vanished"]}""".formatted(RECEIVER.url("/hooks/unknown")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("complaints.complaint.vanished");
        JsonNode types = JSON.readTree(housing.get("/api/codes/webhooks").body()).path("eventTypes");
        assertThat(types).filteredOn(t -> t.path("type").asString().equals("complaints.complaint.filed"))
                .singleElement().satisfies(t -> assertThat(t.path("byCategory").asBoolean()).isTrue());
        assertThat(types).filteredOn(t -> t.path("type").asString().equals("estates.estate.exited"))
                .singleElement().satisfies(t -> assertThat(t.path("byCategory").asBoolean()).isFalse());
    }

    @Test
    void aSubscriptionIsItsOwnersAlone() {
        String id = subscribe(department("housing"), "/hooks/" + UUID.randomUUID(), "\"complaints.complaint.filed\"", "")
                .path("id").asString();
        TestHttp fire = department("fire");
        assertThat(fire.get("/api/webhook-subscriptions/" + id).status()).isEqualTo(404);
        assertThat(fire.post("/api/webhook-subscriptions/" + id + "/replay", "{\"from\": \"" + Instant.now().minusSeconds(60) + "\"}")
                .status()).isEqualTo(404);
        TestHttp resident = new TestHttp("http://127.0.0.1:" + port, INFRA.issuer().token("resident-w", List.of("resident"), Map.of()));
        assertThat(resident.get("/api/webhook-subscriptions").status()).isEqualTo(403);
    }
}
