package org.estatecare.gateway;

import java.util.List;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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

/**
 * The token check before routing: signature against the issuer's published keys (fetched on first
 * use, so the gateway starts even while the identity provider does), issuer, expiry with a small
 * configurable clock skew, and audience. Issuer and audiences are the same keys every service reads
 * ({@code spring.security.oauth2.resourceserver.jwt.*}).
 */
@Configuration(proxyBeanMethods = false)
class JwtConfiguration {

    @Bean
    ReactiveJwtDecoder jwtDecoder(OAuth2ResourceServerProperties resourceServer, GatewayProperties gateway) {
        String issuer = resourceServer.getJwt().getIssuerUri();
        List<String> audiences = resourceServer.getJwt().getAudiences();
        if (issuer == null || issuer.isBlank() || audiences.isEmpty()) {
            throw new IllegalStateException("spring.security.oauth2.resourceserver.jwt.issuer-uri and .audiences are required");
        }
        return new SupplierReactiveJwtDecoder(() -> {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build();
            OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                    aud -> aud != null && aud.stream().anyMatch(audiences::contains));
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(gateway.clockSkew()),
                    new JwtIssuerValidator(issuer), audience));
            return decoder;
        });
    }
}
