package org.estatecare.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Where a route's circuit breaker sends a call the service did not answer in time, or at all. */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Retry-After", "10");
        return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service unavailable", "service '" + service + "' is down or did not answer in time; retry later");
    }
}
