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

    /** Writes the problem as the answer; for refusals after the request was read (or no longer can be), see {@link #refuse}. */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title, String detail) {
        return write(exchange.getResponse(), problem(status, type, title, detail, exchange));
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
