package org.estatecare.kit.inbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * {@code /actuator/deadletters} on the management port, for operators (district administrators):
 * {@code GET} lists what waits in each consumed topic's DLT for this service, {@code POST
 * /actuator/deadletters/<topic>} puts it back on the topic (see {@link DeadLetterReplay}).
 */
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {

    private final DeadLetterReplay replay;

    public DeadLetterEndpoint(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @ReadOperation
    public Map<String, Object> waiting() {
        List<Map<String, Object>> topics = replay.waiting().entrySet().stream()
                .map(entry -> Map.<String, Object>of("topic", entry.getKey(),
                        "deadLetterTopic", entry.getKey() + DeadLetters.SUFFIX, "waiting", entry.getValue()))
                .toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("consumerGroup", replay.group());
        answer.put("topics", topics);
        return answer;
    }

    @WriteOperation
    public WebEndpointResponse<Map<String, Object>> replay(@Selector String topic) {
        if (!replay.consumes(topic)) {
            return new WebEndpointResponse<>(Map.of("title", "Not Found", "status", 404,
                    "detail", "this service does not consume " + topic), 404);
        }
        return new WebEndpointResponse<>(Map.of("topic", topic, "replayed", replay.replay(topic)), 200);
    }
}
