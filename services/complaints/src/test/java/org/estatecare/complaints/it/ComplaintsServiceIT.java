package org.estatecare.complaints.it;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.events.CloudEventAttributes;
import org.estatecare.events.EventContract;
import org.estatecare.events.EventJson;
import org.estatecare.events.agreements.AgreementEnded;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.AgreementSigned;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.ServingCompanies;
import org.estatecare.testing.MutableClock;
import org.estatecare.testing.TestHttp;
import org.estatecare.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The complaints service as deployed — real HTTP, the real broker, the wire server — shared by its
 * integration tests (one Spring context), with a clock the tests move and estates announced the way
 * the registry announces them: events on estates.v1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ComplaintsServiceIT.Time.class)
abstract class ComplaintsServiceIT {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    /** Tuesday 10 March 2026, 09:00 in Beijing. */
    static final Instant START = LocalDateTime.of(2026, 3, 10, 9, 0).atZone(Complaint.BUSINESS_ZONE).toInstant();
    static final MutableClock CLOCK = new MutableClock(START);
    private static final String CONSUMER_GROUP = "complaints-it-" + UUID.randomUUID();

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock clock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.serviceProperties("complaints-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.kafka.consumer.group-id", () -> CONSUMER_GROUP);
        registry.add("estatecare.complaints.escalation-interval", () -> "1h"); // the tests run it themselves
    }

    @LocalServerPort
    int port;
    /** The actuators' own port (health, metrics), never the API's. */
    @LocalManagementPort
    int managementPort;
    @Autowired
    KafkaTemplate<String, String> eventTemplate;
    @Autowired
    EstateTimelines estates;
    @Autowired
    ServingCompanies agreements;

    TestHttp as(String subject, String role, Map<String, String> scope) {
        return new TestHttp("http://127.0.0.1:" + port, INFRA.issuer().token(subject, List.of(role), scope));
    }

    TestHttp anonymous() {
        return new TestHttp("http://127.0.0.1:" + port, null);
    }

    /** An estate as the registry announces it: registered, then included if asked; returns once it is known here. */
    String estate(String street, String community, boolean include) {
        String id = "e-" + UUID.randomUUID();
        publish(id, 1, EstateEvents.REGISTERED, new EstateRegistered(id, "春华里", street, community, "春华街1号", 12, 480, BigDecimal.TEN));
        if (include) {
            publish(id, 2, EstateEvents.INCLUDED, new EstateIncluded(id, street, community, LocalDate.of(2026, 2, 1), "SERVICE_COMPANY"));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> estates.find(new EstateId(id)).map(e -> (e.includedFrom() != null) == include).orElse(false));
        return id;
    }

    /** The registry's later word on an estate (sequence {@code sequence}); returns once the projection has it. */
    <T extends Record> void announce(String estateId, long sequence, EventContract<T> contract, T payload,
                                     java.util.function.Predicate<org.estatecare.events.estates.EstateTimeline> applied) {
        publish(estateId, sequence, contract, payload);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> estates.find(new EstateId(estateId)).map(applied::test).orElse(false));
    }

    /** The agreements service ends an agreement after {@code lastDay}; returns once the projection has it. */
    void agreementEnded(String estateId, String agreementId, String companyId, LocalDate lastDay) {
        publish(estateId, agreementId, 2, AgreementEvents.TERMINATED, new AgreementEnded(agreementId, estateId, "chunhua",
                "chunhua-xinhua", companyId, lastDay, "BY_PARTIES"));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> !agreements.estatesServedBy(new CompanyId(companyId), lastDay.plusDays(1)).contains(new EstateId(estateId)));
    }

    /**
     * The company serves the estate from 1 January 2026 to the end of 2028, as the agreements service
     * announces a signed agreement; returns the agreement id once the projection knows it.
     */
    String servedBy(String estateId, String companyId) {
        String agreementId = "a-" + UUID.randomUUID();
        publish(estateId, agreementId, 1, AgreementEvents.SIGNED, new AgreementSigned(agreementId, estateId, "chunhua",
                "chunhua-xinhua", companyId, "RESIDENTS_COMMITTEE", LocalDate.of(2025, 12, 20), LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), "PER_SQUARE_METRE_MONTH", new BigDecimal("1.20"), 0, null));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> agreements.estatesServedBy(new CompanyId(companyId), LocalDate.of(2026, 3, 10)).contains(new EstateId(estateId)));
        return agreementId;
    }

    <T extends Record> void publish(String estateId, long sequence, EventContract<T> contract, T payload) {
        publish(estateId, estateId, sequence, contract, payload);
    }

    /** An event on the contract's topic, keyed by the estate, about {@code subject}. */
    <T extends Record> void publish(String estateId, String subject, long sequence, EventContract<T> contract, T payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), estateId, EventJson.write(payload));
        new CloudEventAttributes(UUID.randomUUID().toString(), contract.topic().equals(AgreementEvents.TOPIC) ? "/estatecare/agreements" : "/estatecare/estate-registry",
                contract.type(), subject, sequence, Instant.now()).toHeaders()
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        eventTemplate.send(record).join();
    }
}
