package org.estatecare.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * URLs longer than {@link #MAX_LENGTH} are refused with 414 problem+json. The HTTP server reads longer
 * request lines ({@code server.netty.max-initial-line-length}) only so that this answer, not a bare
 * one from the connection, tells the caller what went wrong.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class UrlLengthFilter implements WebFilter {

    static final int MAX_LENGTH = 8192;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String raw = exchange.getRequest().getURI().getRawPath();
        String query = exchange.getRequest().getURI().getRawQuery();
        int length = raw.length() + (query == null ? 0 : query.length() + 1);
        if (length > MAX_LENGTH) {
            return Problems.write(exchange, HttpStatus.URI_TOO_LONG, "uri-too-long", "URI too long",
                    "the request URL is longer than " + MAX_LENGTH + " characters");
        }
        return chain.filter(exchange);
    }
}
