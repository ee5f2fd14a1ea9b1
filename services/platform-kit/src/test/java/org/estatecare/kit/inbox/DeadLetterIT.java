package org.estatecare.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.estatecare.events.CloudEventAttributes;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The consuming side as every service gets it from the kit: a projection guarded by sequence, and a
 * poison event that goes to the DLT after bounded retries while the events behind it still arrive,
 * and put back on its topic by the replay once its cause is fixed.
 */
@SpringBootTest(classes = DeadLetterIT.ProjectionApp.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DeadLetterIT {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final String TOPIC = "kit-test.v1";
    static final String REPLAYED = "kit-replay-test.v1";
    static final String SECOND_GROUP = "kit-it-second-group";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.serviceProperties("kit-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.application.name", () -> "kit-it");
        registry.add("estatecare.events.retry-interval", () -> "50");
        registry.add("estatecare.outbox.enabled", () -> "false");
        registry.add("spring.kafka.consumer.group-id", () -> "kit-it-" + System.nanoTime());
    }

    @SpringBootApplication
    @org.springframework.context.annotation.Import(StatusProjection.class)
    static class ProjectionApp {
    }

    /** Keeps the latest status per estate; a payload of "poison" cannot be applied. */
    @Component
    static class StatusProjection {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final List<String> dlt = new CopyOnWriteArrayList<>();
        private final SequenceGuard guard;

        StatusProjection(SequenceGuard guard) {
            this.guard = guard;
        }

        @KafkaListener(topics = TOPIC)
        void on(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
            InboundEvent event = InboundEvent.from(record);
            if (event.payload().contains("poison")) {
                throw new IllegalStateException("cannot apply " + event.attributes().id());
            }
            guard.applyIfNewer("status", event.subject(), event.sequence(), new Update().set("status", event.payload()));
            seen.add(event.attributes().id());
        }

        /**
         * Events of the replay tests, heard in two consumer groups of this one service (as a service may
         * listen to a topic twice): each group fails the ids in its own set until their cause is fixed.
         */
        final Set<String> failFirst = ConcurrentHashMap.newKeySet();
        final Set<String> failSecond = ConcurrentHashMap.newKeySet();
        final List<String> firstSeen = new CopyOnWriteArrayList<>();
        final List<String> secondSeen = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = REPLAYED)
        void onReplayTopic(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
            String id = InboundEvent.from(record).attributes().id();
            if (failFirst.contains(id)) {
                throw new IllegalStateException("cannot apply " + id + " yet");
            }
            firstSeen.add(id);
        }

        @KafkaListener(topics = REPLAYED, groupId = SECOND_GROUP)
        void onReplayTopicInASecondGroup(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
            String id = InboundEvent.from(record).attributes().id();
            if (failSecond.contains(id)) {
                throw new IllegalStateException("cannot apply " + id + " yet in the second group");
            }
            secondSeen.add(id);
        }

        @KafkaListener(topics = TOPIC + DeadLetters.SUFFIX, groupId = "kit-it-dlt-reader")
        void onDeadLetter(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
            dlt.add(record.value());
        }
    }

    @Autowired
    KafkaTemplate<String, String> eventTemplate;
    @Autowired
    StatusProjection projection;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DeadLetterReplay replay;

    @Test
    void poisonGoesToTheDltAndTheRestIsAppliedOnceInOrder() {
        String estate = "estate-" + System.nanoTime();
        send(estate, "e1", 1, "\"REGISTERED\"");
        send(estate, "e2", 2, "poison");
        send(estate, "e3", 3, "\"INCLUDED\"");
        send(estate, "e1", 1, "\"REGISTERED\""); // redelivered

        await().atMost(Duration.ofSeconds(60)).until(() -> projection.dlt.contains("poison") && projection.seen.contains("e3"));

        assertThat(mongo.findById(estate, Document.class, "status").getString("status")).isEqualTo("\"INCLUDED\"");
        assertThat(meters.get("estatecare.events.dead.lettered").tag("topic", TOPIC).counter().count()).isEqualTo(1.0);
    }

    @Test
    void theDeadLettersOfEveryGroupOfTheServiceGoBackOnTheirTopicOnceTheirCauseIsFixedAndOnlyOnce() {
        String first = "r1-" + System.nanoTime();
        String second = "r2-" + System.nanoTime();
        projection.failFirst.add(first);
        projection.failSecond.add(second);
        long before = replay.waiting().get(REPLAYED);
        send(REPLAYED, "estate-" + first, first, 1, "\"REGISTERED\"");
        send(REPLAYED, "estate-" + second, second, 1, "\"REGISTERED\"");
        await().atMost(Duration.ofSeconds(60)).until(() -> replay.waiting().get(REPLAYED) == before + 2);
        assertThat(projection.firstSeen).doesNotContain(first);
        assertThat(projection.secondSeen).doesNotContain(second);

        projection.failFirst.remove(first);
        projection.failSecond.remove(second);
        assertThat(replay.replay(REPLAYED)).isEqualTo(before + 2);

        await().atMost(Duration.ofSeconds(30)).until(() -> projection.firstSeen.contains(first)
                && projection.secondSeen.contains(second));
        assertThat(replay.waiting().get(REPLAYED)).isZero();
        assertThat(replay.replay(REPLAYED)).as("a second replay finds nothing left").isZero();
        assertThat(mongo.findById(REPLAYED, Document.class, DeadLetterReplay.COLLECTION).get("positions"))
                .as("how far it replayed is kept in the service's database").isNotNull();
    }

    @Test
    void oneReplayOfATopicRunsAtATimeAcrossReplicas() {
        mongo.upsert(Query.query(Criteria.where("_id").is(REPLAYED)), new Update().set("holder", "another-replica")
                .set("until", Instant.now().plus(Duration.ofMinutes(1))), DeadLetterReplay.COLLECTION);
        try {
            assertThatThrownBy(() -> replay.replay(REPLAYED)).isInstanceOf(DeadLetterReplay.ReplayInProgress.class);
        } finally {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(REPLAYED)), new Update().set("until",
                    Instant.now().minusSeconds(1)), DeadLetterReplay.COLLECTION);
        }
        assertThat(replay.replay(REPLAYED)).as("a lease that ran out is taken over").isGreaterThanOrEqualTo(0);
    }

    @Test
    void onlyConsumedTopicsAreReplayed() {
        assertThat(replay.waiting()).containsKeys(TOPIC, REPLAYED);
        assertThat(replay.groups(REPLAYED)).hasSize(2).contains(SECOND_GROUP);
        assertThatThrownBy(() -> replay.replay("estates.v1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a topic this service consumes");
    }

    void send(String key, String id, long sequence, String payload) {
        send(TOPIC, key, id, sequence, payload);
    }

    void send(String topic, String key, String id, long sequence, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        new CloudEventAttributes(id, "/test", "kit.test", key, sequence, Instant.now()).toHeaders()
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        eventTemplate.send(record).join();
    }

}
