package org.estatecare.assessments.it;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.estatecare.events.CloudEventAttributes;
import org.estatecare.events.EventContract;
import org.estatecare.events.EventJson;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.AgreementSigned;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.ServingCompanies;
import org.estatecare.kit.security.Role;

import org.estatecare.kit.time.WorkingDayCalendar;
import org.estatecare.local.DevTokenIssuer;
import org.estatecare.testing.MutableClock;
import org.estatecare.testing.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The assessments service as deployed: real HTTP on a random port, a real Kafka broker and a
 * MongoDB-wire server shared by every test class of this JVM, with a clock the tests move. Each test
 * starts at the real present.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AssessmentsIntegrationTest.Time.class)
abstract class AssessmentsIntegrationTest {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final MutableClock CLOCK = new MutableClock(Instant.now());

    @TestConfiguration
    static class Time {
        @Bean
        @Primary
        MutableClock clock() {
            return CLOCK;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> eventTemplate;
    @Autowired
    EstateTimelines estateTimelines;
    @Autowired
    ServingCompanies servingCompanies;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.serviceProperties("assessments-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("estatecare.outbox.poll-interval", () -> "50ms");
        registry.add("estatecare.outbox.send-timeout", () -> "1s");
    }

    @BeforeEach
    void now() {
        CLOCK.set(Instant.now());
    }

    /** Today in Beijing, by the service's clock. */
    static LocalDate today() {
        return LocalDate.ofInstant(CLOCK.instant(), WorkingDayCalendar.BEIJING);
    }

    /** Moves the service's clock to five minutes past midnight of {@code day} in Beijing. */
    static void travelTo(LocalDate day) {
        CLOCK.set(day.atStartOfDay(WorkingDayCalendar.BEIJING).plusMinutes(5).toInstant());
    }

    static DevTokenIssuer tokens() {
        return INFRA.issuer();
    }

    Api as(String developmentUser) {
        return new Api("http://127.0.0.1:" + port, tokens().tokenFor(developmentUser), Map.of());
    }

    /**
     * A caller with one role and the claims of a territory, as the matrix tests call every endpoint: a street office
     * its street, a committee and a resident their street and community, a company its id (none when null).
     */
    Api caller(Role role, String street, String community, String company) {
        Map<String, String> claims = switch (role) {
            case STREET_OFFICER -> Map.of("street", street);
            case COMMUNITY_OFFICER, RESIDENT -> Map.of("street", street, "community", community);
            case DEPARTMENT_OFFICER -> Map.of("department", "housing");
            case SERVICE_COMPANY -> company == null ? Map.of() : Map.of("company_id", company);
            default -> Map.of();
        };
        return new Api("http://127.0.0.1:" + port, tokens().token("as-" + role.code() + "-" + street, List.of(role.code()),
                claims), Map.of());
    }

    Api anonymous() {
        return new Api("http://127.0.0.1:" + port, null, Map.of());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * An estate as the registry announces it on estates.v1: registered in {@code street}/{@code community},
     * included from {@code includedOn}; returns its id once this service knows it.
     */
    String includedEstate(String street, String community, LocalDate includedOn) {
        String id = "e-" + UUID.randomUUID();
        publish(id, id, 1, EstateEvents.REGISTERED, new EstateRegistered(id, "春华里", street, community, "春华街1号", 12, 480,
                BigDecimal.TEN));
        publish(id, id, 2, EstateEvents.INCLUDED, new EstateIncluded(id, street, community, includedOn, "SERVICE_COMPANY"));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> estateTimelines.find(new EstateId(id)).map(e -> includedOn.equals(e.includedFrom())).orElse(false));
        return id;
    }

    /** The agreements service announces {@code companyId} serving the estate from {@code from} to {@code to}; returns once known here. */
    String servedBy(String estateId, String companyId, LocalDate from, LocalDate to) {
        String agreementId = "a-" + UUID.randomUUID();
        var estate = estateTimelines.find(new EstateId(estateId)).orElseThrow();
        publish(estateId, agreementId, 1, AgreementEvents.SIGNED, new AgreementSigned(agreementId, estateId, estate.street(),
                estate.community(), companyId, "RESIDENTS_COMMITTEE", from.minusDays(10), from, to, "PER_SQUARE_METRE_MONTH",
                new BigDecimal("1.20"), 0, null));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> servingCompanies.serves(new CompanyId(companyId), new EstateId(estateId), from));
        return agreementId;
    }

    /** An event on the contract's topic as its producer sends it: keyed by the estate, about {@code subject}. */
    <T extends Record> void publish(String estateId, String subject, long sequence, EventContract<T> contract, T payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), estateId, EventJson.write(payload));
        String source = contract.topic().equals(AgreementEvents.TOPIC) ? "/estatecare/agreements" : "/estatecare/estate-registry";
        new CloudEventAttributes(UUID.randomUUID().toString(), source, contract.type(), subject, sequence, Instant.now())
                .toHeaders().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        eventTemplate.send(record).join();
    }
}
