package org.estatecare.webhooks.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.estatecare.kit.testing.BadInputWalker;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Every POST of the webhooks service's OpenAPI document, sent malformed, wrongly typed, out-of-range, oversized and
 * control-character input: each must answer 4xx problem+json and change nothing.
 */
@Tag("bad-input")
class BadInputIT extends WebhooksServiceIT {

    @Autowired
    MongoTemplate mongo;

    @TestFactory
    @DisplayName("bad input to any POST is 4xx problem+json and changes nothing")
    Stream<DynamicTest> everyWriteRefusesBadInput() {
        // nothing of another test still on its way: the database changes only by what the walk sends
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.count(Query.query(Criteria.where("status").is("PENDING")),
                "delivery") == 0);
        return BadInputWalker.of("webhooks", department("housing"), mongo.getDb())
                .validBody("POST /api/webhook-subscriptions", """
                        {"url": "%s", "eventTypes": ["complaints.complaint.filed"], "streets": ["chunhua"],
                         "categories": ["GROUND_LOCK"]}""".formatted(RECEIVER.url("/hooks/bad-input")))
                .validBody("POST /api/webhook-subscriptions/{id}/secret-rotation", "{\"overlap\": \"PT2H\"}")
                .validBody("POST /api/webhook-subscriptions/{id}/replay", "{\"from\": \"" + Instant.now().minusSeconds(3600) + "\"}")
                .fixture("POST /api/webhook-subscriptions/{id}/secret-rotation", this::subscription)
                .fixture("POST /api/webhook-subscriptions/{id}/replay", this::subscription)
                .fixture("POST /api/webhook-subscriptions/{id}/enabling", this::subscription)
                .fixture("POST /api/webhook-subscriptions/{id}/cancellation", this::subscription)
                .ignoreCollection("event", "written by the topics' consumer, never by a request")
                .cases();
    }

    Map<String, String> subscription() {
        return Map.of("id", subscribe(department("housing"), "/hooks/" + UUID.randomUUID(), "\"complaints.complaint.filed\"",
                ", \"streets\": [\"bad-input-street\"]").path("id").asString());
    }
}
