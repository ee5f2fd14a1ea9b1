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
 * What a request may weigh before anything else looks at it: a URL longer than
 * {@code estatecare.gateway.max-url-length} is 414, a body declared larger than
 * {@code estatecare.gateway.max-request-size} is 413, both as problem+json.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class InputLimitsFilter implements WebFilter {

    private final int maxUrlLength;
    private final long maxRequestSize;

    InputLimitsFilter(GatewayProperties properties) {
        this.maxUrlLength = properties.maxUrlLength();
        this.maxRequestSize = properties.maxRequestSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getURI().getRawPath();
        String query = exchange.getRequest().getURI().getRawQuery();
        if (path.length() + (query == null ? 0 : query.length() + 1) > maxUrlLength) {
            return Problems.write(exchange, HttpStatus.URI_TOO_LONG, "uri-too-long", "URI too long",
                    "the request URL is longer than " + maxUrlLength + " characters");
        }
        if (exchange.getRequest().getHeaders().getContentLength() > maxRequestSize) {
            // the unread body stays on the connection: close it, or a client reusing it would hang
            exchange.getResponse().getHeaders().set("Connection", "close");
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
                    "request body larger than " + maxRequestSize + " bytes");
        }
        return chain.filter(exchange);
    }
}
