package org.estatecare.kit.config;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code estatecare-defaults.properties} with the lowest precedence: every service gets the same
 * configuration keys and defaults (Mongo URI, Kafka bootstrap, issuer, actuator exposure, JSON
 * strictness), and anything in its own {@code application.yml} or the environment wins.
 */
public class KitDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "estatecare-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("estatecare-defaults",
                    new ClassPathResource(RESOURCE, KitDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
