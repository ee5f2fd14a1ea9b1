package org.estatecare.client;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's token source: client credentials at the realm, unless the application defines its own. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EstateCareClientProperties.class)
class EstateCareClientConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TokenSource estatecareTokens(EstateCareClientProperties client) {
        if (client.issuer() == null || client.clientId() == null || client.clientSecret() == null) {
            throw new IllegalStateException("estatecare.client.issuer, client-id and client-secret are required "
                    + "(or define a TokenSource bean)");
        }
        return TokenSource.clientCredentials(TokenSource.tokenEndpointOf(client.issuer()), client.clientId(),
                client.clientSecret());
    }
}
