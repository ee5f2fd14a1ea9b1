package org.estatecare.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.common.KeyValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Every request leaves the gateway with an {@code X-Correlation-Id} (the caller's when well-formed,
 * else a new one) that the services log and return. The trace itself travels as W3C
 * {@code traceparent}: the gateway's span continues a caller's trace or begins one, and the request to
 * the service carries the gateway's span as its parent. The correlation id is an attribute of the
 * gateway's span, so the trace is found by the id a caller quotes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter implements WebFilter {

    static final String HEADER = "X-Correlation-Id";
    static final String SPAN_ATTRIBUTE = "correlation.id";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String given = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        // once, as the answer leaves: the service returns the id too, and the routed answer's headers are
        // copied over the gateway's (the caller would see it twice)
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .ifPresent(request -> request.addHighCardinalityKeyValue(KeyValue.of(SPAN_ATTRIBUTE, id)));
        ServerWebExchange withId = exchange.mutate().request(r -> r.headers(h -> h.set(HEADER, id))).build();
        return chain.filter(withId);
    }
}
