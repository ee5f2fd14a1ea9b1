package org.estatecare.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real tokens of the realm for the development users (password grant through the command-line client,
 * password {@code demo}), kept fresh in the background: a token is renewed with its refresh token once less
 * than a minute of it is left, so a request never waits for Keycloak and never carries an expired token.
 * Signing in is not part of what is measured: people sign in once a session, not once a call.
 */
final class Tokens implements AutoCloseable {

    static final String CLIENT = "estatecare-cli";
    static final String PASSWORD = "demo";
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private record Token(String access, String refresh, Instant expires) {
    }

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Token> byUser = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "token-renewal");
        thread.setDaemon(true);
        return thread;
    });

    Tokens(URI issuer) {
        this.endpoint = URI.create(issuer + "/protocol/openid-connect/token");
        renewer.scheduleWithFixedDelay(this::renewExpiring, 10, 10, TimeUnit.SECONDS);
    }

    /** Signs every user in now, so the run starts with a token for each. */
    void signIn(Collection<String> users) {
        for (String user : users) {
            byUser.put(user, grant(Map.of("grant_type", "password", "client_id", CLIENT, "username", user,
                    "password", PASSWORD)));
        }
    }

    /** The {@code Authorization} header's value for a user signed in before. */
    String bearer(String user) {
        Token token = byUser.get(user);
        if (token == null) {
            throw new IllegalStateException("user " + user + " was not signed in before the run");
        }
        return "Bearer " + token.access();
    }

    private void renewExpiring() {
        Instant soon = Instant.now().plus(RENEW_BEFORE);
        byUser.forEach((user, token) -> {
            if (token.expires().isBefore(soon)) {
                try {
                    byUser.put(user, token.refresh() == null ? grant(Map.of("grant_type", "password", "client_id", CLIENT,
                            "username", user, "password", PASSWORD))
                            : grant(Map.of("grant_type", "refresh_token", "client_id", CLIENT, "refresh_token", token.refresh())));
                } catch (RuntimeException e) {
                    // the session behind the refresh token may have ended: sign in again
                    byUser.put(user, grant(Map.of("grant_type", "password", "client_id", CLIENT, "username", user,
                            "password", PASSWORD)));
                }
            }
        });
    }

    private Token grant(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint answered " + response.statusCode() + " for "
                        + form.getOrDefault("username", "a refresh") + ": " + response.body());
            }
            JsonNode answer = json.readTree(response.body());
            String refresh = answer.path("refresh_token").asText(null);
            return new Token(answer.path("access_token").asText(), refresh,
                    Instant.now().plusSeconds(answer.path("expires_in").asLong(60)));
        } catch (IOException e) {
            throw new IllegalStateException("token endpoint " + endpoint + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signing in", e);
        }
    }

    @Override
    public void close() {
        renewer.shutdownNow();
    }
}
