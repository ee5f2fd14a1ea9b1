package org.estatecare.complaints.open311;

import java.net.URI;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param jurisdictionId  the district's jurisdiction id; a request naming another is refused
 * @param contact         the contact shown in discovery
 * @param publicBaseUrl   where callers reach the platform (the gateway or the ingress), without a trailing slash:
 *                        discovery lists the endpoint under it, absolute as the standard asks
 * @param placementRadius how far from a request's {@code lat}/{@code long} an estate may lie and still be the one
 *                        the request is placed at, in metres
 */
@Validated
@ConfigurationProperties("estatecare.open311")
public record Open311Properties(@NotBlank String jurisdictionId, @NotBlank String contact, @NotNull URI publicBaseUrl,
                                @DefaultValue("300") @Min(10) @Max(5000) int placementRadius) {

    /** The base URL is absolute (http or https) and names no path beyond the platform's own prefix. */
    @AssertTrue(message = "estatecare.open311.public-base-url is an absolute http(s) URL without query or trailing slash")
    public boolean isPublicBaseUrlAbsolute() {
        return publicBaseUrl == null || publicBaseUrl.isAbsolute() && ("http".equals(publicBaseUrl.getScheme())
                || "https".equals(publicBaseUrl.getScheme())) && publicBaseUrl.getHost() != null
                && publicBaseUrl.getQuery() == null && !publicBaseUrl.toString().endsWith("/");
    }

    /** The GeoReport v2 endpoint as callers reach it. */
    public String endpoint() {
        return publicBaseUrl + "/open311/v2";
    }
}
