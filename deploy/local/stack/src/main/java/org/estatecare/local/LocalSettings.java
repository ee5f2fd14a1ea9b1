package org.estatecare.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's settings, each from a system property ({@code -Destatecare.data-dir=…}) or the
 * matching environment variable ({@code ESTATECARE_DATA_DIR}), else its default.
 */
record LocalSettings(Path home, Path dataDir, int kafkaPort, int kafkaControllerPort, int identityPort,
                     int identityManagementPort, String identity, Optional<String> externalMongoUri,
                     Optional<String> externalKafka, boolean prometheus, int prometheusPort, boolean demoData) {

    static LocalSettings fromEnvironment() {
        Path home = Path.of(get("estatecare.home", ".")).toAbsolutePath().normalize();
        int kafkaPort = Integer.parseInt(get("estatecare.kafka-port", "19092"));
        int identityPort = Integer.parseInt(get("estatecare.identity-port", "8180"));
        return new LocalSettings(
                home,
                home.resolve(get("estatecare.data-dir", ".local-data")).normalize(),
                kafkaPort,
                Integer.parseInt(get("estatecare.kafka-controller-port", Integer.toString(kafkaPort + 1))),
                identityPort,
                Integer.parseInt(get("estatecare.identity-management-port", Integer.toString(identityPort + 1))),
                get("estatecare.identity", "keycloak"),
                firstOf("MONGODB_URI", "SPRING_MONGODB_URI"),
                firstOf("KAFKA_BOOTSTRAP_SERVERS", "SPRING_KAFKA_BOOTSTRAP_SERVERS"),
                Boolean.parseBoolean(get("estatecare.prometheus", "false")),
                Integer.parseInt(get("estatecare.prometheus-port", "9090")),
                Boolean.parseBoolean(get("estatecare.demo-data", "true")));
    }

    /** Port setting of one deployable, e.g. {@code estatecare.estate-registry.port}. */
    static int port(String deployable, String what, int defaultPort) {
        return Integer.parseInt(get("estatecare." + deployable + "." + what, Integer.toString(defaultPort)));
    }

    /** The issuer of the local identity provider (Keycloak or the development issuer: the same address). */
    String issuer() {
        return "http://" + Ports.LOOPBACK + ":" + identityPort + DevTokenIssuer.REALM_PATH;
    }

    /** A setting from its system property or, else, its environment variable; {@code defaultValue} when neither is set. */
    static String get(String property, String defaultValue) {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty;
        }
        String fromEnv = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        return fromEnv == null || fromEnv.isBlank() ? defaultValue : fromEnv;
    }

    private static Optional<String> firstOf(String... names) {
        Map<String, String> env = System.getenv();
        for (String name : names) {
            if (env.get(name) != null && !env.get(name).isBlank()) {
                return Optional.of(env.get(name));
            }
        }
        return Optional.empty();
    }
}
