package org.estatecare.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The platform's API through the gateway for what the benchmark reads and prepares before it measures:
 * the demo district's estates and agreements, and the estates it will exit. Blocking and outside Gatling,
 * so none of it counts in the run's statistics.
 */
final class SetupApi {

    /** A call's answer: status and body (empty object when there is none). */
    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status / 100 == 2;
        }
    }

    static final class Refused extends IllegalStateException {
        Refused(String what, Answer answer) {
            super(what + " refused with " + answer.status() + ": " + answer.body());
        }
    }

    private static final Duration PATIENCE_STEP = Duration.ofMillis(200);

    private final URI gateway;
    private final Tokens tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    SetupApi(URI gateway, Tokens tokens) {
        this.gateway = gateway;
        this.tokens = tokens;
    }

    JsonNode get(String user, String path) {
        return require("GET " + path, send(user, "GET", path, null));
    }

    /** Every element of a paged list ({@code content}), page by page. */
    List<JsonNode> all(String user, String path) {
        List<JsonNode> all = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode answer = get(user, path + separator + "size=100&page=" + page);
            answer.path("content").forEach(all::add);
            if (answer.path("content").size() < 100) {
                return all;
            }
        }
    }

    JsonNode post(String user, String path, Object body) {
        return require("POST " + path, send(user, "POST", path, body));
    }

    /**
     * A call a service refuses until it has learnt what it needs from Kafka (404, 409, 422): repeated until
     * accepted or {@code patience} has passed; then the last refusal is the error.
     */
    JsonNode patiently(String user, String method, String path, Object body, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            Answer answer = send(user, method, path, body);
            if (answer.ok()) {
                return answer.body();
            }
            boolean notYetLearnt = answer.status() == 404 || answer.status() == 409 || answer.status() == 422;
            if (!notYetLearnt || System.nanoTime() > deadline) {
                throw new Refused(method + " " + path, answer);
            }
            sleep(PATIENCE_STEP);
        }
    }

    Answer send(String user, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", tokens.bearer(user)).header("Accept", "application/json");
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode require(String what, Answer answer) {
        if (answer.status() == 429) {
            throw new Refused(what + " (the gateway's per-caller rate limit: start the stack with it raised, see "
                    + "deploy/bench/platform-load.sh)", answer);
        }
        if (!answer.ok()) {
            throw new Refused(what, answer);
        }
        return answer.body();
    }

    static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
