package org.estatecare.webhooks.destination;

import org.estatecare.webhooks.WebhooksProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DestinationsConfiguration {

    @Bean
    Destinations destinations(WebhooksProperties settings) {
        return new Destinations(settings.allowedPrivate());
    }
}
