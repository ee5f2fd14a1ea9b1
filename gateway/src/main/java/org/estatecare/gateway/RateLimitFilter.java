package org.estatecare.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits each caller (token subject: a user, or a department client's service account) to a token
 * bucket, so one busy client cannot starve the others; over the limit it answers 429 with
 * {@code Retry-After}. Buckets live in this replica: with n replicas a caller may reach n times the
 * rate, which the limits in values account for.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final GatewayProperties.RateLimit limit;

    RateLimitFilter(GatewayProperties properties) {
        this.limit = properties.rateLimit();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .map(principal -> principal instanceof JwtAuthenticationToken jwt ? "sub:" + jwt.getToken().getSubject()
                        : "name:" + principal.getName())
                .defaultIfEmpty("anonymous")
                .flatMap(key -> {
                    if (buckets.size() > 100_000) {
                        buckets.clear(); // bounded memory; a reset only forgives a little
                    }
                    TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(limit.burst(), limit.requestsPerSecond()));
                    long waitMillis = bucket.tryTake(System.nanoTime());
                    if (waitMillis == 0) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(Math.max(1, (waitMillis + 999) / 1000)));
                    return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                            "more than " + limit.requestsPerSecond() + " requests per second; retry after the indicated seconds");
                });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Classic token bucket: {@code capacity} tokens, refilled at {@code perSecond}. */
    static final class TokenBucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last;

        TokenBucket(int capacity, int perSecond) {
            this.capacity = capacity;
            this.perNano = perSecond / 1e9;
            this.tokens = capacity;
            this.last = System.nanoTime();
        }

        /** 0 when a token was taken; otherwise the milliseconds until one will be there. */
        synchronized long tryTake(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano / 1e6);
        }
    }
}
