package org.estatecare.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Puts dead-lettered events back on their topic once their cause is fixed (a bug deployed away, a
 * dependency back). Every service that consumes a topic writes its failures to the one
 * {@code <topic>.dlt}; a service replays only the records its own consumer group dead-lettered (the
 * recoverer names the group in a header), and remembers how far it replayed in a consumer group of its
 * own ({@code <group>.dlt-replay}), so a record is put back once. Republishing reaches every consumer
 * of the topic again: they keep what they hold by event id and sequence, so a second delivery changes
 * nothing where the first one succeeded.
 */
public class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    /** A replay of a DLT that does not move for this long stops (a broker away): what was replayed is committed. */
    private static final Duration STALL = Duration.ofSeconds(10);

    private final ConsumerFactory<String, String> consumers;
    private final KafkaTemplate<String, String> template;
    private final String group;
    private final Supplier<Set<String>> consumedTopics;

    public DeadLetterReplay(ConsumerFactory<String, String> consumers, KafkaTemplate<String, String> template,
                            String group, Supplier<Set<String>> consumedTopics) {
        this.consumers = consumers;
        this.template = template;
        this.group = group;
        this.consumedTopics = consumedTopics;
    }

    /** The consumer group of this service's listeners: the dead letters it replays are those it failed. */
    public String group() {
        return group;
    }

    /** The consumer group whose offsets say how far this service has replayed. */
    public String replayGroup() {
        return group + ".dlt-replay";
    }

    /** The topics this service consumes, each with the number of its dead letters waiting to be replayed. */
    public Map<String, Long> waiting() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        for (String topic : consumedTopics.get()) {
            waiting.put(topic, (long) pass(topic, false).size());
        }
        return waiting;
    }

    /** True when this service consumes {@code topic} (only those have dead letters of its own). */
    public boolean consumes(String topic) {
        return consumedTopics.get().contains(topic);
    }

    /**
     * Republishes every dead letter of this service's group waiting in {@code <topic>.dlt} to
     * {@code topic}, in their order, and moves the replay offsets past them; answers how many went back.
     */
    public int replay(String topic) {
        if (!consumes(topic)) {
            throw new IllegalArgumentException(topic + " is not a topic this service consumes: " + consumedTopics.get());
        }
        int replayed = pass(topic, true).size();
        log.info("dead letters replayed: topic={} records={} group={}", topic, replayed, group);
        return replayed;
    }

    /**
     * Reads {@code <topic>.dlt} from the replay group's offsets up to its end as it is now; with
     * {@code republish}, sends each record of this service's group back to {@code topic} (waiting for the
     * broker's acknowledgement) and then commits the offsets. Answers the records of this service's group.
     */
    private List<ConsumerRecord<String, String>> pass(String topic, boolean republish) {
        String dlt = topic + DeadLetters.SUFFIX;
        Map<String, Object> overrides = Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        List<ConsumerRecord<String, String>> ours = new ArrayList<>();
        try (Consumer<String, String> consumer = consumers.createConsumer(replayGroup(), "-dlt-replay", null,
                toProperties(overrides))) {
            List<TopicPartition> partitions = consumer.partitionsFor(dlt, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(dlt, info.partition())).toList();
            if (partitions.isEmpty()) {
                return ours;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), Duration.ofSeconds(10));
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, Duration.ofSeconds(10));
            Map<TopicPartition, Long> position = new HashMap<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                long from = done == null ? beginning.get(partition) : Math.max(done.offset(), beginning.get(partition));
                consumer.seek(partition, from);
                position.put(partition, from);
            }
            long stalledSince = System.nanoTime();
            while (partitions.stream().anyMatch(p -> position.get(p) < end.get(p))) {
                var records = consumer.poll(POLL);
                if (records.isEmpty()) {
                    if (System.nanoTime() - stalledSince > STALL.toNanos()) {
                        log.warn("dead-letter replay of {} stopped: no progress for {}", dlt, STALL);
                        break;
                    }
                    continue;
                }
                stalledSince = System.nanoTime();
                for (ConsumerRecord<String, String> record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // arrived after the replay began: the next replay takes it
                    }
                    position.put(partition, record.offset() + 1);
                    if (ofThisGroup(record)) {
                        ours.add(record);
                        if (republish) {
                            template.send(backOnItsTopic(topic, record)).join();
                        }
                    }
                }
            }
            if (republish) {
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                position.forEach((partition, offset) -> done.put(partition, new OffsetAndMetadata(offset)));
                consumer.commitSync(done);
            }
        }
        return ours;
    }

    private boolean ofThisGroup(ConsumerRecord<String, String> record) {
        Header origin = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        return origin != null && group.equals(new String(origin.value(), StandardCharsets.UTF_8));
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

    private static java.util.Properties toProperties(Map<String, Object> map) {
        java.util.Properties properties = new java.util.Properties();
        properties.putAll(map);
        return properties;
    }
}
