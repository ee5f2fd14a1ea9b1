package org.estatecare.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one wire format of event payloads, independent of any service's web JSON settings: ISO-8601
 * dates, decimals as numbers, unknown properties ignored on read so that adding a field never
 * breaks an older consumer.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    public static String write(Record payload) {
        return MAPPER.writeValueAsString(payload);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
