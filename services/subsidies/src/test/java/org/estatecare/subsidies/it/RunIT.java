package org.estatecare.subsidies.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.events.EventJson;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.subsidies.SubsidyAdjustmentRaised;
import org.estatecare.events.subsidies.SubsidyEvents;
import org.estatecare.events.subsidies.SubsidyLineComputed;
import org.estatecare.events.subsidies.SubsidyStopped;
import org.estatecare.testing.EventTap.Received;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Runs over real HTTP, fed by events on a real broker: computing, adjusting, approving and paying. */
class RunIT extends SubsidiesIntegrationTest {

    @BeforeEach
    void rates() {
        standardRates();
    }

    static BigDecimal amount(List<JsonNode> lines, String share, String kind) {
        return lines.stream().filter(l -> l.path("share").path("code").asString().equals(share)
                && l.path("kind").path("code").asString().equals(kind)).map(l -> l.path("amount").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    @DisplayName("R-EXIT-2, R-SUB-4: an exit (event) stops the subsidy from its date and raises adjustments of the paid month it overlaps")
    void exitStopsTheSubsidyAndAdjustsThePaidMonth() {
        String estate = servedEstate(STREET, LocalDate.of(2024, 6, 1), "10000.00", "anju");
        JsonNode march = compute("2025-03");
        List<JsonNode> marchLines = linesOf(march.path("id").asString(), estate);
        assertThat(amount(marchLines, "MUNICIPAL", "REGULAR")).isEqualByComparingTo("3000.00");
        assertThat(marchLines).filteredOn(l -> l.path("share").path("code").asString().equals("DISTRICT")
                        && l.path("kind").path("code").asString().equals("REGULAR")).singleElement()
                .satisfies(l -> assertThat(l.path("trace").get(0).path("status").path("code").asString()).isEqualTo("AWAITING_GRADE"));
        approve("run-2025-03");
        disburse("run-2025-03", "HDCZ-2025-0412");

        publish(estate, estate, 3, EstateEvents.EXITED, new EstateExited(estate, STREET, STREET + "-1", "DEMOLITION",
                LocalDate.of(2025, 3, 20)));

        await().atMost(Duration.ofSeconds(30)).until(() -> SUBSIDY_EVENTS.of(estate).stream()
                .anyMatch(e -> e.type().equals(SubsidyEvents.SUBSIDY_STOPPED.type())));
        Received stopped = SUBSIDY_EVENTS.of(estate).stream().filter(e -> e.type().equals(SubsidyEvents.SUBSIDY_STOPPED.type()))
                .findFirst().orElseThrow();
        assertThat(EventJson.read(stopped.payload(), SubsidyStopped.class).stoppedFrom()).isEqualTo(LocalDate.of(2025, 3, 20));
        await().atMost(Duration.ofSeconds(30)).until(() -> factsOf(estate).timeline().exitFrom() != null);

        JsonNode april = compute("2025-04");
        List<JsonNode> aprilLines = linesOf(april.path("id").asString(), estate);
        assertThat(aprilLines).filteredOn(l -> l.path("kind").path("code").asString().equals("REGULAR")).isEmpty();
        List<JsonNode> forMarch = aprilLines.stream().filter(l -> l.path("month").asString().equals("2025-03")).toList();
        assertThat(amount(forMarch, "MUNICIPAL", "ADJUSTMENT")).isEqualByComparingTo("-1161.29"); // 3000 × 19/31 − 3000
        JsonNode adjustment = forMarch.stream().filter(l -> l.path("share").path("code").asString().equals("MUNICIPAL"))
                .findFirst().orElseThrow();
        assertThat(adjustment.path("month").asString()).isEqualTo("2025-03");
        assertThat(adjustment.path("reason").path("code").asString()).isEqualTo("EXIT");
        assertThat(adjustment.path("corrects").get(0).asString()).isEqualTo(marchLines.stream()
                .filter(l -> l.path("share").path("code").asString().equals("MUNICIPAL")
                        && l.path("kind").path("code").asString().equals("REGULAR")).findFirst().orElseThrow()
                .path("id").asString());
        assertThat(linesOf("run-2025-03", estate)).as("the paid month's lines are never edited")
                .extracting(l -> l.path("amount").decimalValue()).usingElementComparator(BigDecimal::compareTo)
                .contains(new BigDecimal("3000.00"));

        approve("run-2025-04");
        java.util.function.Supplier<java.util.Optional<SubsidyAdjustmentRaised>> municipalMarch = () -> SUBSIDY_EVENTS.of(estate)
                .stream().filter(e -> e.type().equals(SubsidyEvents.ADJUSTMENT_RAISED.type()))
                .map(e -> EventJson.read(e.payload(), SubsidyAdjustmentRaised.class))
                .filter(e -> e.share().equals("MUNICIPAL") && e.correctedPeriod().equals("2025-03")).findFirst();
        await().atMost(Duration.ofSeconds(30)).until(() -> municipalMarch.get().isPresent());
        SubsidyAdjustmentRaised raised = municipalMarch.get().orElseThrow();
        assertThat(raised.amount()).isEqualByComparingTo("-1161.29");
        assertThat(raised.correctedPeriod()).isEqualTo("2025-03");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(SUBSIDY_EVENTS.of(estate).stream()
                .filter(e -> e.type().equals(SubsidyEvents.LINE_COMPUTED.type()))
                .map(e -> EventJson.read(e.payload(), SubsidyLineComputed.class).period())).contains("2025-03"));
    }

    @Test
    @DisplayName("R-SUB-2: a revised grade (re-inspection) raises an adjustment of the district share in the next run")
    void revisedGradeRaisesAnAdjustment() {
        String estate = servedEstate(STREET, LocalDate.of(2024, 6, 1), "10000.00", "anju");
        String assessment = "asm-" + estate;
        graded(estate, STREET, "anju", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), "PASS", 0, assessment);
        List<JsonNode> may = linesOf(compute("2025-05").path("id").asString(), estate);
        assertThat(amount(may, "DISTRICT", "REGULAR")).isEqualByComparingTo("1400.00"); // 2000 × 0.70
        approve("run-2025-05");

        graded(estate, STREET, "anju", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30), "GOOD", 1, assessment);

