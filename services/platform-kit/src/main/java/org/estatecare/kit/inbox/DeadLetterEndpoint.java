package org.estatecare.kit.inbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

import org.apache.kafka.common.KafkaException;
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
    public WebEndpointResponse<Map<String, Object>> waiting() {
        try {
            List<Map<String, Object>> topics = replay.waiting().entrySet().stream()
                    .map(entry -> Map.<String, Object>of("topic", entry.getKey(),
                            "deadLetterTopic", entry.getKey() + DeadLetters.SUFFIX,
                            "consumerGroups", replay.groups(entry.getKey()), "waiting", entry.getValue()))
                    .toList();
            return new WebEndpointResponse<>(Map.of("topics", topics), 200);
        } catch (KafkaException brokerAway) {
            return problem(503, "Service Unavailable", "the broker did not answer (" + brokerAway.getMessage() + ")");
        }
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
        } catch (KafkaException | CompletionException brokerAway) {
            // what the broker took before is behind the kept position: the next replay goes on from there
            return problem(503, "Service Unavailable", "the broker did not take the replay ("
                    + brokerAway.getMessage() + "); what it took stays replayed, run the replay again");
        }
    }

    private static WebEndpointResponse<Map<String, Object>> problem(int status, String title, String detail) {
        return new WebEndpointResponse<>(Map.of("title", title, "status", status, "detail", detail), status);
    }
}
