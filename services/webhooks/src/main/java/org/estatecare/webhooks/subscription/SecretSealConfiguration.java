package org.estatecare.webhooks.subscription;

import org.estatecare.webhooks.WebhooksProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SecretSealConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretSealConfiguration.class);

    @Bean
    SecretSeal secretSeal(WebhooksProperties settings) {
        if (settings.developmentKey()) {
            log.warn("webhook signing secrets are sealed with the development key: set ESTATECARE_WEBHOOKS_SECRET_KEY "
                    + "to a secret of the deployment (at least 32 bytes) before any department subscribes");
        }
        return new SecretSeal(settings.secretKey(), settings.previousSecretKeys());
    }
}
