package org.estatecare.client;

import java.net.URI;
import java.time.Clock;

/** Where the client's bearer tokens come from. */
@FunctionalInterface
public interface TokenSource {

    /** A token valid now. */
    String token();

    /**
     * OAuth2 client credentials (RFC 6749, 4.4) at the realm's token endpoint, e.g.
     * {@code https://id.example.gov.cn/realms/estatecare/protocol/openid-connect/token}; a token is kept until shortly
     * before it expires.
     */
    static TokenSource clientCredentials(URI tokenEndpoint, String clientId, String clientSecret) {
        return new ClientCredentials(tokenEndpoint, clientId, clientSecret, Clock.systemUTC());
    }

    /** The token endpoint of a Keycloak realm, from its issuer ({@code …/realms/estatecare}). */
    static URI tokenEndpointOf(URI issuer) {
        String base = issuer.toString().endsWith("/") ? issuer.toString() : issuer + "/";
        return URI.create(base + "protocol/openid-connect/token");
    }
}
