package org.estatecare.kit.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Which service this is: {@code spring.application.name}, the name its events' source, its OpenAPI
 * title, its consumer group and the topics it publishes on (the event catalog's producer) all go by.
 */
@Validated
@ConfigurationProperties("spring.application")
public record ServiceProperties(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]*") String name) {
}
