package org.estatecare.kit.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox relay runs.
 *
 * @param pollInterval pause between relay rounds when there was nothing to send
 * @param batchSize    aggregates with pending events handled per round
 * @param sendTimeout  how long one round waits for the broker before it gives up and retries later; also
 *                     the producer's delivery timeout, so nothing given up on is delivered late
 * @param lease        how long a replica holds the relay lease (one relay publishes at a time)
 */
@Validated
@ConfigurationProperties("estatecare.outbox")
public record OutboxProperties(@NotNull Duration pollInterval, @Min(1) int batchSize, @NotNull Duration sendTimeout,
                               @NotNull Duration lease) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        batchSize = batchSize == 0 ? 100 : batchSize;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
        lease = lease == null ? Duration.ofSeconds(30) : lease;
        if (sendTimeout.toMillis() < 1_000) {
            throw new IllegalArgumentException("estatecare.outbox.send-timeout must be at least 1s");
        }
    }
}
