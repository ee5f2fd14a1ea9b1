package org.estatecare.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Real HTTP for integration tests: one caller (base URL, bearer token, extra headers), bounded waits. */
public final class TestHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;
    private final Map<String, String> headers;

    public TestHttp(String base, String token) {
        this(base, token, Map.of());
    }

    private TestHttp(String base, String token, Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    public TestHttp header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new TestHttp(base, token, more);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    public Response send(String method, String path, String json) {
        return json == null ? sendRaw(method, path, null) : header("Content-Type", "application/json").sendRaw(method, path, json);
    }

    /** Sends the body as it is, with only the headers given (set {@code Content-Type} yourself). */
    public Response sendRaw(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = send(HTTP, request.build());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends on the given client. A request that times out is reported before the timeout is rethrown:
     * every thread of this JVM (the server under test runs here too) and whether the same request on
     * a new connection is answered, which tells a stuck server from a stuck connection.
     */
    public static HttpResponse<String> send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException timeout) {
            StringBuilder report = new StringBuilder("request timed out: ").append(request.method()).append(' ')
                    .append(request.uri()).append('\n');
            for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
                report.append(thread.toString().stripTrailing()).append('\n');
                StackTraceElement[] stack = thread.getStackTrace();
                for (int i = 8; i < stack.length; i++) { // ThreadInfo.toString shows the first 8 frames
                    report.append("\tat ").append(stack[i]).append('\n');
                }
            }
            HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            try {
                HttpResponse<String> again = fresh.send(HttpRequest.newBuilder(request, (name, value) -> true)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                report.append("the same request on a new connection: ").append(again.statusCode()).append('\n');
            } catch (IOException | RuntimeException e) {
                report.append("the same request on a new connection failed too: ").append(e).append('\n');
            }
            System.err.print(report);
            throw timeout;
        }
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
