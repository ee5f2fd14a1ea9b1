package org.estatecare.gateway;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Where spans go: {@code OTLP_TRACES_ENDPOINT}, the full OTLP/HTTP traces URL, as for every service (platform-kit's
 * defaults). Boot makes an exporter whenever its endpoint key is present, and with an empty one the gateway does not
 * start, so the key is set only for an endpoint that is given; without one the trace ids are in the logs and no span
 * leaves.
 */
public class TracesEndpoint implements EnvironmentPostProcessor {

    static final String VARIABLE = "OTLP_TRACES_ENDPOINT";
    static final String KEY = "management.opentelemetry.tracing.export.otlp.endpoint";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String endpoint = environment.getProperty(VARIABLE);
        if (StringUtils.hasText(endpoint)) {
            environment.getPropertySources().addLast(new MapPropertySource("estatecare-traces", Map.of(KEY, endpoint.trim())));
        }
    }
}
