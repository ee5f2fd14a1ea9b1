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
 * @param secretKey            the deployment's key the signing secrets are sealed with at rest
 *                             ({@code ESTATECARE_WEBHOOKS_SECRET_KEY}), at least 32 bytes; kept for as long as the
 *                             secrets sealed under it sign
 * @param previousSecretKeys   keys the secrets were sealed under before the current one
 *                             ({@code ESTATECARE_WEBHOOKS_PREVIOUS_SECRET_KEYS}, comma-separated): what they sealed still
 *                             opens and is sealed again under the current key at start; drop them after that start
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
        @NotNull @DefaultValue({}) List<String> allowedPrivate,
        String secretKey,
        @NotNull @DefaultValue({}) List<String> previousSecretKeys) {

    /** As long as the AES-256 key drawn from it. */
    public static final int MINIMUM_KEY_BYTES = 32;
    /** How the development defaults of the platform's secrets begin ({@code dev-…}). */
    static final String DEVELOPMENT_PREFIX = "dev-";

    public WebhooksProperties {
        // the message names the setting, never its value: a refused secret is still a secret
        if (secretKey == null || secretKey.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("estatecare.webhooks.secret-key (ESTATECARE_WEBHOOKS_SECRET_KEY) "
                    + "must be a secret of at least " + MINIMUM_KEY_BYTES + " bytes");
        }
    }

    /** The development default rather than a key of the deployment. */
    public boolean developmentKey() {
        return secretKey.startsWith(DEVELOPMENT_PREFIX);
    }

    @Override
    public String toString() {
        return "WebhooksProperties[retrySchedule=" + retrySchedule + ", disableAfterFailures=" + disableAfterFailures
                + ", dispatchInterval=" + dispatchInterval + ", batch=" + batch + ", retention=" + retention
                + ", allowedPrivate=" + allowedPrivate + ", secretKey=(secret), previousSecretKeys=(" + previousSecretKeys.size()
                + " secret)]";
    }
}
