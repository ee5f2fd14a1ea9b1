package org.estatecare.kit.inbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.estatecare.events.CloudEventAttributes;
import org.estatecare.events.EventContract;
import org.estatecare.events.EventJson;

/** A received event: its CloudEvents attributes and its payload JSON, read by contract. */
public record InboundEvent(CloudEventAttributes attributes, String payload) {

    public static InboundEvent from(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return new InboundEvent(CloudEventAttributes.fromHeaders(headers), record.value());
    }

    public boolean is(EventContract<?> contract) {
        return contract.type().equals(attributes.type());
    }

    public <T extends Record> T payload(EventContract<T> contract) {
        if (!is(contract)) {
            throw new IllegalArgumentException("event is " + attributes.type() + ", not " + contract.type());
        }
        return EventJson.read(payload, contract.payloadType());
    }

    public String subject() {
        return attributes.subject();
    }

    public long sequence() {
        return attributes.sequence();
    }
}
