package org.estatecare.gateway;

import java.time.Duration;
import java.util.List;

import io.netty.channel.ChannelOption;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * The token check before routing: signature against the issuer's published keys (fetched on first
 * use, so the gateway starts even while the identity provider does), issuer, expiry with a small
 * configurable clock skew, and audience. Issuer and audiences are the same keys every service reads
 * ({@code spring.security.oauth2.resourceserver.jwt.*}).
 * <p>
 * A token signed with a key the gateway has not seen makes it fetch the keys again. That fetch is
 * bounded by {@code estatecare.gateway.identity-provider-timeout} and never reuses a connection idle
 * for long, so a slow or restarted identity provider costs a 401, not a request held open.
 * <p>
 * A token that passed is remembered until it expires ({@link VerifiedTokens}), so the signature of a caller's token
 * is verified once, not on every request.
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

    /** Connections to the identity provider idle longer than this are not reused (its side may have closed them). */
    static final Duration IDLE_CONNECTION_REUSE = Duration.ofSeconds(20);

    @Bean
    ReactiveJwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, GatewayProperties gateway) {
        String issuer = resourceServer.getJwt().getIssuerUri();
        List<String> audiences = resourceServer.getJwt().getAudiences();
        if (issuer == null || issuer.isBlank() || audiences.isEmpty()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.issuer-uri and .audiences are required");
        }
        return decoder(issuer, audiences, gateway.clockSkew(), gateway.identityProviderTimeout());
    }

    static ReactiveJwtDecoder decoder(String issuer, List<String> audiences, Duration clockSkew, Duration timeout) {
        return new VerifiedTokens(new SupplierReactiveJwtDecoder(() -> {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(issuer)
                    .webClient(identityProviderClient(timeout)).build();
            OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.stream().anyMatch(audiences::contains));
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(clockSkew),
                    new JwtIssuerValidator(issuer), audience));
            return decoder;
        }));
    }

    private static WebClient identityProviderClient(Duration timeout) {
        ConnectionProvider connections = ConnectionProvider.builder("identity-provider")
                .maxConnections(8)
                .maxIdleTime(IDLE_CONNECTION_REUSE)
                .pendingAcquireTimeout(timeout)
                .build();
        HttpClient http = HttpClient.create(connections)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .responseTimeout(timeout);
        return WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }
}
