package org.estatecare.registry.archive;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.subsidies.SubsidyEvents;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.inbox.InboundEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files into the estates' archives what the agreements, assessments and subsidies services announce about one estate
 * (R-STAFF-1). Events about a whole run or scheme, and types no section takes, are passed over; an event whose payload
 * names no estate is a producer's error and goes to the dead-letter topic after the kit's retries.
 */
@Component
@Implements("R-STAFF-1")
class ArchiveInbox {

    private static final Logger log = LoggerFactory.getLogger(ArchiveInbox.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Archive archive;
    private final Clock clock;

    ArchiveInbox(Archive archive, Clock clock) {
        this.archive = archive;
        this.clock = clock;
    }

    @KafkaListener(topics = {AgreementEvents.TOPIC, AssessmentEvents.TOPIC, SubsidyEvents.TOPIC})
    void on(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        ArchiveSection.of(event.attributes().type()).ifPresent(section -> {
            JsonNode payload = JSON.readTree(event.payload());
            String estateId = payload.path("estateId").isString() ? payload.path("estateId").asString() : null;
            if (estateId == null || estateId.isBlank()) {
                throw new IllegalArgumentException("event " + event.attributes().id() + " of type " + event.attributes().type()
                        + " names no estate");
            }
            if (archive.file(event.attributes(), section, estateId, event.payload(), clock.instant())) {
                log.debug("filed in the archive: estate={} type={}", estateId, event.attributes().type());
            }
        });
    }
}
