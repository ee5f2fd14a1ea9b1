package org.estatecare.gateway;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Limits each caller (token subject: a user, or a department client's service account) to a token
 * bucket, so one busy client cannot starve the others; over the limit it answers 429 with
 * {@code Retry-After}. A caller without a token (Open311's public lists, a resident answering a survey
 * with a printed code) is counted by its address: the peer's, or the client's as a trusted proxy
 * (the gateway's {@code trusted-proxies}) forwarded it in {@code X-Forwarded-For}, never an address a
 * client wrote there itself. The callers of an OAuth client named under {@code rate-limit.clients} (the token's
 * {@code azp}), such as a department's bulk import, have that client's limit instead. Buckets live in this replica: with n replicas a caller may reach n times the
 * rate, which the limits in values account for.
 */
@Component
class RateLimitFilter implements GlobalFilter, Ordered {

    static final String TRUSTED_PROXIES = "spring.cloud.gateway.server.webflux.trusted-proxies";

    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final GatewayProperties.RateLimit limit;
    private final Map<String, GatewayProperties.ClientLimit> clientLimits;
    private final Pattern trustedProxies;

    RateLimitFilter(GatewayProperties properties, Environment environment) {
        this.limit = properties.rateLimit();
        this.clientLimits = limit.byClient();
        String proxies = environment.getProperty(TRUSTED_PROXIES, "");
        this.trustedProxies = proxies.isBlank() ? null : Pattern.compile(proxies);
    }

    /** The address an anonymous request is counted under. */
    String anonymousKey(ServerWebExchange exchange) {
        InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
        String address = peer == null || peer.getAddress() == null ? "unknown" : peer.getAddress().getHostAddress();
        String forwarded = exchange.getRequest().getHeaders().getFirst("X-Forwarded-For");
        if (forwarded != null && trustedProxies != null && trustedProxies.matcher(address).matches()) {
            String[] hops = forwarded.split(",");
            // the proxy appended the address it saw last; anything before it the client may have written
            String client = hops[hops.length - 1].strip();
            if (!client.isEmpty() && client.length() <= 45) {
                return "addr:" + client;
            }
        }
        return "addr:" + address;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return exchange.getPrincipal()
                .map(this::caller)
                .switchIfEmpty(Mono.fromSupplier(() -> new Caller(anonymousKey(exchange), limit.requestsPerSecond(), limit.burst())))
                .flatMap(caller -> {
                    if (buckets.size() > 100_000) {
                        buckets.clear(); // bounded memory; a reset only forgives a little
                    }
                    TokenBucket bucket = buckets.computeIfAbsent(caller.key(),
                            k -> new TokenBucket(caller.burst(), caller.requestsPerSecond()));
                    long waitMillis = bucket.tryTake(System.nanoTime());
                    if (waitMillis == 0) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(Math.max(1, (waitMillis + 999) / 1000)));
                    return Problems.refuse(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                            "more than " + caller.requestsPerSecond() + " requests per second; retry after the indicated seconds");
                });
    }

    /** A caller's bucket and its limit: by token subject, with its client's own limit when it has one. */
    Caller caller(Principal principal) {
        if (principal instanceof JwtAuthenticationToken jwt) {
            String subject = "sub:" + jwt.getToken().getSubject();
            // a subject calling through a client with a limit of its own has a bucket of that size for those calls
            String client = jwt.getToken().getClaimAsString("azp");
            GatewayProperties.ClientLimit own = client == null ? null : clientLimits.get(client);
            return own == null ? new Caller(subject, limit.requestsPerSecond(), limit.burst())
                    : new Caller(subject + "|azp:" + own.clientId(), own.requestsPerSecond(), own.burst());
        }
        return new Caller("name:" + principal.getName(), limit.requestsPerSecond(), limit.burst());
    }

    record Caller(String key, int requestsPerSecond, int burst) {
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
