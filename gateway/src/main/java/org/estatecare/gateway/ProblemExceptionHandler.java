package org.estatecare.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/** Errors of the gateway itself (unknown route, bad request, failure) as problem+json, never HTML. */
@org.springframework.stereotype.Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (failure instanceof ResponseStatusException status) {
            HttpStatus code = HttpStatus.valueOf(status.getStatusCode().value());
            String type = switch (code) {
                case NOT_FOUND -> "not-found";
                case METHOD_NOT_ALLOWED -> "method-not-allowed";
                case CONTENT_TOO_LARGE -> "payload-too-large";
                case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
                case SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT -> "service-unavailable";
                default -> code.is4xxClientError() ? "validation" : "internal";
            };
            // the framework's reason may name Java types: the caller gets a sentence of ours
            String detail = switch (code) {
                case NOT_FOUND -> "no route for this path";
                case METHOD_NOT_ALLOWED -> "method " + exchange.getRequest().getMethod() + " is not allowed here";
                case UNSUPPORTED_MEDIA_TYPE -> "this content type is not accepted here";
                case NOT_ACCEPTABLE -> "no representation matches the Accept header";
                case SERVICE_UNAVAILABLE, GATEWAY_TIMEOUT -> "the service is not available; try again later";
                default -> code.is4xxClientError() ? "the request cannot be served as sent" : null;
            };
            return Problems.write(exchange, code, type, code.getReasonPhrase(), detail);
        }
        log.error("gateway failure on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), failure);
        return Problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error", null);
    }
}
