package org.estatecare.gateway;


import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One route per service from {@link GatewayProperties}: its API paths behind a circuit breaker whose
 * time limit is the service's timeout (a slow or absent service answers 503 problem+json from
 * {@link FallbackController}), and its OpenAPI description at {@code /v3/api-docs/<service>}.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, GatewayProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.services().forEach((id, service) -> {
            routes.route(id, route -> route.order(service.order()).path(service.paths().toArray(String[]::new))
                    .filters(f -> f.circuitBreaker(cb -> cb.setName(id).setFallbackUri("forward:/fallback/" + id)))
                    .uri(service.uri()));
            routes.route(id + "-api-docs", route -> route.path("/v3/api-docs/" + id)
                    .filters(f -> f.setPath("/v3/api-docs"))
                    .uri(service.uri()));
        });
        return routes.build();
    }

    /** Each service's breaker: opens at half the calls failing, times calls out at the service's timeout. */
    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> breakers(GatewayProperties properties) {
        return factory -> properties.services().forEach((id, service) -> factory.configure(config -> config
                .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(service.timeout()).build())
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .slidingWindowSize(20).minimumNumberOfCalls(10).failureRateThreshold(50)
                        .waitDurationInOpenState(java.time.Duration.ofSeconds(10)).build()), id));
    }

}
