package org.estatecare.kit.security;

import org.estatecare.kit.web.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The one security setup of every service: stateless, JWT bearer tokens validated by the service
 * itself (issuer and audience from {@code spring.security.oauth2.resourceserver.jwt.*}), roles from
 * {@code realm_access.roles}, method security for role checks, problem+json for 401 and 403.
 * Only health, metrics, the API description and a service's {@code estatecare.security.public-paths} are open.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class ResourceServerConfiguration {

    @Bean
    SecurityFilterChain estatecareSecurity(HttpSecurity http, ProblemWriter problems, KitSecurityProperties security)
            throws Exception {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error").permitAll();
                    // replaying dead letters changes what every consumer of the topic receives
                    auth.requestMatchers("/actuator/deadletters/**", "/actuator/deadletters")
                            .hasAuthority(Role.DISTRICT_ADMIN.authority());
                    // a service's own public reads (e.g. Open311 discovery), from its configuration
                    if (!security.publicPaths().isEmpty()) {
                        auth.requestMatchers(security.publicPaths().toArray(String[]::new)).permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new CallerAuthenticationConverter()))
                        .authenticationEntryPoint((request, response, failure) -> {
                            bearer.commence(request, response, failure); // sets WWW-Authenticate
                            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
                                    request.getHeader("Authorization") == null ? "a bearer token is required"
                                            : "the bearer token is not valid (signature, issuer, audience or expiry)");
                        })
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write(request, response, HttpStatus.FORBIDDEN, "forbidden", null)));
        return http.build();
    }
}
