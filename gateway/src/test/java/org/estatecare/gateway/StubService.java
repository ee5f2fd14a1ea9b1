package org.estatecare.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Stands in for a service behind the gateway: answers {@code /api/estates} with the headers it
 * received (to prove what the gateway relays), {@code /api/estates/slow} after three seconds, and a
 * small OpenAPI document.
 */
final class StubService implements AutoCloseable {

    final Map<String, String> lastHeaders = new ConcurrentHashMap<>();
    /** The headers of the last request for the OpenAPI document. */
    final Map<String, String> docsHeaders = new ConcurrentHashMap<>();
    private final HttpServer server;

    StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/api/estates", this::estates);
        server.createContext("/v3/api-docs", exchange -> {
            docsHeaders.clear();
            exchange.getRequestHeaders().forEach((name, values) -> docsHeaders.put(name.toLowerCase(), values.get(0)));
            respond(exchange, 200,
                """
                {"openapi":"3.1.0","info":{"title":"stub registry","version":"1"},"paths":{},
                 "components":{"securitySchemes":{"keycloak":{"type":"openIdConnect",
                   "openIdConnectUrl":"http://127.0.0.1:1/realms/estatecare/.well-known/openid-configuration"}}},
                 "security":[{"keycloak":[]}]}""");
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Routes every service of the gateway's configuration to this stub. */
    void standInForEveryService(DynamicPropertyRegistry registry) {
        for (String service : List.of("registry", "complaints", "agreements", "assessments", "subsidies")) {
            registry.add("estatecare.gateway.services." + service + ".uri", () -> "http://127.0.0.1:" + port());
        }
    }

    private void estates(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().endsWith("/slow")) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastHeaders.clear();
        exchange.getRequestHeaders().forEach((name, values) -> lastHeaders.put(name.toLowerCase(), values.get(0)));
        // as every service does (platform-kit's CorrelationIdFilter): the id it was given comes back
        String correlation = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
        if (correlation != null) {
            exchange.getResponseHeaders().set("X-Correlation-Id", correlation);
        }
        respond(exchange, 200, "{\"content\":[]}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
