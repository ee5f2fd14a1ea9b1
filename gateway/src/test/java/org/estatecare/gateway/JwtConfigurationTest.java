package org.estatecare.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The token check against an identity provider that publishes its discovery document but never answers
 * for its signing keys: the check gives up after the configured wait instead of holding the request.
 */
class JwtConfigurationTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger keyRequests = new AtomicInteger();
    private HttpServer identityProvider;
    private String issuer;

    @BeforeEach
    void start() throws IOException {
        identityProvider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        identityProvider.setExecutor(Executors.newFixedThreadPool(4));
        issuer = "http://127.0.0.1:" + identityProvider.getAddress().getPort() + "/realms/test";
        identityProvider.createContext("/realms/test/.well-known/openid-configuration", exchange -> respond(exchange,
                "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/certs\",\"subject_types_supported\":[\"public\"]}"));
        identityProvider.createContext("/realms/test/certs", exchange -> {
            keyRequests.incrementAndGet();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, "{\"keys\":[]}");
        });
        identityProvider.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        identityProvider.stop(0);
    }

    @Test
    void aTokenWhoseKeysTheIdentityProviderNeverSendsIsRefusedAfterTheConfiguredWait() throws Exception {
        ReactiveJwtDecoder decoder = JwtConfiguration.decoder(issuer, List.of("estatecare-api"), Duration.ZERO,
                Duration.ofMillis(500));

        // blocking longer than the identity provider stalls would end in an IllegalStateException, not a JwtException
        assertThatThrownBy(() -> decoder.decode(signedToken()).block(Duration.ofSeconds(15)))
                .isInstanceOf(JwtException.class);
        assertThat(keyRequests).hasPositiveValue();
    }

    private String signedToken() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("unknown-key").build(),
                new JWTClaimsSet.Builder().issuer(issuer).subject("someone").audience("estatecare-api")
                        .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) generator.generateKeyPair().getPrivate()));
        return jwt.serialize();
    }

    private static void respond(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
