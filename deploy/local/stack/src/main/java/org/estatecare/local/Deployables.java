package org.estatecare.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The deployables of {@code deploy/deployables.yml}, in start order: what the launcher starts and what
 * the checks of compose, the Dockerfile and the Helm chart compare with. A misspelt key fails the read.
 */
public record Deployables(List<Deployable> deployables) {

    public static final String FILE = "deploy/deployables.yml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    public Deployables {
        Objects.requireNonNull(deployables, "deployables");
        deployables = List.copyOf(deployables);
        if (deployables.stream().filter(Deployable::isGateway).count() != 1) {
            throw new IllegalArgumentException(FILE + ": exactly one deployable of kind gateway");
        }
        if (deployables.stream().map(Deployable::name).distinct().count() != deployables.size()) {
            throw new IllegalArgumentException(FILE + ": names must be unique");
        }
    }

    /** The manifest of the repository at {@code home}. */
    public static Deployables of(Path home) {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " not found: start from the repository's root folder (or set ESTATECARE_HOME)");
        }
        return YAML.readValue(file.toFile(), Deployables.class);
    }

    /** The services (everything but the gateway), in start order. */
    public List<Deployable> services() {
        return deployables.stream().filter(d -> !d.isGateway()).toList();
    }

    public Deployable gateway() {
        return deployables.stream().filter(Deployable::isGateway).findFirst().orElseThrow();
    }

    public Deployable named(String name) {
        return deployables.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no deployable " + name + " in " + FILE));
    }

    public enum Kind { SERVICE, GATEWAY }

    /** One deployable; see the top of {@code deploy/deployables.yml} for what each field means. */
    public record Deployable(String name, Kind kind, String module, int port, Integer managementPort, String database, String gatewayRoute,
                             List<String> publishes, List<String> consumes, Local local, String description) {

        public Deployable {
            require(name != null && name.matches("[a-z][a-z0-9-]*"), name, "name: lower case, digits and dashes");
            require(kind != null, name, "kind: service or gateway");
            require(module != null && !module.isBlank(), name, "module");
            require(port > 0 && port < 65536, name, "port");
            require(managementPort != null && managementPort > 0 && managementPort < 65536 && managementPort != port, name,
                    "managementPort: a port of its own for the actuators");
            publishes = publishes == null ? List.of() : List.copyOf(publishes);
            consumes = consumes == null ? List.of() : List.copyOf(consumes);
            if (kind == Kind.SERVICE) {
                require(database != null && !database.isBlank(), name, "database");
                require(gatewayRoute != null && !gatewayRoute.isBlank(), name, "gatewayRoute");
                require(local != null && local.mongoPort() > 0, name, "local.mongoPort");
            } else {
                require(database == null && gatewayRoute == null && publishes.isEmpty() && consumes.isEmpty(), name,
                        "a gateway has no database, route or topics");
            }
        }

        public boolean isGateway() {
            return kind == Kind.GATEWAY;
        }

        /** The executable jar its module builds. */
        public Path jar(Path home) {
            return home.resolve(module).resolve("target").resolve(name + "-exec.jar");
        }

        /** The gateway's environment variable for this service's address (Spring's relaxed binding of the route key). */
        public String gatewayRouteVariable() {
            return "ESTATECARE_GATEWAY_SERVICES_" + gatewayRoute.replace("-", "").toUpperCase(Locale.ROOT) + "_URI";
        }

        private static void require(boolean condition, String name, String what) {
            if (!condition) {
                throw new IllegalArgumentException(FILE + ", " + name + ": " + what);
            }
        }
    }

    /** The local launcher's defaults for a service. */
    public record Local(int mongoPort) {
    }
}
