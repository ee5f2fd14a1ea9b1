package org.estatecare.events;

import java.util.Objects;

/**
 * One kind of event: the topic it travels on, its CloudEvents {@code type}, the payload record and
 * the JSON Schema that describes the payload on the wire.
 *
 * @param <T> the payload record
 */
public record EventContract<T extends Record>(String topic, String type, Class<T> payloadType) {

    public EventContract {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payloadType, "payloadType");
    }

    /** Classpath location of the payload's JSON Schema, e.g. {@code schemas/estates.v1/estate.included.json}. */
    public String schemaResource() {
        return "schemas/" + topic + "/" + type.substring(type.indexOf('.') + 1) + ".json";
    }
}
