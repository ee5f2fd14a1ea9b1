package org.estatecare.local;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Kafka broker, one MongoDB-wire server and one token issuer per test JVM, started on first use
 * and stopped when the JVM exits. Integration tests of every service share them, so a module's test
 * classes pay the start-up once.
 */
public final class TestInfrastructure {

    private static TestInfrastructure shared;

    private final LocalKafka kafka;
    private final LocalMongo mongo;
    private final DevTokenIssuer issuer;

    private TestInfrastructure() {
        this.kafka = LocalKafka.forTests().start();
        this.mongo = LocalMongo.inMemory();
        this.issuer = DevTokenIssuer.startForTests();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitApplicationShutdown();
            issuer.close();
            mongo.close();
            kafka.close();
        }, "test-infrastructure-shutdown"));
    }

    /**
     * Shutdown hooks run side by side: let the applications under test close first (their Kafka
     * consumers leave their groups, producers flush) while the broker and servers are still there,
     * instead of waiting out the clients' close timeouts against a stopped broker.
     */
    private static void awaitApplicationShutdown() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread != Thread.currentThread() && thread.getName().contains("ShutdownHook")) {
                try {
                    thread.join(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    public static synchronized TestInfrastructure shared() {
        if (shared == null) {
            shared = new TestInfrastructure();
        }
        return shared;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalMongo mongo() {
        return mongo;
    }

    public DevTokenIssuer issuer() {
        return issuer;
    }

    private static LocalKeycloak keycloak;

    /**
     * A real Keycloak with the realm as code, started on first use and shared by the JVM's test
     * classes (the first start builds for about 40 s). Empty where no Java 21+ exists; under
     * {@code CI=true} that is an error instead, so a CI machine cannot silently skip these tests.
     */
    public static synchronized java.util.Optional<LocalKeycloak> keycloak() {
        if (keycloak == null) {
            java.util.Optional<LocalKeycloak> created;
            try {
                created = LocalKeycloak.create(java.nio.file.Files.createTempDirectory("estatecare-keycloak"), Ports.free());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (created.isEmpty()) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(LocalKeycloak.unavailableReason());
                }
                return java.util.Optional.empty();
            }
            keycloak = created.get().start();
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "test-keycloak-shutdown"));
        }
        return java.util.Optional.of(keycloak);
    }

    /**
     * The configuration keys every service reads (the same ones the launcher, compose and Helm set),
     * pointed at this infrastructure.
     */
    public Map<String, String> serviceProperties(String database) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.mongodb.uri", mongo.uri());
        properties.put("spring.mongodb.database", database);
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer.issuer());
        // mongo-java-server does not answer the driver's health command; real MongoDB keeps the check
        properties.put("management.health.mongodb.enabled", "false");
        return properties;
    }
}
