package org.estatecare.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** The gateway verifies a token once and takes its memory of it only until the token expires. */
class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    /** A verifier that knows each token's expiry, refuses "forged", and counts its verifications. */
    private final Map<String, Instant> expiries = new HashMap<>();
    private final AtomicInteger verifications = new AtomicInteger();
    private final ReactiveJwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (token.equals("forged") || !expiries.containsKey(token)) {
            return Mono.error(new BadJwtException("signature does not verify"));
        }
        Instant expiry = expiries.get(token);
        if (!expiry.isAfter(clockNow())) {
            return Mono.error(new BadJwtException("expired"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("user").issuedAt(NOW.minusSeconds(1))
                .expiresAt(expiry).build());
    };
    private Instant now = NOW;

    private Instant clockNow() {
        return now;
    }

    private final VerifiedTokens tokens = new VerifiedTokens(verifier, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    @DisplayName("a caller's token is verified once for all its requests")
    void verifiedOnce() {
        expiries.put("alice", NOW.plus(Duration.ofMinutes(2)));
        for (int request = 0; request < 50; request++) {
            assertThat(tokens.decode("alice").block().getSubject()).isEqualTo("user");
        }
        assertThat(verifications).hasValue(1);
    }

    @Test
    @DisplayName("at its expiry a token is verified again, and refused")
    void expiredTokensAreVerifiedAgain() {
        expiries.put("alice", NOW.plus(Duration.ofMinutes(2)));
        tokens.decode("alice").block();
        now = NOW.plus(Duration.ofMinutes(2));
        assertThatThrownBy(() -> tokens.decode("alice").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    @DisplayName("a long-lived token is verified again after the longest the gateway takes on memory")
    void longLivedTokensAreVerifiedAgainAfterTheMaximumAge() {
        expiries.put("service-account", NOW.plus(Duration.ofHours(10)));
        tokens.decode("service-account").block();
        now = NOW.plus(VerifiedTokens.MAX_AGE).minusSeconds(1);
        tokens.decode("service-account").block();
        assertThat(verifications).hasValue(1);
        now = NOW.plus(VerifiedTokens.MAX_AGE);
        tokens.decode("service-account").block();
        assertThat(verifications).hasValue(2);
    }

    @Test
    @DisplayName("a refused token is never remembered: every request bearing it is verified and refused")
    void refusedTokensAreNotRemembered() {
        for (int request = 0; request < 3; request++) {
            assertThatThrownBy(() -> tokens.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(3);
        assertThat(tokens.remembered()).isZero();
    }

    @Test
    @DisplayName("memory is bounded: past its capacity the gateway forgets, and verifies again")
    void bounded() {
        for (int caller = 0; caller <= VerifiedTokens.CAPACITY + 10; caller++) {
            expiries.put("t" + caller, NOW.plus(Duration.ofMinutes(5)));
            tokens.decode("t" + caller).block();
        }
        assertThat(tokens.remembered()).isLessThanOrEqualTo(VerifiedTokens.CAPACITY);
    }
}
