package org.estatecare.registry;

import org.estatecare.kit.persistence.IdentifierConversion;
import org.estatecare.kit.persistence.IdentifierConversion.IdType;
import org.estatecare.registry.estate.ExitApplicationId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The estate registry: which estates are in the scheme, in which state, under which management. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class RegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(RegistryApplication.class, args);
    }

    /** The platform's ids and this service's own are stored as their text. */
    @Bean
    IdentifierConversion identifierConversion() {
        return IdentifierConversion.shared().with(new IdType<>(ExitApplicationId.class, ExitApplicationId::new));
    }
}
