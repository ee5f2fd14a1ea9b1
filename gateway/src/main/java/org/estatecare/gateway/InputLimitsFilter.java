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
 * {@code estatecare.gateway.max-request-size} is 413, both as problem+json. A refused body of up to
 * {@link Problems#SWALLOW_LIMIT} is read and dropped first, so the connection can carry the client's next request.
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
            return Problems.refuse(exchange, HttpStatus.URI_TOO_LONG, "uri-too-long", "URI too long",
                    "the request URL is longer than " + maxUrlLength + " characters");
        }
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > maxRequestSize) {
            String detail = "request body larger than " + maxRequestSize + " bytes";
            if (length > Problems.SWALLOW_LIMIT) {
                // too much to read for nothing: answer and close the connection
                exchange.getResponse().getHeaders().set("Connection", "close");
                return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large", detail);
            }
            // read and drop what the client is still sending, so that it sees the 413 rather than a reset
            return Problems.refuse(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large", detail);
        }
        return chain.filter(exchange);
    }
}
