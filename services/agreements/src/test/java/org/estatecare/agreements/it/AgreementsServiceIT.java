package org.estatecare.agreements.it;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.estatecare.events.ids.EstateId;
import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.events.CloudEventAttributes;
import org.estatecare.events.EventContract;
import org.estatecare.events.EventJson;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.testing.EventTap;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agreements service as deployed — real HTTP, the real broker, the wire server — shared by its
 * integration tests (one Spring context), with a clock the tests move, estates announced the way the
 * registry announces them (events on estates.v1), and a tap on agreements.v1.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AgreementsServiceIT.Time.class)
abstract class AgreementsServiceIT {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final EventTap AGREEMENT_EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), AgreementEvents.TOPIC, 3);
    /** Tuesday 10 March 2026, 09:00 in Beijing. */
    static final Instant START = LocalDateTime.of(2026, 3, 10, 9, 0).atZone(Agreement.BUSINESS_ZONE).toInstant();
    static final MutableClock CLOCK = new MutableClock(START);
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONSUMER_GROUP = "agreements-it-" + UUID.randomUUID();
    private static final AtomicInteger COMPANIES = new AtomicInteger();

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
        INFRA.serviceProperties("agreements-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("spring.kafka.consumer.group-id", () -> CONSUMER_GROUP);
        registry.add("estatecare.outbox.send-timeout", () -> "1s");
        registry.add("estatecare.agreements.term-calendar.interval", () -> "1h"); // the tests run it themselves
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

    TestHttp as(String subject, String role, Map<String, String> scope) {
        return new TestHttp("http://127.0.0.1:" + port, INFRA.issuer().token(subject, List.of(role), scope));
    }

    TestHttp admin() {
        return as("admin", "district-admin", Map.of());
    }

    TestHttp streetOfficer(String street) {
        return as(street + "-officer", "street-officer", Map.of("street", street));
    }

    TestHttp company(String companyId) {
        return as(companyId + "-staff", "service-company", Map.of("company_id", companyId));
    }

    /** An estate as the registry announces it: registered, then included in {@code mode} if given; returns once known here. */
    String estate(String street, String community, String mode) {
        String id = "e-" + UUID.randomUUID();
        publish(id, 1, EstateEvents.REGISTERED, new EstateRegistered(id, "春华里", street, community, "春华街1号", 12, 480,
                new BigDecimal("31250.50")));
        if (mode != null) {
            publish(id, 2, EstateEvents.INCLUDED, new EstateIncluded(id, street, community, LocalDate.of(2026, 2, 1), mode));
        }
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> estates.find(new EstateId(id)).map(e -> (e.includedFrom() != null) == (mode != null)).orElse(false));
        return id;
    }

    /** An included estate in the company mode, put in CLASS_2 by the district. */
    String companyEstate(String street, String community) {
        String id = estate(street, community, "SERVICE_COMPANY");
        admin().send("PUT", "/api/estates/" + id + "/fee-class", "{\"estateClass\": \"CLASS_2\", \"from\": \"2020-01-01\"}");
        return id;
    }

    <T extends Record> void publish(String estateId, long sequence, EventContract<T> contract, T payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), estateId, EventJson.write(payload));
        new CloudEventAttributes(UUID.randomUUID().toString(), "/estatecare/estate-registry", contract.type(), estateId,
                sequence, Instant.now()).toHeaders()
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        eventTemplate.send(record).join();
    }

    /** A newly registered active company with a valid credit code; returns its id. */
    String registeredCompany() {
        return registeredCompany(CreditCodes.next());
    }

    /** A newly registered active company with the given credit code; returns its id. */
    String registeredCompany(String creditCode) {
        String id = "co-" + COMPANIES.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
        TestHttp.Response response = admin().post("/api/companies", """
                {"id": "%s", "name": "安居物业服务有限公司 %s", "creditCode": "%s", "legalRepresentative": "王安居",
                 "address": "河东区春华街1号", "contacts": [{"name": "李经理", "role": "项目经理", "phone": "022-24000000"}]}
                """.formatted(id, id, creditCode));
        if (response.status() != 201) {
            throw new IllegalStateException("company not registered: " + response);
        }
        return id;
    }

    /**
     * The district's standards used by the tests: CLASS_2 per square metre 0.80–1.50 from 2025, and
     * 0.90–1.40 from 1 March 2026; set once per test JVM.
     */
    static synchronized void standards(TestHttp admin) {
        if (standardsSet) {
            return;
        }
        admin.post("/api/fee-standards", """
                {"estateClass": "CLASS_2", "basis": "PER_SQUARE_METRE_MONTH", "minimum": 0.80, "maximum": 1.50,
                 "effectiveFrom": "2025-01-01", "document": "河东区物业服务收费标准（2025）"}""");
        admin.post("/api/fee-standards", """
                {"estateClass": "CLASS_2", "basis": "PER_SQUARE_METRE_MONTH", "minimum": 0.90, "maximum": 1.40,
                 "effectiveFrom": "2026-03-01", "document": "河东区物业服务收费标准（2026）"}""");
        standardsSet = true;
    }

    private static boolean standardsSet;

    /** A draft body with the four basic services; {@code leaveOut} names one to leave out ("*" all, null none). */
    static String draftJson(String estateId, String companyId, String termStart, String termEnd, String fee, String leaveOut) {
        String gate = "\"gateDuty\": {\"hoursPerDay\": 24, \"posts\": 2}";
        String patrol = "\"patrol\": {\"roundsPerDay\": 4}";
        String cleaning = "\"cleaning\": {\"timesPerWeek\": 7, \"scope\": \"楼道、道路、绿地；协助垃圾分类\"}";
        String parking = "\"parking\": {\"scope\": \"施划停车位，清理僵尸车\"}";
        String services = String.join(", ", java.util.stream.Stream.of(gate, patrol, cleaning, parking)
                .filter(s -> leaveOut == null || !("*".equals(leaveOut) || s.startsWith("\"" + leaveOut + "\""))).toList());
        return """
                {"estateId": "%s", "companyId": "%s", "termStart": "%s", "termEnd": "%s",
                 "basicServices": {%s},
                 "extras": [{"name": "代收快递", "description": "门岗代收快递", "price": 0, "priceUnit": "次"}],
                 "fee": {"basis": "PER_SQUARE_METRE_MONTH", "amount": %s}}
                """.formatted(estateId, companyId, termStart, termEnd, services, fee);
    }

    /** Drafts and signs (today) an agreement; returns its id. */
    String signedAgreement(String estateId, String companyId, String termStart, String termEnd) {
        standards(admin());
        TestHttp.Response draft = admin().post("/api/agreements", draftJson(estateId, companyId, termStart, termEnd, "1.20", null));
        if (draft.status() != 201) {
            throw new IllegalStateException("not drafted: " + draft);
        }
        String id = json(draft).get("id").asString();
        TestHttp.Response signed = admin().post("/api/agreements/" + id + "/signing", "{}");
        if (signed.status() != 200) {
            throw new IllegalStateException("not signed: " + signed);
        }
        return id;
    }

    static JsonNode json(TestHttp.Response response) {
        return JSON.readTree(response.body());
    }

    /** Valid unified social credit codes, distinct per call (GB 32100-2015 check character). */
    static final class CreditCodes {
        private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        private static final AtomicInteger NEXT = new AtomicInteger(100_000);

        static String next() {
            String first17 = "91120102" + String.format("%09d", NEXT.incrementAndGet());
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
            }
            return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
        }
    }
}
