package org.estatecare.ops;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.estatecare.local.Deployables;
import org.estatecare.local.Deployables.Deployable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The deployables of {@code deploy/deployables.yml}, read as the launcher reads them: what the compose,
 * Dockerfile, Prometheus and Helm checks compare with, instead of lists of their own.
 */
final class Manifest {

    static final Path ROOT = Path.of("..");
    static final Path GATEWAY_CONFIG = ROOT.resolve("gateway/src/main/resources/application.yml");
    /** application.yml files may hold more documents (profiles) after the first: read the first only. */
    static final YAMLMapper YAML = YAMLMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private Manifest() {
    }

    static List<Deployable> deployables() {
        return Deployables.of(ROOT).deployables();
    }

    static List<Deployable> services() {
        return Deployables.of(ROOT).services();
    }

    static Deployable gateway() {
        return Deployables.of(ROOT).gateway();
    }

    static Deployable named(String name) {
        return Deployables.of(ROOT).named(name);
    }

    static Set<String> names() {
        return new TreeSet<>(deployables().stream().map(Deployable::name).toList());
    }

    /** The route keys under estatecare.gateway.services in the gateway's application.yml. */
    static Set<String> gatewayRouteKeys() {
        return new TreeSet<>(YAML.readTree(GATEWAY_CONFIG.toFile()).path("estatecare").path("gateway").path("services")
                .propertyNames());
    }
}
