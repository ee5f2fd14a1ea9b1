package org.estatecare.kit.inbox;

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
                        "deadLetterTopic", entry.getKey() + DeadLetters.SUFFIX,
                        "consumerGroups", replay.groups(entry.getKey()), "waiting", entry.getValue()))
                .toList();
        return Map.of("topics", topics);
    }

    @WriteOperation
    public WebEndpointResponse<Map<String, Object>> replay(@Selector String topic) {
        if (!replay.consumes(topic)) {
            return problem(404, "Not Found", "this service does not consume " + topic);
        }
        try {
            return new WebEndpointResponse<>(Map.of("topic", topic, "replayed", replay.replay(topic)), 200);
        } catch (DeadLetterReplay.ReplayInProgress running) {
            return problem(409, "Conflict", running.getMessage());
        }
    }

    private static WebEndpointResponse<Map<String, Object>> problem(int status, String title, String detail) {
        return new WebEndpointResponse<>(Map.of("title", title, "status", status, "detail", detail), status);
    }
}
