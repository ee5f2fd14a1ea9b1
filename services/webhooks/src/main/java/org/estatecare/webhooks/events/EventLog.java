package org.estatecare.webhooks.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.estatecare.events.CloudEventAttributes;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.subsidies.SubsidyEvents;
import org.estatecare.kit.inbox.InboundEvent;
import org.estatecare.webhooks.WebhooksProperties;
import org.estatecare.webhooks.delivery.Deliveries;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every event of the five topics, kept for {@link WebhooksProperties#retention()} as the CloudEvents JSON departments
 * receive, and handed to {@link Deliveries} for the subscriptions that want it. Storing is idempotent (by the event's
 * id), and so is the hand-over, so a redelivered event is delivered once.
 */
@Component
public class EventLog {

    /** Fields naming the staff who did something: departments receive what was done, not who did it. */
    static final Set<String> WITHHELD = Set.of("recordedBy");
    static final String COLLECTION = "event";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MongoTemplate mongo;
    private final Deliveries deliveries;
    private final java.time.Clock clock;

    EventLog(MongoTemplate mongo, Deliveries deliveries, java.time.Clock clock, WebhooksProperties settings) {
        this.mongo = mongo;
        this.deliveries = deliveries;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("time", Sort.Direction.ASC));
        retainFor(mongo, settings.retention());
    }

    /**
     * Events expire {@code retention} after they arrived (a TTL index). MongoDB refuses to create an index of
     * the same keys with other options, so a changed retention replaces the index instead of stopping the start.
     */
    public static void retainFor(MongoTemplate mongo, java.time.Duration retention) {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.getIndexInfo().stream()
                .filter(index -> index.isIndexForFields(java.util.List.of("receivedAt"))
                        && !index.getExpireAfter().map(retention::equals).orElse(false))
                .forEach(index -> indexes.dropIndex(index.getName()));
        indexes.createIndex(new Index().on("receivedAt", Sort.Direction.ASC).expire(retention));
    }

    @KafkaListener(topics = {EstateEvents.TOPIC, AgreementEvents.TOPIC, ComplaintEvents.TOPIC, AssessmentEvents.TOPIC,
            SubsidyEvents.TOPIC})
    void on(ConsumerRecord<String, String> record) {
        StoredEvent event = stored(record, InboundEvent.from(record), clock.instant());
        try {
            mongo.insert(event, COLLECTION);
        } catch (DuplicateKeyException seenBefore) {
            // a redelivery: the hand-over below is idempotent too, and completes one a failure cut short
        }
        deliveries.fanOut(event);
    }

    /** The events of these types from {@code from} on, in the order of their topics, at most {@code most}. */
    public List<StoredEvent> since(Instant from, Set<String> types, int most) {
        Query query = Query.query(Criteria.where("time").gte(from).and("type").in(types))
                .with(Sort.by("partition", "offset")).limit(most);
        return mongo.find(query, StoredEvent.class, COLLECTION);
    }

    public Optional<StoredEvent> find(String id) {
        return Optional.ofNullable(mongo.findById(id, StoredEvent.class, COLLECTION));
    }

    static StoredEvent stored(ConsumerRecord<String, String> record, InboundEvent event, Instant now) {
        CloudEventAttributes a = event.attributes();
        JsonNode data = JSON.readTree(event.payload());
        if (data instanceof ObjectNode object) {
            WITHHELD.forEach(object::remove);
        }
        ObjectNode cloudEvent = JSON.createObjectNode().put("specversion", CloudEventAttributes.SPEC_VERSION).put("id", a.id())
                .put("source", a.source()).put("type", a.type()).put("subject", a.subject())
                .put("time", a.time() == null ? null : a.time().toString()).put("sequence", String.valueOf(a.sequence()))
                .put("datacontenttype", CloudEventAttributes.CONTENT_TYPE);
        cloudEvent.set("data", data);
        return new StoredEvent(a.id(), record.topic(), record.partition(), record.offset(), record.key(), a.type(), a.subject(),
                a.time(), text(data, "street"), text(data, "category"), JSON.writeValueAsString(cloudEvent), now);
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.path(field);
        return value.isString() ? value.asString() : null;
    }
}
