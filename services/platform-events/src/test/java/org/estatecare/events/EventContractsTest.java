package org.estatecare.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.estatecare.events.agreements.AgreementAmended;
import org.estatecare.events.agreements.AgreementEnded;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.AgreementSigned;
import org.estatecare.events.agreements.FeePeriodPublished;
import org.estatecare.events.agreements.SubsidyUseReported;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.assessments.AssessmentPublished;
import org.estatecare.events.assessments.RectificationClosed;
import org.estatecare.events.assessments.RectificationOpened;
import org.estatecare.events.assessments.SurveyClosed;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.complaints.ComplaintAssigned;
import org.estatecare.events.complaints.ComplaintClosed;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.events.complaints.ComplaintFiled;
import org.estatecare.events.complaints.ComplaintMarkedDuplicate;
import org.estatecare.events.complaints.ComplaintReopened;
import org.estatecare.events.complaints.ComplaintResolved;
import org.estatecare.events.estates.EstateDetailsChanged;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateNotIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.estates.Location;
import org.estatecare.events.estates.ManagementCommitteeChanged;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.events.subsidies.RunApproved;
import org.estatecare.events.subsidies.RunDisbursed;
import org.estatecare.events.subsidies.SubsidyAdjustmentRaised;
import org.estatecare.events.subsidies.SubsidyEvents;
import org.estatecare.events.subsidies.SubsidyLineComputed;
import org.estatecare.events.subsidies.SubsidyStopped;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every payload record and its JSON Schema describe the same wire format. */
class EventContractsTest {

    // decimals read as BigDecimal so the tree keeps 31250.50 as written (money and areas keep their scale)
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static final Map<EventContract<?>, Record> SAMPLES = new java.util.HashMap<>(Map.of(
            EstateEvents.REGISTERED, new EstateRegistered("e-1", "春华里", "chunhua", "chunhua-1", "春华街1号", 12, 480, new BigDecimal("31250.50"), new Location(39.1321, 117.2290)),
            EstateEvents.DETAILS_CHANGED, new EstateDetailsChanged("e-1", "春华里", "chunhua", "chunhua-1", "春华街1号", 12, 482, new BigDecimal("31250.50"), LocalDate.of(2026, 3, 1)),
            EstateEvents.INCLUDED, new EstateIncluded("e-1", "chunhua", "chunhua-1", LocalDate.of(2026, 2, 28), "SERVICE_COMPANY"),
            EstateEvents.NOT_INCLUDED, new EstateNotIncluded("e-1", "chunhua", "chunhua-1", LocalDate.of(2026, 3, 1), "not accepted as qualified"),
            EstateEvents.EXITED, new EstateExited("e-1", "chunhua", "chunhua-1", "DEMOLITION", LocalDate.of(2028, 2, 29)),
            EstateEvents.MANAGEMENT_MODE_CHANGED, new ManagementModeChanged("e-1", "chunhua", "chunhua-1", "RESIDENT_SELF_GOVERNANCE", LocalDate.of(2026, 7, 1)),
            EstateEvents.MANAGEMENT_COMMITTEE_CHANGED, new ManagementCommitteeChanged("e-1", "chunhua", "chunhua-1", "RESIDENTS_COMMITTEE", 0)));

