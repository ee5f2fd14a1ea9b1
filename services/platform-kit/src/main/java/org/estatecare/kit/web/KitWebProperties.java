package org.estatecare.kit.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * HTTP limits and retention shared by every service.
 *
 * @param maxPayloadSize       largest request body accepted (413 above it)
 * @param idempotencyRetention how long a completed POST can be replayed by its {@code Idempotency-Key}
 */
@ConfigurationProperties("estatecare.web")
public record KitWebProperties(DataSize maxPayloadSize, Duration idempotencyRetention) {

    public KitWebProperties {
        maxPayloadSize = maxPayloadSize == null ? DataSize.ofKilobytes(256) : maxPayloadSize;
        idempotencyRetention = idempotencyRetention == null ? Duration.ofHours(24) : idempotencyRetention;
    }
}
