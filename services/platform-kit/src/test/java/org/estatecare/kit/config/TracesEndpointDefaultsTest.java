package org.estatecare.kit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** OTLP_TRACES_ENDPOINT names where spans go; empty or unset, no exporter is configured (an empty one would stop the start). */
class TracesEndpointDefaultsTest {

    static StandardEnvironment after(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new KitDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void aGivenEndpointIsWhereTheSpansGo() {
        assertThat(after(Map.of("OTLP_TRACES_ENDPOINT", " http://tempo:4318/v1/traces ")).getProperty(KitDefaults.OTLP_TRACES_ENDPOINT_KEY))
                .isEqualTo("http://tempo:4318/v1/traces");
    }

    @Test
    void anEmptyOrMissingEndpointConfiguresNoExporter() {
        assertThat(after(Map.of("OTLP_TRACES_ENDPOINT", "")).containsProperty(KitDefaults.OTLP_TRACES_ENDPOINT_KEY)).isFalse();
        assertThat(after(Map.of()).containsProperty(KitDefaults.OTLP_TRACES_ENDPOINT_KEY)).isFalse();
    }

    @Test
    void samplingFollowsTracingSamplingProbabilityWithTenPercentByDefault() {
        assertThat(after(Map.of()).getProperty("management.tracing.sampling.probability")).isEqualTo("0.1");
        assertThat(after(Map.of("TRACING_SAMPLING_PROBABILITY", "1.0")).getProperty("management.tracing.sampling.probability"))
                .isEqualTo("1.0");
    }
}
