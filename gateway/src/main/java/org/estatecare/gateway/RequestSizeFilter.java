package org.estatecare.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Bodies above {@code estatecare.gateway.max-request-size} are refused (413) before anything else. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeFilter implements WebFilter {

    private final long limit;

    RequestSizeFilter(GatewayProperties properties) {
        this.limit = properties.maxRequestSize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > limit) {
            // the unread body stays on the connection: close it, or a client reusing it would hang
            exchange.getResponse().getHeaders().set("Connection", "close");
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Request body too large",
                    "request body larger than " + limit + " bytes");
        }
        return chain.filter(exchange);
    }
}
