package org.estatecare.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every operation of the client is an operation of the service's released API (docs/api), with its parameters. */
class ApiCoverageTest {

    static final Map<Class<?>, String> SERVICES = Map.of(EstatesApi.class, "estate-registry", AgreementsApi.class, "agreements",
            ComplaintsApi.class, "complaints", AssessmentsApi.class, "assessments", SubsidiesApi.class, "subsidies",
            WebhooksApi.class, "webhooks");

    @Test
    void everyClientOperationIsInTheReleasedApi() throws IOException {
        List<String> missing = new ArrayList<>();
        for (var service : SERVICES.entrySet()) {
            JsonNode api = JsonMapper.builder().build().readTree(Files.readString(Path.of("../docs/api/" + service.getValue() + ".json")));
            for (Method method : service.getKey().getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                String verb = mapping.method()[0].name().toLowerCase(Locale.ROOT);
                String path = mapping.value()[0];
                JsonNode operation = api.path("paths").path(path).path(verb);
                if (operation.isMissingNode()) {
                    missing.add(service.getValue() + ": " + verb + " " + path);
                    continue;
                }
                List<String> documented = new ArrayList<>();
                operation.path("parameters").forEach(p -> documented.add(p.path("name").asString()));
                for (var parameter : method.getParameters()) {
                    var query = parameter.getAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
                    if (query != null && !documented.contains(query.name())) {
                        missing.add(service.getValue() + ": " + verb + " " + path + " ?" + query.name());
                    }
                }
            }
        }
        assertThat(missing).as("client operations the API does not have").isEmpty();
    }
}
