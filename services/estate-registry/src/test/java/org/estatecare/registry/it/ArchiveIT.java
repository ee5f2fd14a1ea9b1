package org.estatecare.registry.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.assessments.RectificationOpened;
import org.estatecare.events.subsidies.RunApproved;
import org.estatecare.events.subsidies.SubsidyEvents;
import org.estatecare.events.subsidies.SubsidyLineComputed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An estate's work archive over real HTTP, filled from the other services' events on the real broker: the registry's
 * own decisions and, section by section, what was decided elsewhere, each event once, amounts as sent.
 */
class ArchiveIT extends RegistryIntegrationTest {

    @Autowired
    KafkaTemplate<String, String> eventTemplate;

    /** An event as its producer sends it, keyed by {@code key}; returns its CloudEvents id. */
    <T extends Record> String publish(String key, String id, EventContract<T> contract, T payload, Instant at) {
        ProducerRecord<String, String> record = new ProducerRecord<>(contract.topic(), key, EventJson.write(payload));
        String source = "/estatecare/" + contract.topic().substring(0, contract.topic().indexOf('.'));
        new CloudEventAttributes(id, source, contract.type(), key, 1, at).toHeaders()
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        eventTemplate.send(record).join();
        return id;
    }

    @Test
    @DisplayName("R-STAFF-1: an estate's archive is one export of its decisions and of what agreements, assessments and subsidies decided")
    void oneExport() {
        Api admin = as("admin");
        String estate = admin.post("/api/estates", estateJson(uniqueName("archive"), "chunhua", "chunhua-xinhua", ELIGIBLE)).id();
        String other = admin.post("/api/estates", estateJson(uniqueName("archive"), "chunhua", "chunhua-xinhua", ELIGIBLE)).id();
        Instant t = Instant.parse("2026-02-01T08:00:00Z");

        String signed = publish(estate, UUID.randomUUID().toString(), AgreementEvents.SIGNED, new AgreementSigned("a-1", estate,
                "chunhua", "chunhua-xinhua", "anju", "RESIDENTS_COMMITTEE", LocalDate.of(2026, 1, 25), LocalDate.of(2026, 2, 1),
                LocalDate.of(2029, 1, 31), "PER_SQUARE_METRE_MONTH", new BigDecimal("1.20"), 2, null), t);
        publish(estate, signed, AgreementEvents.SIGNED, new AgreementSigned("a-1", estate, "chunhua", "chunhua-xinhua", "anju",
                "RESIDENTS_COMMITTEE", LocalDate.of(2026, 1, 25), LocalDate.of(2026, 2, 1), LocalDate.of(2029, 1, 31),
                "PER_SQUARE_METRE_MONTH", new BigDecimal("1.20"), 2, null), t);
        publish(estate, UUID.randomUUID().toString(), AssessmentEvents.RECTIFICATION_OPENED, new RectificationOpened("r-1",
                estate, "chunhua", "chunhua-xinhua", "anju", "FAILING_GRADE", "as-1", null, LocalDate.of(2026, 4, 30),
                t.plus(Duration.ofDays(60))), t.plus(Duration.ofDays(60)));
        publish(estate, UUID.randomUUID().toString(), SubsidyEvents.LINE_COMPUTED, new SubsidyLineComputed("l-1", "run-2026-02",
                "2026-02", estate, "chunhua", "chunhua-xinhua", "MUNICIPAL", "COMPANY", "anju", 28, new BigDecimal("1296.30"),
                t.plus(Duration.ofDays(30))), t.plus(Duration.ofDays(30)));
        publish(other, UUID.randomUUID().toString(), SubsidyEvents.LINE_COMPUTED, new SubsidyLineComputed("l-2", "run-2026-02",
                "2026-02", other, "chunhua", "chunhua-xinhua", "MUNICIPAL", "COMPANY", "anju", 28, new BigDecimal("10.00"),
                t.plus(Duration.ofDays(30))), t.plus(Duration.ofDays(30)));
        String approval = publish("run-2026-02", UUID.randomUUID().toString(), SubsidyEvents.RUN_APPROVED, runApproved(), t);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> records(admin.get("/api/estates/" + estate + "/archive")
                .json()).size() == 3);
        Api.Response exported = as("chunhua-officer").get("/api/estates/" + estate + "/archive");
        assertThat(exported.status()).isEqualTo(200);
        JsonNode archive = exported.json();

        assertThat(archive.path("estate").path("id").asString()).isEqualTo(estate);
        assertThat(archive.path("decisions")).extracting(d -> d.path("action").asString()).contains("registered");
        assertThat(archive.path("sections")).extracting(s -> s.path("section").path("code").asString())
                .startsWith("AGREEMENTS", "FEE_PUBLICATIONS");
        assertThat(records(archive)).extracting(r -> r.path("type").asString()).containsExactly(
                "agreements.agreement.signed", "assessments.rectification.opened", "subsidies.line.computed");
        assertThat(records(archive)).extracting(r -> r.path("eventId").asString()).doesNotContain(approval);
        JsonNode line = section(archive, "SUBSIDIES").get(0);
        assertThat(line.path("data").path("amount").decimalValue()).isEqualTo(new BigDecimal("1296.30"));
        assertThat(exported.raw().body()).contains("\"amount\":1296.30");
        assertThat(section(archive, "AGREEMENTS").get(0).path("data").path("companyId").asString()).isEqualTo("anju");
        assertThat(archive.path("current").path("SUBSIDIES").asString()).isEqualTo(t.plus(Duration.ofDays(30)).toString());
    }

    @Test
    @DisplayName("R-STAFF-1: the street office exports its own estates' archives; other streets, communities, companies and residents cannot")
    void whoExports() {
        String estate = as("admin").post("/api/estates", estateJson(uniqueName("archive"), "chunhua", "chunhua-xinhua", ELIGIBLE))
                .id();
        String path = "/api/estates/" + estate + "/archive";
        assertThat(as("chunhua-officer").get(path).status()).isEqualTo(200);
        assertThat(as("auditor").get(path).status()).isEqualTo(200);
        Map<String, Integer> refused = Map.of("dongxin-officer", 404, "chunhua-community", 403, "company-anju", 403, "resident", 403,
                "housing-officer", 403, "finance", 403);
        refused.forEach((user, status) -> assertThat(as(user).get(path).status()).as(user).isEqualTo(status));
        assertThat(as("admin").get("/api/estates/e-unknown/archive").status()).isEqualTo(404);
    }

    static RunApproved runApproved() {
        return new RunApproved("run-2026-02", "2026-02", BigDecimal.ONE, List.of(new RunApproved.StreetTotal("chunhua", BigDecimal.ONE)),
                Instant.now());
    }

    static List<JsonNode> records(JsonNode archive) {
        return java.util.stream.StreamSupport.stream(archive.path("sections").spliterator(), false)
                .flatMap(s -> java.util.stream.StreamSupport.stream(s.path("records").spliterator(), false)).toList();
    }

    static JsonNode section(JsonNode archive, String code) {
        for (JsonNode s : archive.path("sections")) {
            if (s.path("section").path("code").asString().equals(code)) {
                return s.path("records");
            }
        }
        throw new AssertionError("no section " + code);
    }
}
