package org.estatecare.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for the gateway and the realm's token endpoint: it answers queued answers in order
 * (the last one repeats) and keeps every request it was sent.
 */
final class StubPlatform implements AutoCloseable {

    record Answer(int status, String contentType, String body, Map<String, String> headers) {
        static Answer json(int status, String body) {
            return new Answer(status, status >= 400 ? "application/problem+json" : "application/json", body, Map.of());
        }

        Answer with(String header, String value) {
            var all = new java.util.LinkedHashMap<>(headers);
            all.put(header, value);
            return new Answer(status, contentType, body, all);
        }
    }

    record Received(String method, String path, Map<String, List<String>> headers, String body, long at) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0))
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Deque<Answer> answers = new ArrayDeque<>();
    final List<Received> received = new CopyOnWriteArrayList<>();
    final List<Received> tokenRequests = new CopyOnWriteArrayList<>();

    StubPlatform() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/estatecare/protocol/openid-connect/token", exchange -> {
            tokenRequests.add(read(exchange));
            respond(exchange, new Answer(200, "application/json",
                    "{\"access_token\": \"token-" + tokenRequests.size() + "\", \"expires_in\": 300, \"token_type\": \"Bearer\"}", Map.of()));
        });
        server.createContext("/", exchange -> {
            received.add(read(exchange));
            Answer answer;
            synchronized (answers) {
                answer = answers.size() > 1 ? answers.poll() : answers.peek();
            }
            respond(exchange, answer == null ? Answer.json(200, "{}") : answer);
        });
        server.start();
    }

    StubPlatform answer(Answer... next) {
        synchronized (answers) {
            answers.clear();
            answers.addAll(List.of(next));
        }
        return this;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    URI issuer() {
        return URI.create(base() + "/realms/estatecare");
    }

    private static Received read(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        return new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()), body, System.nanoTime());
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
