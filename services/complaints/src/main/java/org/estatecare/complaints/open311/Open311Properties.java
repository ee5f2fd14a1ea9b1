package org.estatecare.complaints.open311;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param jurisdictionId the district's jurisdiction id; a request naming another is refused
 * @param contact        the contact shown in discovery
 */
@Validated
@ConfigurationProperties("estatecare.open311")
public record Open311Properties(@NotBlank String jurisdictionId, @NotBlank String contact) {
}
