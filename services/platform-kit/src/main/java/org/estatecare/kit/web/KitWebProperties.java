package org.estatecare.kit.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * HTTP limits and retention shared by every service.
 *
 * @param maxPayloadSize       largest request body accepted (413 above it)
 * @param idempotencyRetention how long a completed POST can be replayed by its {@code Idempotency-Key}
 * @param maxTextLength        longest text any JSON string of a request may carry; fields have tighter limits
 * @param maxParameterLength   longest query parameter or path segment (decoded)
 */
@ConfigurationProperties("estatecare.web")
public record KitWebProperties(DataSize maxPayloadSize, Duration idempotencyRetention, Integer maxTextLength,
                               Integer maxParameterLength) {

    public KitWebProperties {
        maxPayloadSize = maxPayloadSize == null ? DataSize.ofKilobytes(256) : maxPayloadSize;
        idempotencyRetention = idempotencyRetention == null ? Duration.ofHours(24) : idempotencyRetention;
        maxTextLength = maxTextLength == null ? 20_000 : maxTextLength;
        maxParameterLength = maxParameterLength == null ? 1_000 : maxParameterLength;
        if (maxTextLength < 1 || maxParameterLength < 1) {
            throw new IllegalArgumentException("estatecare.web text and parameter limits must be positive");
        }
    }
}
