package org.estatecare.webhooks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.estatecare.events.CloudEventAttributes;
import org.estatecare.events.EventContract;
import org.estatecare.events.EventJson;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.assessments.JointMeetingMinutesRecorded;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.complaints.ComplaintFiled;
import org.estatecare.testing.TestHttp;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhooks service as deployed, shared by its integration tests (one Spring context) — real HTTP, the real broker, the wire server — delivering to a real HTTP receiver
 * events published on the topics the way their services publish them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class WebhooksServiceIT {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Receiver RECEIVER = new Receiver();
    static final int THRESHOLD = 4;

    /** The deployment's seal key, and the one before it (what it sealed is sealed again at start). */
    static final String CURRENT_KEY = "the-current-seal-key-of-the-test-deployment-0123";
    static final String PREVIOUS_KEY = "the-previous-seal-key-of-the-test-deployment-456";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.serviceProperties("webhooks-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.kafka.consumer.group-id", () -> "webhooks-it-" + UUID.randomUUID());
        registry.add("estatecare.webhooks.allowed-private", () -> "127.0.0.1:" + RECEIVER.port());
        registry.add("estatecare.webhooks.secret-key", () -> CURRENT_KEY);
        registry.add("estatecare.webhooks.previous-secret-keys", () -> PREVIOUS_KEY);
        registry.add("estatecare.webhooks.retry-schedule", () -> "300ms,300ms,300ms,300ms,300ms,300ms");
        registry.add("estatecare.webhooks.disable-after-failures", () -> String.valueOf(THRESHOLD));
        registry.add("estatecare.webhooks.dispatch-interval", () -> "100ms");
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> events;

    TestHttp department(String name) {
        return new TestHttp("http://127.0.0.1:" + port, INFRA.issuer().token("service-account-dept-" + name,
                List.of("department-officer"), Map.of("department", name)));
    }

    JsonNode subscribe(TestHttp who, String path, String types, String more) {
        TestHttp.Response made = who.post("/api/webhook-subscriptions", """
                {"url": "%s", "eventTypes": [%s]%s}""".formatted(RECEIVER.url(path), types, more));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return JSON.readTree(made.body());
    }

    /** A complaint filed, as the complaints service announces it; returns the event's id. */
    String complaintFiled(String estate, String street, String category) {
        return publish(ComplaintEvents.FILED, estate, new ComplaintFiled("c-" + UUID.randomUUID(), estate, street, street + "-1",
                category, "ONLINE", "RESIDENT", false, Instant.now()));
    }

    <T extends Record> String publish(EventContract<T> contract, String key, T payload) {
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), key, EventJson.write(payload));
        new CloudEventAttributes(id, "/estatecare/test", contract.type(), key, 1, Instant.now()).toHeaders()
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        events.send(record).join();
        return id;
    }

    /** The signature a receiver computes: Standard Webhooks, HMAC-SHA256 of id.timestamp.body under the secret's key. */
    static String expectedSignature(String secret, Receiver.Received request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signed = request.header("webhook-id") + "." + request.header("webhook-timestamp") + "." + request.body();
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    List<Receiver.Received> awaitAt(String path, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> RECEIVER.at(path).size() >= count);
        return RECEIVER.at(path);
    }

}
