package org.estatecare.kit.kafka;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service's topics are made and how its consumers retry. The chart, compose and the local
 * launcher set the same keys ({@code ESTATECARE_EVENTS_PARTITIONS}, {@code ESTATECARE_EVENTS_REPLICAS}).
 *
 * @param partitions    partitions of every topic the service declares: the most consumers of a group that share its work
 * @param replicas      replication factor of every topic the service declares (at most the number of brokers)
 * @param retries       attempts after the first before a failing event goes to its dead-letter topic
 * @param retryInterval pause between those attempts
 */
@Validated
@ConfigurationProperties("estatecare.events")
public record EventsProperties(@Min(1) @Max(1000) @DefaultValue("3") int partitions,
                               @Min(1) @Max(Short.MAX_VALUE) @DefaultValue("1") int replicas,
                               @Min(0) @Max(100) @DefaultValue("3") int retries,
                               @NotNull @DefaultValue("500ms") Duration retryInterval) {
}
