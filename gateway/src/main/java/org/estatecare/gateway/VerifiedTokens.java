package org.estatecare.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The gateway's token check, paid once per token rather than once per request. Verifying a token's RSA signature
 * is most of the CPU the gateway spends on a request, and a caller sends the same token with every request until
 * it expires. A token that passed the whole check (signature, issuer, audience, time) is remembered, by its exact
 * text (signature included), until it expires and at most {@link #MAX_AGE}; a request bearing it is checked
 * against that memory, whose time bound is the token's own expiry. Refused tokens are never remembered: each is
 * verified and refused again.
 * <p>
 * What this trades: a token signed with a key the identity provider withdraws stays accepted by the gateway for at
 * most {@link #MAX_AGE} (and never past its expiry); every service still verifies it on its own.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    /** The longest a verified token is taken on the gateway's memory of it. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    /** Tokens remembered at most: the callers active within a token's lifetime, with room to spare. */
    static final int CAPACITY = 4_096;

    private record Verified(Jwt jwt, Instant until) {
    }

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(ReactiveJwtDecoder verifier) {
        this(verifier, Clock.systemUTC());
    }

    VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null) {
            if (now.isBefore(known.until())) {
                return Mono.just(known.jwt());
            }
            verified.remove(token, known);
        }
        return verifier.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    private void remember(String token, Jwt jwt) {
        Instant now = clock.instant();
        Instant until = now.plus(MAX_AGE);
        if (jwt.getExpiresAt() == null) {
            return; // a token without expiry is verified every time
        }
        if (jwt.getExpiresAt().isBefore(until)) {
            until = jwt.getExpiresAt();
        }
        if (!until.isAfter(now)) {
            return;
        }
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= CAPACITY) {
                verified.clear(); // bounded memory; forgetting costs only a verification per caller
            }
        }
        verified.put(token, new Verified(jwt, until));
    }

    int remembered() {
        return verified.size();
    }
}