    static {
        SAMPLES.put(EstateEvents.MAINTENANCE_NAMED, new org.estatecare.events.estates.MaintenanceNamed("e-1", "chunhua",
                "chunhua-1", "河东区消防设施维保中心", null, LocalDate.of(2028, 2, 29), List.of(
                        new org.estatecare.events.estates.MaintenanceNamed.Warranty("ROOF_WATERPROOFING", LocalDate.of(2031, 2, 28),
                                "津城建设集团"))));
        SAMPLES.put(EstateEvents.STREET_MAINTENANCE_UNITS_NAMED, new org.estatecare.events.estates.StreetMaintenanceUnitsNamed("chunhua",
                "河东区房屋维修中心", "河东区市政养护所", "河东区路灯管理所", LocalDate.of(2027, 1, 1), "东政发〔2026〕31号"));
        java.time.Instant at = java.time.Instant.parse("2026-02-13T01:30:00Z");
        SAMPLES.put(ComplaintEvents.FILED, new ComplaintFiled("c-1", "e-1", "chunhua", "chunhua-1", "GROUND_LOCK", "HOTLINE",
                "RESIDENT", true, at));
        SAMPLES.put(ComplaintEvents.ASSIGNED, new ComplaintAssigned("c-1", "e-1", "chunhua", "chunhua-1", "GROUND_LOCK",
                "SERVICE_COMPANY", null, 0, LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 24), null));
        SAMPLES.put(ComplaintEvents.ESCALATED, new ComplaintAssigned("c-1", "e-1", "chunhua", "chunhua-1", "GROUND_LOCK",
                "DEPARTMENT", "city-management", 3, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), "dissuasion failed"));
        SAMPLES.put(ComplaintEvents.RESOLVED, new ComplaintResolved("c-1", "e-1", "chunhua", "chunhua-1", "GROUND_LOCK",
                "STREET_OFFICE", null, at, true));
        SAMPLES.put(ComplaintEvents.CLOSED, new ComplaintClosed("c-1", "e-1", "chunhua", "chunhua-1", "GROUND_LOCK", 4, at));
        SAMPLES.put(ComplaintEvents.REOPENED, new ComplaintReopened("c-1", "e-1", "chunhua", "chunhua-1", "GROUND_LOCK", at));
        SAMPLES.put(ComplaintEvents.MARKED_DUPLICATE, new ComplaintMarkedDuplicate("c-2", "c-1", "e-1", "chunhua", "chunhua-1",
                "GROUND_LOCK", at));
        SAMPLES.put(ComplaintEvents.CALENDAR_YEAR_PUBLISHED, new org.estatecare.events.complaints.CalendarYearPublished(2027, 1,
                "国务院办公厅关于2027年部分节假日安排的通知", List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5)),
                List.of(LocalDate.of(2027, 2, 20)), at));

        java.time.Instant publishedAt = java.time.Instant.parse("2026-07-10T02:00:00Z");
        var inspection = new org.estatecare.events.assessments.InspectionRecorded("i-1", "e-1", "chunhua", "chunhua-1", "anju",
                "STREET_MONTHLY", LocalDate.of(2026, 2, 28), "street-chunhua", List.of(
                        new org.estatecare.events.assessments.InspectionRecorded.ServiceScore("CLEANING", new BigDecimal("66.67"))),
                1, List.of("OWNERLESS_NON_MOTOR_VEHICLES"), publishedAt);
        SAMPLES.put(org.estatecare.events.assessments.AssessmentEvents.INSPECTION_RECORDED, inspection);
        SAMPLES.put(org.estatecare.events.assessments.AssessmentEvents.INSPECTION_CORRECTED, inspection);
        SAMPLES.put(org.estatecare.events.assessments.AssessmentEvents.JOINT_MEETING_MINUTES_RECORDED,
                new org.estatecare.events.assessments.JointMeetingMinutesRecorded("jm-1", "e-1", "chunhua", LocalDate.of(2026, 3, 12),
                        List.of(new org.estatecare.events.assessments.JointMeetingMinutesRecorded.Point("OVERDUE_COMPLAINT",
                                "3号楼地锁投诉逾期未办结", "城管部门一周内拆除")), 2, "street-chunhua", publishedAt));
        SAMPLES.put(AgreementEvents.SIGNED, new AgreementSigned("a-1", "e-1", "chunhua", "chunhua-1", "anju",
                "MANAGEMENT_COMMITTEE", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28),
                "PER_SQUARE_METRE_MONTH", new BigDecimal("1.20"), 2, null));
        SAMPLES.put(AgreementEvents.RENEWED, new AgreementSigned("a-2", "e-1", "chunhua", "chunhua-1", "anju",
                "RESIDENTS_COMMITTEE", LocalDate.of(2029, 2, 10), LocalDate.of(2029, 3, 1), LocalDate.of(2032, 2, 29),
                "PER_HOUSEHOLD_MONTH", new BigDecimal("30.00"), 2, "a-1"));
        SAMPLES.put(AgreementEvents.AMENDED, new AgreementAmended("a-1", "e-1", "chunhua", "chunhua-1", "anju",
                2, LocalDate.of(2027, 3, 1), "PER_SQUARE_METRE_MONTH", new BigDecimal("1.30"), 3,
                "secondary water supply added"));
        SAMPLES.put(AgreementEvents.TERMINATED, new AgreementEnded("a-1", "e-1", "chunhua", "chunhua-1", "anju",
                LocalDate.of(2028, 2, 29), "ESTATE_EXITED"));
        SAMPLES.put(AgreementEvents.EXPIRED, new AgreementEnded("a-1", "e-1", "chunhua", "chunhua-1", "anju",
                LocalDate.of(2029, 2, 28), "TERM_ENDED"));
        SAMPLES.put(AgreementEvents.FEE_PERIOD_PUBLISHED, new FeePeriodPublished("fp-1", "e-1", "chunhua", "chunhua-1", "anju",
                "a-1", "2026-Q2", 1440, 1332, new BigDecimal("112501.80"), new BigDecimal("104064.17"),
                new BigDecimal("0.9250"), new BigDecimal("98730.00"), publishedAt));
        SAMPLES.put(AgreementEvents.SUBSIDY_USE_REPORTED, new SubsidyUseReported("su-1", "e-1", "chunhua", "chunhua-1", "anju",
                "a-1", "2026-Q2", new BigDecimal("43200.00"), List.of(
                        new SubsidyUseReported.Use("STAFF", new BigDecimal("25920.00")),
                        new SubsidyUseReported.Use("CLEANING_SUPPLIES", new BigDecimal("4320.00")),
                        new SubsidyUseReported.Use("EQUIPMENT", new BigDecimal("6480.00")),
                        new SubsidyUseReported.Use("REPAIRS", new BigDecimal("5400.00"))),
                new BigDecimal("42120.00"), "MANAGEMENT_COMMITTEE", publishedAt));
        SAMPLES.put(AgreementEvents.FEE_CLASS_CHANGED, new org.estatecare.events.agreements.EstateFeeClassChanged("e-1",
                "chunhua", "chunhua-1", "CLASS_2", LocalDate.of(2027, 1, 1), publishedAt));

        java.time.Instant assessedAt = java.time.Instant.parse("2026-04-08T02:00:00Z");
        SAMPLES.put(AssessmentEvents.PUBLISHED, new AssessmentPublished("as-1", "e-1", "chunhua", "chunhua-1", "anju",
                "QUARTER", "2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 19), "scheme-chunhua", 2,
                new BigDecimal("78.35"), "GOOD", new BigDecimal("0.80"), 0, null, assessedAt));
        SAMPLES.put(AssessmentEvents.REVISED, new AssessmentPublished("as-2", "e-1", "chunhua", "chunhua-1", null,
                "MONTH", "2026-03", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "scheme-district", 1,
                new BigDecimal("61.00"), "PASS", new BigDecimal("0.50"), 1, "ri-7", assessedAt));
        SAMPLES.put(AssessmentEvents.RECTIFICATION_OPENED, new RectificationOpened("ro-1", "e-1", "chunhua", "chunhua-1",
                "anju", "FINDING", "in-12", "BLOCKED_FIRE_LANE", LocalDate.of(2026, 3, 13), assessedAt));
        SAMPLES.put(AssessmentEvents.RECTIFICATION_CLOSED, new RectificationClosed("ro-1", "e-1", "chunhua", "chunhua-1",
                "anju", LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 16), true, assessedAt));
        SAMPLES.put(AssessmentEvents.SURVEY_CLOSED, new SurveyClosed("sv-1", "e-1", "chunhua", "chunhua-1", "anju",
                "2026-Q1", 480, 212, true, new BigDecimal("0.8302"), List.of(
                        new SurveyClosed.ServiceSatisfaction("GATE_DUTY", 212, new BigDecimal("0.9057")),
                        new SurveyClosed.ServiceSatisfaction("CLEANING", 208, new BigDecimal("0.7500"))),
                assessedAt));
        Instant computedAt = Instant.parse("2026-04-02T01:00:00Z");
        SAMPLES.put(SubsidyEvents.LINE_COMPUTED, new SubsidyLineComputed("r-2026-03:e-1:DISTRICT:1", "r-2026-03", "2026-03",
                "e-1", "chunhua", "chunhua-1", "DISTRICT", "COMPANY", "anju", 31, new BigDecimal("9375.15"), computedAt));
        SAMPLES.put(SubsidyEvents.ADJUSTMENT_RAISED, new SubsidyAdjustmentRaised("r-2026-04:e-1:DISTRICT:A1", "r-2026-04",
                "2026-04", "2026-03", "e-1", "chunhua", "chunhua-1", "DISTRICT", "COMPANY", "anju", new BigDecimal("-1512.12"),
                List.of("r-2026-03:e-1:DISTRICT:1"), "EXIT", computedAt));
        SAMPLES.put(SubsidyEvents.SUBSIDY_STOPPED, new SubsidyStopped("e-1", "chunhua", "chunhua-1", LocalDate.of(2026, 3, 27),
                "DEMOLITION", computedAt));
        SAMPLES.put(SubsidyEvents.RUN_APPROVED, new RunApproved("r-2026-03", "2026-03", new BigDecimal("120500.10"),
                List.of(new RunApproved.StreetTotal("chunhua", new BigDecimal("120500.10"))), computedAt));
        SAMPLES.put(SubsidyEvents.RUN_DISBURSED, new RunDisbursed("r-2026-03", "2026-03", new BigDecimal("120500.10"),
                "HDCZ-2026-0412", computedAt));
    }

    static Stream<EventContract<?>> contracts() {
        return EventCatalog.all().stream();
    }

    @Test
    void everyContractHasASample() {
        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(contracts().toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void payloadAsWrittenMatchesItsSchema(EventContract<?> contract) throws IOException {
        Record sample = SAMPLES.get(contract);
        assertThat(sample).isInstanceOf(contract.payloadType());

        List<Error> errors = schemaOf(contract).validate(JSON.readTree(EventJson.write(sample)));

        assertThat(errors).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void schemaRequiresEveryRecordComponent(EventContract<?> contract) throws IOException {
        Schema schema = schemaOf(contract);
        for (var component : contract.payloadType().getRecordComponents()) {
            ObjectNode payload = (ObjectNode) JSON.readTree(EventJson.write(SAMPLES.get(contract)));
            payload.remove(component.getName());

            assertThat(schema.validate(payload))
                    .as("payload without %s must be refused by the schema", component.getName())
                    .isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void payloadSurvivesTheRoundTripAndIgnoresFieldsAddedLater(EventContract<?> contract) {
        Record sample = SAMPLES.get(contract);
        ObjectNode withNewField = (ObjectNode) JSON.readTree(EventJson.write(sample));
        withNewField.put("fieldFromTheFuture", 42);

        assertThat(EventJson.read(withNewField.toString(), contract.payloadType())).isEqualTo(sample);
    }

    @Test
    @DisplayName("R-ASM-1: the grade is one of the four fixed codes in every schema that carries it")
    void everyGradeInTheSchemasIsOneOfTheFixedCodes() throws IOException {
        assertThat(enumsOf(schemaNode(AssessmentEvents.PUBLISHED), "grade")).isNotEmpty();
        for (EventContract<?> contract : EventCatalog.all()) {
            assertThat(enumsOf(schemaNode(contract), "grade")).as(contract.type())
                    .allSatisfy(codes -> assertThat(codes).containsExactly(names(Grade.values())));
        }
    }

    @Test
    @DisplayName("R-SCOPE-1: a basic service is one of the four in every schema that carries one")
    void everyBasicServiceInTheSchemasIsOneOfTheFour() throws IOException {
        assertThat(enumsOf(schemaNode(AssessmentEvents.SURVEY_CLOSED), "service")).isNotEmpty();
        for (EventContract<?> contract : EventCatalog.all()) {
            assertThat(enumsOf(schemaNode(contract), "service")).as(contract.type())
                    .allSatisfy(codes -> assertThat(codes).containsExactly(names(BasicService.values())));
        }
    }

    @Test
    void cloudEventAttributesRoundTripThroughHeaders() {
        var attributes = new CloudEventAttributes("id-1", "/estatecare/estate-registry", EstateEvents.INCLUDED.type(), "e-1", 7,
                java.time.Instant.parse("2026-11-25T08:00:00Z"));

        assertThat(CloudEventAttributes.fromHeaders(attributes.toHeaders())).isEqualTo(attributes);
        assertThat(attributes.toHeaders()).containsEntry("ce_specversion", "1.0").containsEntry("ce_sequence", "7");
    }

    /** The enum of every property named {@code property}, at any depth of the schema (empty when it has none). */
    static List<List<String>> enumsOf(JsonNode schema, String property) {
        List<List<String>> found = new java.util.ArrayList<>();
        JsonNode declared = schema.path("properties").path(property);
        if (!declared.isMissingNode()) {
            found.add(declared.path("enum").valueStream().map(JsonNode::asString).toList());
        }
        schema.forEach(child -> found.addAll(enumsOf(child, property)));
        return found;
    }

    static String[] names(Enum<?>[] codes) {
        return java.util.Arrays.stream(codes).map(Enum::name).toArray(String[]::new);
    }

    static JsonNode schemaNode(EventContract<?> contract) throws IOException {
        try (InputStream in = EventContractsTest.class.getClassLoader().getResourceAsStream(contract.schemaResource())) {
            assertThat(in).as("schema %s", contract.schemaResource()).isNotNull();
            return JSON.readTree(in);
        }
    }

    static Schema schemaOf(EventContract<?> contract) throws IOException {
        return SCHEMAS.getSchema(schemaNode(contract));
    }
}
