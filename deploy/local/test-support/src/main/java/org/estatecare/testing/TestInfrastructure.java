package org.estatecare.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.estatecare.local.DevTokenIssuer;
import org.estatecare.local.LocalKafka;
import org.estatecare.local.LocalKeycloak;
import org.estatecare.local.LocalMongo;
import org.estatecare.local.Ports;

/**
 * One Kafka broker, one MongoDB-wire server and one token issuer per test JVM, started on first use
 * and stopped when the JVM exits. Integration tests of every service share them, so a module's test
 * classes pay the start-up once. Every port is chosen free, so the tests run beside a running local
 * stack.
 */
public final class TestInfrastructure {

    private static TestInfrastructure shared;
    private static LocalKeycloak keycloak;

    private final LocalKafka kafka;
    private final LocalMongo mongo;
    private final DevTokenIssuer issuer;

    private TestInfrastructure() {
        this.kafka = new LocalKafka(temporaryDirectory("estatecare-kafka"), Ports.free(), Ports.free()).start();
        this.mongo = LocalMongo.inMemory();
        this.issuer = DevTokenIssuer.startEphemeral();
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

    /**
     * A real Keycloak with the realm as code, started on first use and shared by the JVM's test
     * classes (the first start builds for about 40 s). Its HTTP and management ports are chosen free,
     * so it starts beside the local stack's Keycloak. Empty where no Java 21+ exists; under
     * {@code CI=true} that is an error instead, so a CI machine cannot silently skip these tests.
     */
    public static synchronized Optional<LocalKeycloak> keycloak() {
        if (keycloak == null) {
            Optional<LocalKeycloak> created = LocalKeycloak.create(temporaryDirectory("estatecare-keycloak"),
                    Ports.free(), Ports.free());
            if (created.isEmpty()) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(LocalKeycloak.unavailableReason());
                }
                return Optional.empty();
            }
            keycloak = created.get().start();
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "test-keycloak-shutdown"));
        }
        return Optional.of(keycloak);
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

    private static java.nio.file.Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
