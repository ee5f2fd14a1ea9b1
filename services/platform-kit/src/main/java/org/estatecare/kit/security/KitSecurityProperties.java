package org.estatecare.kit.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What a service opens to callers without a token, besides health, metrics and its API description.
 *
 * @param publicPaths path patterns readable without a token (e.g. Open311 discovery); none by default
 */
@Validated
@ConfigurationProperties("estatecare.security")
public record KitSecurityProperties(@DefaultValue List<@NotBlank String> publicPaths) {

    public KitSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : publicPaths.stream().map(String::strip).toList();
    }
}
