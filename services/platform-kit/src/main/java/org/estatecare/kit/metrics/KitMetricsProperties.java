package org.estatecare.kit.metrics;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often the business gauges are counted again.
 *
 * @param businessRefreshInterval pause between two counts of the service's own database
 */
@Validated
@ConfigurationProperties("estatecare.metrics")
public record KitMetricsProperties(@NotNull @DefaultValue("30s") Duration businessRefreshInterval) {

    public KitMetricsProperties {
        if (businessRefreshInterval != null && businessRefreshInterval.toMillis() < 1) {
            throw new IllegalArgumentException("estatecare.metrics.business-refresh-interval must be positive");
        }
    }
}
