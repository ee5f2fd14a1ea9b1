package org.estatecare.webhooks;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param retrySchedule        the pauses before each retry of a failed delivery (Standard Webhooks' schedule, a day
 *                             and a bit in all); when they are spent the delivery has failed and the next one of its
 *                             estate goes
 * @param disableAfterFailures consecutive failed attempts after which an endpoint is disabled (its owner re-enables it)
 * @param dispatchInterval     how often due deliveries are sent
 * @param batch                the most deliveries sent in one pass
 * @param connectTimeout       to connect to an endpoint
 * @param responseTimeout      for its answer
 * @param retention            how long events are kept for replay
 * @param mostOverlap          the longest a rotated secret keeps signing beside its successor
 * @param allowedPrivate       {@code host:port} pairs that may receive although not public (a development receiver)
 */
@Validated
@ConfigurationProperties("estatecare.webhooks")
public record WebhooksProperties(
        @NotEmpty @DefaultValue({"5s", "5m", "30m", "2h", "5h", "10h", "10h"}) List<Duration> retrySchedule,
        @Min(1) @Max(1000) @DefaultValue("15") int disableAfterFailures,
        @NotNull @DefaultValue("1s") Duration dispatchInterval,
        @Min(1) @Max(1000) @DefaultValue("50") int batch,
        @NotNull @DefaultValue("5s") Duration connectTimeout,
        @NotNull @DefaultValue("10s") Duration responseTimeout,
        @NotNull @DefaultValue("30d") Duration retention,
        @NotNull @DefaultValue("7d") Duration mostOverlap,
        @NotNull @DefaultValue({}) List<String> allowedPrivate) {
}