        List<JsonNode> june = linesOf(compute("2025-06").path("id").asString(), estate);
        assertThat(june).filteredOn(l -> l.path("kind").path("code").asString().equals("ADJUSTMENT")
                        && l.path("month").asString().equals("2025-05")).singleElement()
                .satisfies(l -> {
                    assertThat(l.path("month").asString()).isEqualTo("2025-05");
                    assertThat(l.path("amount").decimalValue()).isEqualByComparingTo("400.00");
                    assertThat(l.path("reason").path("code").asString()).isEqualTo("GRADE");
                });
        assertThat(amount(june, "DISTRICT", "REGULAR")).isEqualByComparingTo("1800.00");
    }

    @Test
    @DisplayName("R-SUB-2: computing a month again with the same facts changes nothing; an approved run never changes")
    void computingAgainChangesNothing() {
        String estate = servedEstate(STREET, LocalDate.of(2024, 6, 1), "5000.00", "anju");
        JsonNode first = compute("2025-07");
        Api.Response again = admin().post("/api/allocation-runs", "{\"period\": \"2025-07\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("revision").asLong()).isEqualTo(first.path("revision").asLong());
        assertThat(again.json().path("computation").asInt()).isEqualTo(first.path("computation").asInt());
        assertThat(linesOf("run-2025-07", estate)).filteredOn(l -> l.path("kind").path("code").asString().equals("REGULAR"))
                .hasSize(2);
        assertThat(again.json().path("total").decimalValue()).isEqualByComparingTo(sumOfAllLines("run-2025-07"));
    }

    @Test
    @DisplayName("R-SUB-3: whoever computed or changed a run cannot approve it; streets approve first; finance pays")
    void segregationOfDuties() {
        servedEstate(STREET, LocalDate.of(2024, 6, 1), "5000.00", "anju");
        compute("2025-08");
        String run = "/api/allocation-runs/run-2025-08";
        String etag = admin().get(run).header("ETag");

        Api.Response byComputer = admin().header("If-Match", etag).post(run + "/approval", "");
        assertThat(byComputer.status()).as(byComputer.toString()).isEqualTo(403);
        Api.Response beforeStreets = as("admin2").header("If-Match", etag).post(run + "/approval", "");
        assertThat(beforeStreets.status()).as(beforeStreets.toString()).isEqualTo(409);
        Api.Response otherStreet = streetOfficer("dongxin").header("If-Match", etag).post(run + "/streets/" + STREET
                + "/approval", "");
        assertThat(otherStreet.status()).isEqualTo(403);
        Api.Response financeApproves = as("finance").header("If-Match", etag).post(run + "/approval", "");
        assertThat(financeApproves.status()).isEqualTo(403);

        // admin2 changes the run by computing it again after a fact changed: from then on admin2 cannot approve it either
        servedEstate(STREET, LocalDate.of(2025, 8, 10), "1000.00", "anju");
        Api.Response recomputed = as("admin2").post("/api/allocation-runs", "{\"period\": \"2025-08\"}");
        assertThat(recomputed.status()).isEqualTo(200);
        assertThat(recomputed.json().path("computedBy")).extracting(JsonNode::asString).contains("admin", "admin2");
        for (JsonNode street : recomputed.json().path("streets")) {
            String tag = admin().get(run).header("ETag");
            assertThat(streetOfficer(street.path("street").asString()).header("If-Match", tag)
                    .post(run + "/streets/" + street.path("street").asString() + "/approval", "").status()).isEqualTo(200);
        }
        Api.Response byChanger = as("admin2").header("If-Match", admin().get(run).header("ETag")).post(run + "/approval", "");
        assertThat(byChanger.status()).as(byChanger.toString()).isEqualTo(403);
        assertThat(admin().get(run).json().path("status").path("code").asString()).isEqualTo("COMPUTED");
    }

    @Test
    @DisplayName("R-SUB-3: the ledger chains every approval and payment; tampering with a stored entry or a line is found by verify")
    void tamperingIsDetected() {
        servedEstate(STREET, LocalDate.of(2024, 6, 1), "7000.00", "anju");
        compute("2025-09");
        approve("run-2025-09");
        disburse("run-2025-09", "HDCZ-2025-1010");
        JsonNode intact = as("auditor").get("/api/subsidy-ledger/verification").json();
        assertThat(intact.path("intact").asBoolean()).as(intact.toString()).isTrue();
        JsonNode entries = as("auditor").get("/api/subsidy-ledger?size=200").json().path("content");
        JsonNode disbursed = java.util.stream.StreamSupport.stream(entries.spliterator(), false)
                .filter(e -> e.path("runId").asString().equals("run-2025-09") && e.path("kind").asString().equals("DISBURSED"))
                .findFirst().orElseThrow();
        long sequence = disbursed.path("sequence").asLong();
        org.bson.Document stored = mongo.findById(sequence, org.bson.Document.class, "subsidy_ledger");
        Object original = stored.get("amount");
        try {
            mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                            org.springframework.data.mongodb.core.query.Criteria.where("_id").is(sequence)),
                    org.springframework.data.mongodb.core.query.Update.update("amount", new org.bson.types.Decimal128(
                            new BigDecimal("99999999.00"))), "subsidy_ledger");
            JsonNode broken = as("auditor").get("/api/subsidy-ledger/verification").json();
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("firstBroken").asLong()).isEqualTo(sequence);
            assertThat(broken.path("problem").asString()).contains("hash");
        } finally {
            mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                    org.springframework.data.mongodb.core.query.Criteria.where("_id").is(sequence)),
                    org.springframework.data.mongodb.core.query.Update.update("amount", original), "subsidy_ledger");
        }
        assertThat(as("auditor").get("/api/subsidy-ledger/verification").json().path("intact").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("R-SUB-2: a computation interrupted before all its lines were written is refused approval until computed again, which writes them whole")
    void interruptedComputationIsRepaired() {
        String estate = servedEstate(STREET, LocalDate.of(2024, 6, 1), "6000.00", "anju");
        JsonNode computed = compute("2025-10");
        long written = mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("runId").is("run-2025-10")), "allocationLine");
        assertThat(written).isPositive();
        // as a stop between the run and its lines would leave it: the estate's lines never written
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(org.springframework.data.mongodb.core.query.Criteria
                .where("runId").is("run-2025-10").and("estateId").is(estate)), "allocationLine");

        String etag = admin().get("/api/allocation-runs/run-2025-10").header("ETag");
        Api.Response refused = streetOfficer(STREET).header("If-Match", etag).post("/api/allocation-runs/run-2025-10/streets/"
                + STREET + "/approval", "");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);

        Api.Response again = admin().post("/api/allocation-runs", "{\"period\": \"2025-10\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("revision").asLong()).isEqualTo(computed.path("revision").asLong());
        assertThat(linesOf("run-2025-10", estate)).filteredOn(l -> l.path("kind").path("code").asString().equals("REGULAR"))
                .hasSize(2);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                org.springframework.data.mongodb.core.query.Criteria.where("runId").is("run-2025-10")), "allocationLine"))
                .isEqualTo(written);
        assertThat(approve("run-2025-10").path("status").path("code").asString()).isEqualTo("APPROVED");
    }

    @Test
    @DisplayName("R-SUB-2: a run is computed for a month that is over: across a year end the last December is, the new January is not")
    void onlyAMonthThatIsOverIsComputed() {
        LocalDate newYear = LocalDate.of(today().getYear() + 1, 1, 1);
        CLOCK.set(newYear.atStartOfDay(org.estatecare.kit.time.WorkingDayCalendar.BEIJING).plusMinutes(5).toInstant());
        String december = java.time.YearMonth.from(newYear.minusDays(1)).toString();

        Api.Response january = admin().post("/api/allocation-runs", "{\"period\": \"" + java.time.YearMonth.from(newYear) + "\"}");
        assertThat(january.status()).as(january.toString()).isEqualTo(422);
        assertThat(january.json().path("violations").get(0).path("condition").asString()).isEqualTo("period-not-over");
        assertThat(admin().post("/api/allocation-runs", "{\"period\": \"1999-12\"}").status()).isEqualTo(422);
        assertThat(admin().post("/api/allocation-runs", "{\"period\": \"2026-13\"}").status()).isEqualTo(400);
        assertThat(admin().get("/api/allocation-runs/run-" + java.time.YearMonth.from(newYear)).status()).isEqualTo(404);

        Api.Response computed = admin().post("/api/allocation-runs", "{\"period\": \"" + december + "\"}");
        assertThat(computed.status()).as(computed.toString()).isIn(200, 201);
        assertThat(computed.json().path("period").asString()).isEqualTo(december);
    }

    BigDecimal sumOfAllLines(String runId) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int page = 0; ; page++) {
            JsonNode lines = admin().get("/api/allocation-runs/" + runId + "/lines?size=200&page=" + page).json();
            for (JsonNode line : lines.path("content")) {
                sum = sum.add(line.path("amount").decimalValue());
            }
            if (page + 1 >= lines.path("page").path("totalPages").asInt()) {
                return sum;
            }
        }
    }
}
