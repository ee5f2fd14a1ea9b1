package org.estatecare.registry.it;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.estatecare.events.estates.EstateEvents;
import org.estatecare.local.DevTokenIssuer;
import org.estatecare.testing.EventTap;
import org.estatecare.testing.MutableClock;
import org.estatecare.testing.TestInfrastructure;
import org.estatecare.registry.estate.BusinessDates;
import org.estatecare.registry.territory.Community;
import org.estatecare.registry.territory.Street;
import org.estatecare.registry.territory.Streets;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The registry as deployed: real HTTP on a random port, a real Kafka broker and a MongoDB-wire server
 * shared by every test class of this JVM (one Spring context, one broker, one server), with a clock the
 * tests move. Each test starts at the real present (tokens and idempotency keys are dated by it too).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RegistryIntegrationTest.Time.class)
abstract class RegistryIntegrationTest {

    static final TestInfrastructure INFRA = TestInfrastructure.shared();
    static final EventTap ESTATE_EVENTS = EventTap.on(INFRA.kafka().bootstrapServers(), EstateEvents.TOPIC, 3);
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
    /** The actuators' own port (health, metrics, dead letters), never the API's. */
    @LocalManagementPort
    int managementPort;

    @Autowired
    Streets streets;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        INFRA.serviceProperties("estate-registry-it").forEach((key, value) -> registry.add(key, () -> value));
        registry.add("estatecare.outbox.poll-interval", () -> "50ms");
        registry.add("estatecare.outbox.send-timeout", () -> "1s");
    }

    @BeforeEach
    void now() {
        CLOCK.set(Instant.now());
    }

    /** Today in Beijing, by the service's clock. */
    static LocalDate today() {
        return BusinessDates.today(CLOCK);
    }

    /** Moves the service's clock to five minutes past midnight of {@code day} in Beijing. */
    static void travelTo(LocalDate day) {
        CLOCK.set(day.atStartOfDay(BusinessDates.ZONE).plusMinutes(5).toInstant());
    }

    @BeforeEach
    void territory() {
        for (Street street : List.of(
                new Street("chunhua", "春华街道", List.of(new Community("chunhua-xinhua", "新华社区"),
                        new Community("chunhua-wanxin", "万新社区"))),
                new Street("dongxin", "东新街道", List.of(new Community("dongxin-huaxin", "华馨社区"))))) {
            if (streets.find(street.code()).isEmpty()) {
                streets.add(street);
            }
        }
    }

    static DevTokenIssuer tokens() {
        return INFRA.issuer();
    }

    Api as(String developmentUser) {
        return new Api("http://127.0.0.1:" + port, tokens().tokenFor(developmentUser), Map.of());
    }

    Api withToken(String token) {
        return new Api("http://127.0.0.1:" + port, token, Map.of());
    }

    Api anonymous() {
        return new Api("http://127.0.0.1:" + port, null, Map.of());
    }

    /** The management port, without a token (as probes and Prometheus call it). */
    Api actuators() {
        return new Api("http://127.0.0.1:" + managementPort, null, Map.of());
    }

    /** The management port as a development user (an operator replaying dead letters). */
    Api actuatorsAs(String developmentUser) {
        return new Api("http://127.0.0.1:" + managementPort, tokens().tokenFor(developmentUser), Map.of());
    }

    /** A complete, valid registration body; {@code renovation} decides eligibility. */
    static String estateJson(String name, String street, String community, String renovation) {
        return """
                {"name": "%s", "street": "%s", "community": "%s", "address": "河东区春华街1号",
                 "location": {"latitude": 39.12, "longitude": 117.25},
                 "buildings": 12, "households": 480, "floorArea": 31250.50,
                 "propertyOwnerUnits": ["河东区房管局"], "renovation": %s,
                 "documents": ["河东民〔2026〕1号"], "note": "registered in a test"}
                """.formatted(name, street, community, renovation);
    }

    static final String ELIGIBLE = """
            {"approvalDocument": "津政批〔2025〕88号", "approvedOn": "2025-04-01", "acceptance": "QUALIFIED",
             "acceptedOn": "2025-12-20", "municipalSubsidy": true}""";
    static final String NOTHING_KNOWN = "{}";

    /** Every item of the takeover standard passed, lifts not applicable (R-TAKE-2). */
    static final String PASSED_ITEMS = """
            [{"item": "BUILDING_STRUCTURE", "result": "PASS"}, {"item": "ROOFS_AND_WATERPROOFING", "result": "PASS"},
             {"item": "WATER_AND_DRAINAGE_PIPES", "result": "PASS"}, {"item": "STAIRWELL_LIGHTING", "result": "PASS"},
             {"item": "FIRE_FACILITIES", "result": "PASS"}, {"item": "LIFTS", "result": "NOT_APPLICABLE"},
             {"item": "ROADS", "result": "PASS"}, {"item": "GREENING", "result": "PASS"},
             {"item": "SANITATION_FACILITIES", "result": "PASS"}, {"item": "ARCHIVES_HANDED_OVER", "result": "PASS"}]""";

    /** A takeover acceptance that passes every item, dated {@code acceptedOn}, with any further fields. */
    static String takeover(String acceptedOn, String... more) {
        StringBuilder body = new StringBuilder("{\"acceptedOn\": \"" + acceptedOn + "\", \"items\": " + PASSED_ITEMS);
        for (String field : more) {
            body.append(", ").append(field);
        }
        return body.append("}").toString();
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers an estate in the street and community as the district and includes it on 2026-02-01. */
    String includedEstate(String street, String community) {
        Api admin = as("admin");
        String id = admin.post("/api/estates", estateJson(uniqueName("included"), street, community, ELIGIBLE)).id();
        admin.post("/api/estates/" + id + "/takeover-acceptance", takeover("2026-01-10"));
        admin.post("/api/estates/" + id + "/filing", "{\"filedOn\": \"2026-01-20\"}");
        admin.post("/api/estates/" + id + "/inclusion", "{\"includedOn\": \"2026-02-01\", \"managementMode\": \"SERVICE_COMPANY\"}");
        return id;
    }

    /** A valid application to exit for demolition, proposing the day after today (R-EXIT-1). */
    static final String EXIT_APPLICATION = """
            {"applicant": "STREET_OFFICE", "reason": "DEMOLITION", "proposedEffectiveDate": "%s",
             "documents": ["东政拆〔2026〕5号"], "note": "征收范围内"}""";

    /** Files an application to exit for the estate as the street officer given; answers its id. */
    String pendingExitApplication(String estate, String officer) {
        Api.Response applied = as(officer).post("/api/estates/" + estate + "/exit-applications",
                EXIT_APPLICATION.formatted(today().plusDays(1)));
        if (applied.status() != 201) {
            throw new IllegalStateException("exit application not filed: " + applied);
        }
        return applied.id();
    }

    /** Registers an estate in 春华/新华 as the district and walks it to FILED. */
    String filedEstate(String renovation) {
        Api admin = as("admin");
        String id = admin.post("/api/estates", estateJson(uniqueName("filed"), "chunhua", "chunhua-xinhua", renovation)).id();
        admin.post("/api/estates/" + id + "/takeover-acceptance", takeover("2026-01-10"));
        admin.post("/api/estates/" + id + "/filing", "{\"filedOn\": \"2026-01-20\"}");
        return id;
    }
}
