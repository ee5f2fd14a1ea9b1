package org.estatecare.client;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl      where the platform is (the gateway or the ingress), e.g. {@code https://estatecare.hedong.gov.cn}
 * @param issuer       the realm, e.g. {@code https://id.hedong.gov.cn/realms/estatecare}: its token endpoint issues
 *                     the tokens
 * @param clientId     the department's client
 * @param clientSecret its secret (from the environment or a secret store, never from a committed file)
 */
@ConfigurationProperties("estatecare.client")
public record EstateCareClientProperties(URI baseUrl, URI issuer, String clientId, String clientSecret) {
}
