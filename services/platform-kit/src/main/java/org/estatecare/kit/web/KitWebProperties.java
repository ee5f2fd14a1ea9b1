package org.estatecare.kit.web;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * HTTP limits and retention shared by every service.
 *
 * @param maxPayloadSize       largest request body accepted (413 above it)
 * @param idempotencyRetention how long a completed POST can be replayed by its {@code Idempotency-Key}
 * @param maxTextLength        longest text any JSON string of a request may carry; fields have tighter limits
 * @param maxParameterLength   longest query parameter or path segment (decoded)
 * @param defaultPageSize      items per page of a list when the request names no {@code size}
 * @param maxPageSize          largest {@code size} a list accepts (400 above it)
 */
@Validated
@ConfigurationProperties("estatecare.web")
public record KitWebProperties(@NotNull @DefaultValue("256KB") DataSize maxPayloadSize,
                               @NotNull @DefaultValue("24h") Duration idempotencyRetention,
                               @Min(1) @DefaultValue("20000") int maxTextLength,
                               @Min(1) @DefaultValue("1000") int maxParameterLength,
                               @Min(1) @DefaultValue("20") int defaultPageSize,
                               @Min(1) @Max(10_000) @DefaultValue("200") int maxPageSize) {

    public KitWebProperties {
        if (defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("estatecare.web.default-page-size must not exceed max-page-size");
        }
    }
}
