package org.estatecare.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Puts dead-lettered events back on their topic once their cause is fixed (a bug deployed away, a
 * dependency back). Every service that consumes a topic writes its failures to the one
 * {@code <topic>.dlt}; a service replays only the records its own consumer groups dead-lettered (the
 * recoverer names the group in a header).
 * <p>
 * How far it has replayed is kept in this service's database ({@value #COLLECTION}, one document per
 * topic: the next offset of each partition), not in Kafka, whose offsets of a group without members
 * expire while dead letters may wait longer. It moves forward only, batch by batch, after the broker
 * has acknowledged the batch, so a replay cut short resumes where it stopped. A lease on the document
 * lets one replay of a topic run at a time across the service's replicas. Republishing reaches every
 * consumer of the topic again: they keep what they hold by event id and sequence, so a second delivery
 * changes nothing where the first one succeeded.
 */
public class DeadLetterReplay {

    static final String COLLECTION = "dead_letter_replay";
    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration BROKER = Duration.ofSeconds(10);
    /** A replay of a DLT that does not move for this long stops (a broker away): what was sent is kept. */
    private static final Duration STALL = Duration.ofSeconds(10);
    /** Renewed with every batch; a replica that dies mid-replay frees the topic after this. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final ConsumerFactory<String, String> consumers;
    private final KafkaTemplate<String, String> template;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Supplier<Map<String, Set<String>>> groupsByTopic;
    private final String holder = UUID.randomUUID().toString();

    /**
     * @param groupsByTopic the consumer groups of this service's listeners by the topic they consume
     */
    public DeadLetterReplay(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> template,
                            MongoTemplate mongo, Clock clock, Supplier<Map<String, Set<String>>> groupsByTopic) {
        this.consumers = consumers;
        this.template = template;
        this.mongo = mongo;
        this.clock = clock;
        this.groupsByTopic = groupsByTopic;
    }

    /** Another replay of the topic runs now (another operator, another replica). */
    public static final class ReplayInProgress extends RuntimeException {
        ReplayInProgress(String topic) {
            super("a replay of " + topic + " is running; try again when it has finished");
        }
    }

    /** The consumer groups of this service that consume {@code topic} (empty: it does not consume it). */
    public Set<String> groups(String topic) {
        return groupsByTopic.get().getOrDefault(topic, Set.of());
    }

