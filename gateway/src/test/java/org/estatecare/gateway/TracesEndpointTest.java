package org.estatecare.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class TracesEndpointTest {

    static StandardEnvironment after(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("variables", variables));
        new TracesEndpoint().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }

    @Test
    void aGivenEndpointIsWhereTheSpansGoAndAnEmptyOneConfiguresNoExporter() {
        assertThat(after(Map.of("OTLP_TRACES_ENDPOINT", "http://tempo:4318/v1/traces")).getProperty(TracesEndpoint.KEY))
                .isEqualTo("http://tempo:4318/v1/traces");
        assertThat(after(Map.of("OTLP_TRACES_ENDPOINT", " ")).containsProperty(TracesEndpoint.KEY)).isFalse();
        assertThat(after(Map.of()).containsProperty(TracesEndpoint.KEY)).isFalse();
    }
}
