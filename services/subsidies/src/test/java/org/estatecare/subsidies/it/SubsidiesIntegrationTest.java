package org.estatecare.subsidies.it;

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
import org.estatecare.events.agreements.EstateFeeClassChanged;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.assessments.AssessmentPublished;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.events.subsidies.SubsidyEvents;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.ServingCompanies;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.estatecare.local.DevTokenIssuer;
import org.estatecare.subsidies.allocation.EstateFacts;
import org.estatecare.subsidies.facts.EstateFactsSource;
import org.estatecare.testing.EventTap;
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
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The subsidies service as deployed: real HTTP on a random port, a real Kafka broker and a MongoDB-wire server shared
 * by every test class of this JVM, with a clock the tests move. Each test starts at the real present. Runs are
 * district-wide, so each test computes months of its own and reads the lines of its own estates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SubsidiesIntegrationTest.Time.class)
abstract class SubsidiesIntegrationTest {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final MutableClock CLOCK = new MutableClock(Instant.now());
    static final EventTap SUBSIDY_EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), SubsidyEvents.TOPIC, 3);
    static final String STREET = "chunhua";
    static final String COMMUNITY = "chunhua-xinhua";

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
    @Autowired
    EstateFactsSource factsSource;
    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.serviceProperties("subsidies-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("estatecare.outbox.poll-interval", () -> "50ms");
        registry.add("estatecare.outbox.send-timeout", () -> "1s");
    }

    @BeforeEach
    void now() {
        CLOCK.set(Instant.now());
    }

    static LocalDate today() {
        return LocalDate.ofInstant(CLOCK.instant(), WorkingDayCalendar.BEIJING);
    }

    static DevTokenIssuer tokens() {
        return INFRA.issuer();
    }

    Api as(String developmentUser) {
        return new Api("http://127.0.0.1:" + port, tokens().tokenFor(developmentUser), Map.of());
    }

    Api admin() {
        return as("admin");
    }

    /** A caller with one role and the claims of a territory: a street office its street, a company its id. */
    Api caller(Role role, String street, String company) {
        Map<String, String> claims = switch (role) {
            case STREET_OFFICER -> Map.of("street", street);
            case COMMUNITY_OFFICER, RESIDENT -> Map.of("street", street, "community", street + "-1");
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

    /** A street office's officer of {@code street}, as a user of its own. */
    Api streetOfficer(String street) {
        return new Api("http://127.0.0.1:" + port, tokens().token(street + "-officer-" + UUID.randomUUID().toString().substring(0, 6),
                List.of(Role.STREET_OFFICER.code()), Map.of("street", street)), Map.of());
    }

    /**
     * An estate as the registry and the agreements service announce it: {@code area} m², 200 households, in
     * {@code street}, included from {@code includedOn}, company-managed by {@code company} all along, of class 1.
     */
    String servedEstate(String street, LocalDate includedOn, String area, String company) {
        String id = "e-" + UUID.randomUUID();
        publish(id, id, 1, EstateEvents.REGISTERED, new EstateRegistered(id, "春华里", street, street + "-1", "春华街1号", 12, 200,
                new BigDecimal(area)));
        publish(id, id, 2, EstateEvents.INCLUDED, new EstateIncluded(id, street, street + "-1", includedOn, "SERVICE_COMPANY"));
        String agreement = "a-" + UUID.randomUUID();
        publish(id, agreement, 1, AgreementEvents.SIGNED, new AgreementSigned(agreement, id, street, street + "-1", company,
                "RESIDENTS_COMMITTEE", includedOn.minusDays(10), includedOn, includedOn.plusYears(5), "PER_SQUARE_METRE_MONTH",
                new BigDecimal("1.20"), 0, null));
        publish(id, "fc-" + id, 1, AgreementEvents.FEE_CLASS_CHANGED, new EstateFeeClassChanged(id, street, street + "-1",
                "CLASS_1", LocalDate.of(2000, 1, 1), Instant.parse("2024-12-01T00:00:00Z")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> factsOf(id) != null && !factsOf(id).terms().isEmpty()
                && !factsOf(id).classes().isEmpty());
        return id;
    }

    EstateFacts factsOf(String estateId) {
        return estateTimelines.find(new EstateId(estateId)).isEmpty() ? null
                : factsSource.all().stream().filter(f -> f.estateId().value().equals(estateId)).findFirst().orElse(null);
    }

    /** The assessments service publishes a grade for {@code company}'s service of the estate over the days given. */
    void graded(String estateId, String street, String company, LocalDate start, LocalDate end, String grade, int revision,
                String assessmentId) {
        AssessmentPublished published = new AssessmentPublished(assessmentId, estateId, street, street + "-1", company,
                "QUARTER", start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1), start, end, "district", 1,
                new BigDecimal("80.00"), grade, BigDecimal.ONE, revision, revision == 0 ? null : "ri-1", Instant.now());
        publish(estateId, assessmentId, revision + 1, revision == 0 ? AssessmentEvents.PUBLISHED : AssessmentEvents.REVISED,
                published);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> factsOf(estateId).grades().stream()
                .anyMatch(g -> g.assessmentId().equals(assessmentId) && g.revision() == revision));
    }

    /** The district's rates: municipal 0.30 and district 0.20 yuan/m²·month for class 1 from 2020, once. */
    void standardRates() {
        JsonNode policy = admin().get("/api/subsidy-policy").json();
        boolean decided = false;
        for (JsonNode rate : policy.path("rates")) {
            decided |= rate.path("effectiveFrom").asString().equals("2020-01-01");
        }
        if (decided) {
            return;
        }
        decide("/api/subsidy-policy/rates", """
                {"share": "MUNICIPAL", "estateClass": "CLASS_1", "unit": "PER_SQUARE_METRE_MONTH", "amount": 0.30,
                 "effectiveFrom": "2020-01-01"}""");
        decide("/api/subsidy-policy/rates", """
                {"share": "DISTRICT", "estateClass": "CLASS_1", "unit": "PER_SQUARE_METRE_MONTH", "amount": 0.20,
                 "effectiveFrom": "2020-01-01"}""");
    }

    Api.Response decide(String path, String body) {
        for (int attempt = 0; ; attempt++) {
            String etag = admin().get("/api/subsidy-policy").header("ETag");
            Api.Response answer = admin().header("If-Match", etag).post(path, body);
            if (answer.status() != 412 || attempt == 5) {
                return answer;
            }
        }
    }

    JsonNode compute(String period) {
        Api.Response computed = admin().post("/api/allocation-runs", "{\"period\": \"" + period + "\"}");
        if (computed.status() != 200 && computed.status() != 201) {
            throw new AssertionError(computed.toString());
        }
        return computed.json();
    }

    /** Every street office approves its street's lines, then admin2 (who did not compute it) approves the run. */
    JsonNode approve(String runId) {
        JsonNode run = admin().get("/api/allocation-runs/" + runId).json();
        for (JsonNode street : run.path("streets")) {
            if (street.path("approvedBy").isNull() || street.path("approvedBy").isMissingNode()) {
                String etag = admin().get("/api/allocation-runs/" + runId).header("ETag");
                Api.Response approved = streetOfficer(street.path("street").asString()).header("If-Match", etag)
                        .post("/api/allocation-runs/" + runId + "/streets/" + street.path("street").asString() + "/approval", "");
                if (approved.status() != 200) {
                    throw new AssertionError(approved.toString());
                }
            }
        }
        String etag = admin().get("/api/allocation-runs/" + runId).header("ETag");
        Api.Response approved = as("admin2").header("If-Match", etag).post("/api/allocation-runs/" + runId + "/approval", "");
        if (approved.status() != 200) {
            throw new AssertionError(approved.toString());
        }
        return approved.json();
    }

    JsonNode disburse(String runId, String reference) {
        String etag = admin().get("/api/allocation-runs/" + runId).header("ETag");
        Api.Response paid = as("finance").header("If-Match", etag).post("/api/allocation-runs/" + runId + "/disbursement",
                "{\"paymentReference\": \"" + reference + "\"}");
        if (paid.status() != 200) {
            throw new AssertionError(paid.toString());
        }
        return paid.json();
    }

    /** The lines of one estate in a run. */
    List<JsonNode> linesOf(String runId, String estateId) {
        JsonNode page = admin().get("/api/allocation-runs/" + runId + "/lines?estateId=" + estateId + "&size=200").json();
        return java.util.stream.StreamSupport.stream(page.path("content").spliterator(), false).toList();
    }

    /** An event on the contract's topic as its producer sends it: keyed by the estate, about {@code subject}. */
    <T extends Record> void publish(String estateId, String subject, long sequence, EventContract<T> contract, T payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), estateId, EventJson.write(payload));
        String source = "/estatecare/" + switch (contract.topic()) {
            case AgreementEvents.TOPIC -> "agreements";
            case AssessmentEvents.TOPIC -> "assessments";
            default -> "estate-registry";
        };
        new CloudEventAttributes(UUID.randomUUID().toString(), source, contract.type(), subject, sequence, Instant.now())
                .toHeaders().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        eventTemplate.send(record).join();
    }
}
