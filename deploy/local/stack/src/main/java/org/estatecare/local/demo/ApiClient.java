package org.estatecare.local.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.local.DevTokenIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's public API as one caller sees it: every call through the gateway with a bearer token the
 * identity provider issued to that caller, renewed before it expires: the demo client itself
 * (client-credentials grant), a development user (password grant of the command-line client, as the
 * README's tours sign in), or no one (a resident with a survey code). Waits out the gateway's rate limit
 * ({@code 429}, {@code Retry-After}) and a moment of unavailability; any other answer goes back to the
 * caller as it is.
 */
final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int ATTEMPTS = 30;
    private static final int PAGE = 200;
    /** The public client people sign in through with the password grant ({@code deploy/keycloak}). */
    static final String COMMAND_LINE_CLIENT = "estatecare-cli";

    private final URI gateway;
    private final URI tokenEndpoint;
    /** Null for a caller without a token. */
    private final SignIn signIn;
    private String token;
    private Instant renewAt = Instant.MIN;

    /** One answer: its status and its body (JSON, or missing when there was none). */
    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The problem's title and detail, for a message saying why. */
        String problem() {
            return status + " " + body.path("title").asString("") + " " + body.path("detail").asString("")
                    + (body.has("violations") ? " " + body.path("violations") : "");
        }
    }

    /** How a caller gets its token: whether a client or a user, its name (for messages), the token request's form. */
    private record SignIn(String kind, String name, String form) {

        static SignIn client(String clientId, String secret) {
            return new SignIn("client", clientId, "grant_type=client_credentials&client_id=" + encode(clientId)
                    + "&client_secret=" + encode(secret));
        }

        static SignIn user(String username) {
            return new SignIn("user", username, "grant_type=password&client_id=" + COMMAND_LINE_CLIENT + "&username="
                    + encode(username) + "&password=" + encode(DevTokenIssuer.DEV_PASSWORD));
        }
    }

    /** A call the platform refused: what was asked and what it answered. */
    static final class Refused extends RuntimeException {

        final Answer answer;

        Refused(String call, Answer answer) {
            super(call + ": " + answer.problem().strip());
            this.answer = answer;
        }
    }

    private ApiClient(URI gateway, URI tokenEndpoint, SignIn signIn) {
        this.gateway = gateway;
        this.tokenEndpoint = tokenEndpoint;
        this.signIn = signIn;
    }

    /** As a confidential client of the realm, with its secret. */
    static ApiClient asClient(URI gateway, URI tokenEndpoint, String clientId, String secret) {
        return new ApiClient(gateway, tokenEndpoint, SignIn.client(clientId, secret));
    }

    /** The same platform as a development user (password {@value DevTokenIssuer#DEV_PASSWORD}). */
    ApiClient asUser(String username) {
        return new ApiClient(gateway, tokenEndpoint, SignIn.user(username));
    }

    /** The same platform without a token, as a resident answering with a code does. */
    ApiClient anonymous() {
        return new ApiClient(gateway, tokenEndpoint, null);
    }

    /** GET that must succeed. */
    JsonNode get(String path) {
        return required("GET", path, null);
    }

    /** POST that must succeed; its answer's body. */
    JsonNode post(String path, Object body) {
        return required("POST", path, body);
    }

    JsonNode put(String path, Object body) {
        return required("PUT", path, body);
    }

    /** POST that must succeed, to a resource whose change needs the revision it was read at. */
    JsonNode postIfMatch(String path, Object body, long revision) {
        Answer answer = send("POST", path, body, revision);
        if (!answer.ok()) {
            throw new Refused("POST " + path, answer);
        }
        return answer.body();
    }

    /** Every item of a list: a page ({@code content}, {@code page.totalPages}) after page, or a plain array. */
    List<JsonNode> all(String pathWithQuery) {
        List<JsonNode> items = new ArrayList<>();
        String separator = pathWithQuery.endsWith("?") ? "" : "&";
        for (int page = 0; ; page++) {
            JsonNode answer = get(pathWithQuery + separator + "size=" + PAGE + "&page=" + page);
            if (answer.isArray()) {
                answer.forEach(items::add);
                return items;
            }
            answer.path("content").forEach(items::add);
            if (page + 1 >= answer.path("page").path("totalPages").asInt(1)) {
                return items;
            }
        }
    }

    private JsonNode required(String method, String path, Object body) {
        Answer answer = send(method, path, body);
        if (!answer.ok()) {
            throw new Refused(method + " " + path, answer);
        }
        return answer.body();
    }

    /** Sends one request, waiting out rate limits and brief unavailability; returns whatever it finally answers. */
    Answer send(String method, String path, Object body) {
        return send(method, path, body, null);
    }

    private Answer send(String method, String path, Object body, Long ifMatch) {
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            if (signIn != null) {
                request.header("Authorization", "Bearer " + token());
            }
            if (ifMatch != null) {
                request.header("If-Match", "\"" + ifMatch + "\"");
            }
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                boolean waitAndRetry = status == 429 || status == 502 || status == 503 || status == 504;
                if (!waitAndRetry || attempt == ATTEMPTS) {
                    return new Answer(status, parse(response.body()));
                }
                long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                pause(Duration.ofSeconds(Math.min(seconds, 10)));
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException(method + " " + gateway.resolve(path) + ": " + e.getMessage(), e);
                }
                pause(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** The current token, asked for anew a minute before it expires; one caller's calls may run side by side. */
    private synchronized String token() {
        if (token != null && Instant.now().isBefore(renewAt)) {
            return token;
        }
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(signIn.form())).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = parse(response.body());
            if (response.statusCode() != 200 || !answer.hasNonNull("access_token")) {
                throw new IllegalStateException("no token for " + signIn.kind() + " " + signIn.name() + " from "
                        + tokenEndpoint + ": " + response.statusCode() + " " + response.body() + " (a realm imported before this "
                        + signIn.kind() + " existed? delete .local-data/keycloak and start again)");
            }
            token = answer.path("access_token").asString();
            renewAt = Instant.now().plusSeconds(Math.max(10, answer.path("expires_in").asLong(60) - 60));
            return token;
        } catch (IOException e) {
            throw new IllegalStateException("token endpoint " + tokenEndpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.getNodeFactory().textNode(body);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
