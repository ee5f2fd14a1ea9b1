package org.estatecare.subsidies.run;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The allocation runs' settings.
 *
 * @param completionInterval how often approved or paid runs whose lines or ledger entries a failure left unwritten
 *                           are completed
 */
@Validated
@ConfigurationProperties("estatecare.subsidies.runs")
public record RunProperties(@NotNull Duration completionInterval) {
}