    /** The topics this service consumes, each with the number of its dead letters waiting to be replayed. */
    public Map<String, Long> waiting() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        groupsByTopic.get().forEach((topic, groups) -> waiting.put(topic, (long) pass(topic, groups, false)));
        return waiting;
    }

    /** True when this service consumes {@code topic} (only those have dead letters of its own). */
    public boolean consumes(String topic) {
        return !groups(topic).isEmpty();
    }

    /**
     * Republishes every dead letter of this service's groups waiting in {@code <topic>.dlt} to
     * {@code topic}, in their order, and moves the replay position past them; answers how many went back.
     *
     * @throws ReplayInProgress when a replay of the topic runs already
     */
    public int replay(String topic) {
        Set<String> groups = groups(topic);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException(topic + " is not a topic this service consumes: " + groupsByTopic.get().keySet());
        }
        if (!lease(topic)) {
            throw new ReplayInProgress(topic);
        }
        try {
            int replayed = pass(topic, groups, true);
            log.info("dead letters replayed: topic={} records={} groups={}", topic, replayed, groups);
            return replayed;
        } finally {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(topic).and("holder").is(holder)),
                    new Update().unset("holder").unset("until"), COLLECTION);
        }
    }

    /**
     * Reads {@code <topic>.dlt} from the replay position up to its end as it is now, and counts the
     * records of this service's groups; with {@code republish}, sends them back to {@code topic} a batch
     * at a time and moves the position past each batch once the broker has taken it.
     */
    private int pass(String topic, Set<String> groups, boolean republish) {
        String dlt = topic + DeadLetters.SUFFIX;
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        int ours = 0;
        try (Consumer<String, String> consumer = consumers.createConsumer(null, "-dlt-replay", null, overrides)) {
            List<TopicPartition> partitions = consumer.partitionsFor(dlt, BROKER).stream()
                    .map(info -> new TopicPartition(dlt, info.partition())).toList();
            if (partitions.isEmpty()) {
                return 0;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, BROKER);
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, BROKER);
            Map<String, Long> done = positions(topic);
            Map<TopicPartition, Long> position = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long from = Math.max(done.getOrDefault(Integer.toString(partition.partition()), 0L), beginning.get(partition));
                consumer.seek(partition, from);
                position.put(partition, from);
            }
            long stalledSince = System.nanoTime();
            while (partitions.stream().anyMatch(p -> position.get(p) < end.get(p))) {
                ConsumerRecords<String, String> records = consumer.poll(POLL);
                // past what the poll returned and past control records (transaction markers) no record stands on
                for (TopicPartition partition : partitions) {
                    position.merge(partition, Math.min(consumer.position(partition), end.get(partition)), Math::max);
                }
                if (records.isEmpty()) {
                    if (System.nanoTime() - stalledSince > STALL.toNanos()) {
                        // what was sent and acknowledged is behind the kept position; the caller learns it is not all
                        throw new org.apache.kafka.common.errors.TimeoutException("the dead-letter topic " + dlt
                                + " gave nothing for " + STALL + " before its end");
                    }
                    continue;
                }
                stalledSince = System.nanoTime();
                List<CompletableFuture<?>> sent = new ArrayList<>();
                for (ConsumerRecord<String, String> record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // arrived after the replay began: the next replay takes it
                    }
                    position.put(partition, record.offset() + 1);
                    if (ofGroups(record, groups)) {
                        ours++;
                        if (republish) {
                            sent.add(template.send(backOnItsTopic(topic, record)));
                        }
                    }
                }
                if (republish) {
                    CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
                    advance(topic, position);
                }
            }
        }
        return ours;
    }

    /** The next offset to replay of each partition of the topic's DLT (by partition number). */
    private Map<String, Long> positions(String topic) {
        Document state = mongo.findById(topic, Document.class, COLLECTION);
        Map<String, Long> positions = new HashMap<>();
        if (state != null && state.get("positions") instanceof Document saved) {
            saved.forEach((partition, offset) -> positions.put(partition, ((Number) offset).longValue()));
        }
        return positions;
    }

    /** Moves the position forward (never back) and renews the lease; a lease taken over meanwhile stops the replay. */
    private void advance(String topic, Map<TopicPartition, Long> position) {
        Update update = new Update().set("until", clock.instant().plus(LEASE));
        position.forEach((partition, offset) -> update.max("positions." + partition.partition(), offset));
        if (mongo.updateFirst(Query.query(Criteria.where("_id").is(topic).and("holder").is(holder)), update, COLLECTION)
                .getMatchedCount() == 0) {
            throw new ReplayInProgress(topic);
        }
    }

    /** Takes the topic's replay lease; false when another replay holds it. */
    private boolean lease(String topic) {
        Instant now = clock.instant();
        Query free = Query.query(Criteria.where("_id").is(topic).orOperator(Criteria.where("holder").exists(false),
                Criteria.where("holder").is(holder), Criteria.where("until").lt(now)));
        Update take = new Update().set("holder", holder).set("until", now.plus(LEASE));
        try {
            Document lease = mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class, COLLECTION);
            return lease != null && holder.equals(lease.getString("holder"));
        } catch (DuplicateKeyException heldByAnother) {
            return false;
        }
    }

    private static boolean ofGroups(ConsumerRecord<String, String> record, Set<String> groups) {
        Header origin = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        return origin != null && groups.contains(new String(origin.value(), StandardCharsets.UTF_8));
    }

    /** The event as it was first published: same key and CloudEvents headers, without the failure headers. */
    private static ProducerRecord<String, String> backOnItsTopic(String topic, ConsumerRecord<String, String> record) {
        ProducerRecord<String, String> again = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-")) {
                again.headers().add(header);
            }
        }
        return again;
    }
}
