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
            issuer.close();
            mongo.close();
            kafka.close();
        }, "test-infrastructure-shutdown"));
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
