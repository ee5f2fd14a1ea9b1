package org.estatecare.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's own refusals as RFC 9457 problem+json, with the same stable types as the services
 * ({@code https://estatecare.org/problems/<type>}).
 */
public final class Problems {

    /** The most of an unread request body read and dropped before a refusal (as Tomcat's max-swallow-size). */
    static final long SWALLOW_LIMIT = 2L * 1024 * 1024;
    private static final String BASE = "https://estatecare.org/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OPEN311 = "/open311/";

    private Problems() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(BASE + type));
        problem.setTitle(title);
        problem.setDetail(detail);
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        return problem;
    }

    /**
     * Refuses a request that nothing has read yet: its body, up to {@link #SWALLOW_LIMIT}, is read and dropped
     * first, then the problem is written. An answer written before the request was read through (a refusal decided
     * from the headers alone, at once) may be taken by the server for the end of the exchange while the request's
     * last part is still to come; the connection then stops reading, and the client's next request on it waits for
     * an answer that never comes. A longer body is not read: the answer closes the connection.
     */
    public static Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String type, String title, String detail) {
        AtomicLong read = new AtomicLong();
        return exchange.getRequest().getBody()
                .takeWhile(buffer -> {
                    long total = read.addAndGet(buffer.readableByteCount());
                    DataBufferUtils.release(buffer);
                    return total <= SWALLOW_LIMIT;
                })
                .then(Mono.defer(() -> {
                    if (read.get() > SWALLOW_LIMIT) {
                        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
                    }
                    return write(exchange, status, type, title, detail);
                }));
    }

    /**
     * Writes the problem as the answer; for refusals after the request was read (or no longer can be), see {@link #refuse}.
     * A refusal of an Open311 request answers as GeoReport v2 does ({@link #writeGeoReport}).
     */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title, String detail) {
        String open311 = open311Path(exchange);
        if (open311 != null) {
            return writeGeoReport(exchange.getResponse(), status, detail == null ? title : detail, open311.endsWith(".xml"));
        }
        return write(exchange.getResponse(), problem(status, type, title, detail, exchange));
    }

    /** The Open311 path the exchange was for, also when a circuit breaker forwarded it to a fallback; null for any other. */
    private static String open311Path(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        if (path.startsWith(OPEN311)) {
            return path;
        }
        java.util.Set<URI> original = exchange.getAttribute(
                org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        return original == null ? null : original.stream().map(URI::getPath)
                .filter(p -> p != null && p.startsWith(OPEN311)).findFirst().orElse(null);
    }

    /**
     * GeoReport v2's errors: an array of {@code {code, description}} in JSON, {@code <errors><error>} in XML (the
     * path's extension chooses), the code being the HTTP status.
     */
    static Mono<Void> writeGeoReport(ServerHttpResponse response, HttpStatus status, String description, boolean xml) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        String text;
        if (xml) {
            response.getHeaders().setContentType(MediaType.valueOf("text/xml;charset=UTF-8"));
            text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<errors><error><code>" + status.value()
                    + "</code><description>" + escaped(description) + "</description></error></errors>\n";
        } else {
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
            var error = new java.util.LinkedHashMap<String, Object>();
            error.put("code", status.value());
            error.put("description", description);
            text = JSON.writeValueAsString(java.util.List.of(error));
        }
        return response.writeWith(Mono.just(response.bufferFactory().wrap(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static Mono<Void> write(ServerHttpResponse response, ProblemDetail problem) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        body.put("instance", String.valueOf(problem.getInstance()));
        DataBuffer buffer = response.bufferFactory().wrap(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }
}
