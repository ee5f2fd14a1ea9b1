package org.estatecare.complaints.calendar;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param shippedYears    years whose official arrangement ships with the platform ({@code calendar/china-<year>.json})
 *                        and is in force from the start
 * @param refreshInterval how often a replica looks for years loaded through another replica
 */
@Validated
@ConfigurationProperties("estatecare.complaints.calendar")
public record CalendarProperties(@NotEmpty List<Integer> shippedYears, @NotNull @DefaultValue("60s") Duration refreshInterval) {
}
