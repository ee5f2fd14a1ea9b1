package org.estatecare.gateway;

import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Every API call needs a valid token: signature (the issuer's keys), issuer, expiry and audience
 * ({@code spring.security.oauth2.resourceserver.jwt.*}) are checked before routing; the token is then
 * relayed unchanged and the service checks it again. Unsigned ({@code alg: none}) tokens never pass.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, GatewayProperties properties) {
        BearerTokenServerAuthenticationEntryPoint bearer = new BearerTokenServerAuthenticationEntryPoint();
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // stateless: every request carries its token. Without these, each request looked up a web session
                // (whose creation is moved to a worker thread and back) for a saved request and a security context
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> cors.configurationSource(cors(properties.cors())))
                .headers(headers -> headers.referrerPolicy(r -> r.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeExchange(auth -> auth
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        .pathMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                                "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/fallback/**",
                                // Open311 discovery and the service list are public by the standard
                                "/open311/v2/discovery.*", "/open311/v2/services.*", "/open311/v2/services/*").permitAll()
                        // a resident answers the satisfaction survey with the one-time code on the printed notice (R-ASM-4)
                        .pathMatchers(HttpMethod.POST, "/api/survey-answers").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> { })
                        .authenticationEntryPoint((exchange, failure) -> bearer.commence(keepOpen(exchange), failure)
                                .then(Problems.refuse(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                                        exchange.getRequest().getHeaders().containsHeader("Authorization")
                                                ? "the bearer token is not valid (signature, issuer, audience or expiry)"
                                                : "a bearer token is required")))
                        .accessDeniedHandler((exchange, denied) -> Problems.refuse(exchange, HttpStatus.FORBIDDEN,
                                "forbidden", "Forbidden", null)))
                .build();
    }

    /**
     * The exchange with a response that the bearer entry point cannot complete: it sets the status and
     * {@code WWW-Authenticate}, and the problem body is written after it (completing it first left the
     * 401 without a body).
     */
    private static ServerWebExchange keepOpen(ServerWebExchange exchange) {
        ServerHttpResponse open = new ServerHttpResponseDecorator(exchange.getResponse()) {
            @Override
            public Mono<Void> setComplete() {
                return Mono.empty();
            }
        };
        return exchange.mutate().response(open).build();
    }

    /**
     * Requests the security firewall refuses (path traversal such as {@code /api/../x} or {@code %2e%2e},
     * encoded slashes, control characters) are answered 400 problem+json, not a bare 400.
     */
    @Bean
    static BeanPostProcessor firewallProblems() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof WebFilterChainProxy proxy) {
                    proxy.setExchangeRejectedHandler((exchange, rejected) -> Problems.refuse(exchange, HttpStatus.BAD_REQUEST,
                            "validation", "Bad request", "the request URL is not acceptable (path traversal, encoded "
                                    + "separators or control characters)"));
                }
                return bean;
            }
        };
    }

    private static UrlBasedCorsConfigurationSource cors(GatewayProperties.Cors cors) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(cors.allowedOrigins());
        config.setAllowedMethods(cors.allowedMethods());
        config.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", "If-Match",
                "Accept-Language", "X-Correlation-Id", "traceparent", "tracestate"));
        config.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Correlation-Id", "Idempotent-Replayed"));
        config.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }
}
