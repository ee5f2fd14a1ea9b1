package org.estatecare.webhooks;

import org.estatecare.kit.persistence.IdentifierConversion;
import org.estatecare.kit.persistence.IdentifierConversion.IdType;
import org.estatecare.webhooks.delivery.DeliveryId;
import org.estatecare.webhooks.subscription.SubscriptionId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Webhooks for the district's departments: they subscribe their own endpoints to the platform's event types (by
 * street or category where that makes sense), and every event that matches is delivered as CloudEvents JSON, signed
 * the Standard Webhooks way, retried with backoff for a day, in order per estate, each attempt logged; an endpoint
 * that keeps failing is disabled, and its owner replays from a point in time. It learns the events from the five
 * topics and keeps its own database; it calls only public addresses.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WebhooksApplication {

    public static void main(String[] args) {
        SpringApplication.run(WebhooksApplication.class, args);
    }

    /** The platform's ids and this service's own are stored as their text. */
    @Bean
    IdentifierConversion identifierConversion() {
        return IdentifierConversion.shared().with(new IdType<>(SubscriptionId.class, SubscriptionId::new),
                new IdType<>(DeliveryId.class, DeliveryId::new));
    }
}
