package org.estatecare.complaints.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jurisdictionId the district's jurisdiction id; a request naming another is refused
 * @param contact        the contact shown in discovery
 */
@ConfigurationProperties("estatecare.open311")
public record Open311Settings(String jurisdictionId, String contact) {
}
