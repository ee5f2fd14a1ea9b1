package org.estatecare.registry;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the registry runs.
 *
 * @param scheduledChangesInterval pause between two runs of the job that moves the stored status and mode
 *                                 of estates whose scheduled exit or mode has taken effect (R-EXIT-2, R-MODE-1)
 */
@Validated
@ConfigurationProperties("estatecare.registry")
public record RegistryProperties(@NotNull @DefaultValue("5m") Duration scheduledChangesInterval) {

    public RegistryProperties {
        if (scheduledChangesInterval != null && scheduledChangesInterval.toMillis() < 1) {
            throw new IllegalArgumentException("estatecare.registry.scheduled-changes-interval must be positive");
        }
    }
}
