package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.estates.EstateEvents;
import org.estatecare.testing.EventTap;
import org.estatecare.testing.EventTap.Received;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Kafka away: writes are still accepted; once it is back, every event is published exactly once. */
class OutboxResilienceIT extends RegistryIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Test
    void writesContinueWhileTheBrokerIsDownAndEveryEventIsPublishedOnceItReturns() {
        Api admin = as("admin");
        List<String> ids = new ArrayList<>();
        INFRA.kafka().stop();
        try {
            for (int i = 0; i < 3; i++) {
                Api.Response registered = admin.post("/api/estates", estateJson(uniqueName("断网"), "chunhua", "chunhua-xinhua", ELIGIBLE));
                assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
                ids.add(registered.id());
            }
            Api.Response changed = admin.post("/api/estates/" + ids.get(0) + "/management-committee",
                    "{\"residentsCommitteeActs\": true}");
            assertThat(changed.status()).isEqualTo(200);
            assertThat(pendingEvents(ids)).isEqualTo(4);
        } finally {
            INFRA.kafka().start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> pendingEvents(ids) == 0);
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> !ESTATE_EVENTS.of(id).isEmpty())
                && ESTATE_EVENTS.of(ids.get(0)).size() >= 2);

        for (String id : ids) {
            List<Received> events = ESTATE_EVENTS.of(id);
            List<String> expected = id.equals(ids.get(0))
                    ? List.of(EstateEvents.REGISTERED.type(), EstateEvents.MANAGEMENT_COMMITTEE_CHANGED.type())
                    : List.of(EstateEvents.REGISTERED.type());
            assertThat(events).extracting(Received::type).as("events of %s, each once, in order", id)
                    .containsExactlyElementsOf(expected);
        }
    }

    long pendingEvents(List<String> ids) {
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), org.bson.Document.class, "estate").stream()
                .mapToLong(doc -> doc.getList("outbox", Object.class).size()).sum();
    }
}
