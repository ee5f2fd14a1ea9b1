package org.estatecare.kit.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.util.StringUtils;

/**
 * Adds {@code estatecare-defaults.properties} with the lowest precedence: every service gets the same
 * configuration keys and defaults (Mongo URI, Kafka bootstrap, issuer, actuator exposure, JSON
 * strictness), and anything in its own {@code application.yml} or the environment wins.
 */
public class KitDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "estatecare-defaults.properties";
    /** The full OTLP/HTTP traces URL (e.g. {@code http://tempo:4318/v1/traces}); unset or empty: traces stay local. */
    static final String TRACES_ENDPOINT = "OTLP_TRACES_ENDPOINT";
    static final String OTLP_TRACES_ENDPOINT_KEY = "management.opentelemetry.tracing.export.otlp.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("estatecare-defaults",
                    new ClassPathResource(RESOURCE, KitDefaults.class.getClassLoader())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Boot makes an OTLP exporter whenever the endpoint key exists, and with an empty one the service does
        // not start: the key is set only for an endpoint that is given
        String endpoint = environment.getProperty(TRACES_ENDPOINT);
        if (StringUtils.hasText(endpoint)) {
            environment.getPropertySources().addLast(new MapPropertySource("estatecare-traces",
                    Map.of(OTLP_TRACES_ENDPOINT_KEY, endpoint.trim())));
        }
    }
}
