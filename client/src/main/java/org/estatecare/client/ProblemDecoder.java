package org.estatecare.client;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;

import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A refusal as a {@link ProblemException} of its status's kind, read from the problem+json body. A 429 or 503 (or
 * 502, 504) is retryable: it comes back wrapped for the {@link feign.Retryer}, due when its {@code Retry-After} says
 * (seconds or an HTTP date); the retries spent, the caller gets the typed exception itself.
 */
public class ProblemDecoder implements ErrorDecoder {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MOST_READ = 64 * 1024;
    private final Clock clock;

    public ProblemDecoder() {
        this(Clock.systemUTC());
    }

    ProblemDecoder(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        ProblemException problem = ProblemException.of(response.status(), body(response));
        int status = response.status();
        if (status == 429 || status == 502 || status == 503 || status == 504) {
            return new RetryableException(status, problem.getMessage(), response.request().httpMethod(), problem,
                    retryAfter(response), response.request());
        }
        return problem;
    }

    /** When the answer says to try again, as epoch milliseconds; null when it does not say. */
    Long retryAfter(Response response) {
        // Feign's headers are case-insensitive
        Collection<String> values = response.headers().get("Retry-After");
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.iterator().next().strip();
        try {
            return clock.millis() + Math.max(0, Long.parseLong(value)) * 1000;
        } catch (NumberFormatException notSeconds) {
            try {
                return Instant.from(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)).toEpochMilli();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static JsonNode body(Response response) {
        if (response.body() == null) {
            return null;
        }
        try (InputStream in = response.body().asInputStream()) {
            byte[] bytes = in.readNBytes(MOST_READ);
            return bytes.length == 0 ? null : JSON.readTree(bytes);
        } catch (IOException | RuntimeException notAProblem) {
            return null;
        }
    }
}
