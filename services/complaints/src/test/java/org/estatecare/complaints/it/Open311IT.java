package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.estates.Location;
import org.estatecare.events.ids.EstateId;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Open311 GeoReport v2 round trip, every JSON answer validated against the published schemas, and XML. */
class Open311IT extends ComplaintsServiceIT {

    @Value("${estatecare.open311.public-base-url}")
    String publicBaseUrl;

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    TestHttp resident() {
        return new TestHttp("http://127.0.0.1:" + port, INFRA.issuer().token("open311-resident", List.of("resident"),
                Map.of("street", "chunhua", "community", "chunhua-xinhua")));
    }

    static Schema schema(String name) {
        return SCHEMAS.getSchema(JSON.readTree(Open311IT.class.getClassLoader().getResourceAsStream("open311/" + name)));
    }

    static void assertEachValid(JsonNode array, Schema schema) {
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isPositive();
        array.forEach(item -> assertThat(schema.validate(item)).as(item.toString()).isEmpty());
    }

    @Test
    void discoveryServicesPostAndGetRoundTrip() {
        JsonNode discovery = JSON.readTree(anonymous().get("/open311/v2/discovery.json").body());
        assertThat(discovery.path("endpoints").get(0).path("specification").asString()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(discovery.path("endpoints").get(0).path("formats")).extracting(JsonNode::asString)
                .contains("application/json", "text/xml");

        TestHttp.Response services = anonymous().get("/open311/v2/services.json?jurisdiction_id=hedong.tianjin");
        assertThat(services.status()).isEqualTo(200);
        assertEachValid(JSON.readTree(services.body()), schema("service.json"));
        JsonNode definition = JSON.readTree(anonymous().get("/open311/v2/services/GROUND_LOCK.json").body());
        assertThat(schema("service-definition.json").validate(definition)).isEmpty();
        assertThat(definition.path("attributes").get(0).path("code").asString()).isEqualTo("estate_id");

        String estate = estate("chunhua", "chunhua-xinhua", true);
        servedBy(estate, "open311-co");
        TestHttp.Response created = resident().send("POST", "/open311/v2/requests.json", null);
        assertThat(created.status()).as("a form body is required").isIn(400, 415);
        TestHttp.Response posted = form(resident(), "/open311/v2/requests.json", Map.of(
                "jurisdiction_id", "hedong.tianjin", "service_code", "GROUND_LOCK", "attribute[estate_id]", estate,
                "attribute[building]", "3号楼", "address_string", "车棚", "description", "车棚里私设地锁",
                "first_name", "建华", "last_name", "王", "phone", "13812345678"));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        String id = JSON.readTree(posted.body()).get(0).path("service_request_id").asString();
        assertThat(id).isNotBlank();

        JsonNode one = JSON.readTree(resident().get("/open311/v2/requests/" + id + ".json").body());
        assertEachValid(one, schema("request.json"));
        assertThat(one.get(0).path("status").asString()).isEqualTo("open");
        assertThat(one.get(0).path("service_code").asString()).isEqualTo("GROUND_LOCK");
        assertThat(one.get(0).path("agency_responsible").asString()).isEqualTo("管理服务企业");

        JsonNode mine = JSON.readTree(resident().get("/open311/v2/requests.json?status=open").body());
        assertEachValid(mine, schema("request.json"));
        assertThat(mine).extracting(r -> r.path("service_request_id").asString()).contains(id);
    }

    @Test
    void xmlAsTheSpecificationShowsIt() throws Exception {
        Document services = xml(anonymous().get("/open311/v2/services.xml").body());
        assertThat(services.getDocumentElement().getTagName()).isEqualTo("services");
        assertThat(services.getElementsByTagName("service").getLength()).as("one per category, paths and street lights too").isEqualTo(16);
        assertThat(services.getElementsByTagName("service_code").item(0).getTextContent()).isEqualTo("SERVICE_GATE_DUTY");

        Document definition = xml(anonymous().get("/open311/v2/services/BLOCKED_FIRE_LANE.xml").body());
        assertThat(definition.getDocumentElement().getTagName()).isEqualTo("service_definition");
        assertThat(definition.getElementsByTagName("attribute").getLength()).isEqualTo(2);

        Document discovery = xml(anonymous().get("/open311/v2/discovery.xml").body());
        assertThat(discovery.getElementsByTagName("format").getLength()).isEqualTo(2);
    }

    @Test
    void onlyOpen311SpeaksXmlAndOnlyInItsOwnPaths() {
        TestHttp.Response xmlBody = resident().header("Content-Type", "application/xml")
                .sendRaw("POST", "/api/complaints", "<complaint><estateId>e-1</estateId></complaint>");
        assertThat(xmlBody.status()).as("an XML body never gets past the strict JSON checks").isEqualTo(415);
        TestHttp.Response xmlAnswer = resident().header("Accept", "application/xml").get("/api/codes/complaints");
        assertThat(xmlAnswer.status()).isEqualTo(406);
        assertThat(xmlAnswer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(anonymous().get("/open311/v2/services.yaml").status()).as("a format GeoReport does not have").isEqualTo(404);
    }

    @Test
    void filingNeedsATokenAndAKnownJurisdictionAndService() {
        assertThat(form(anonymous(), "/open311/v2/requests.json", Map.of("service_code", "OTHER")).status()).isEqualTo(401);
        assertThat(anonymous().get("/open311/v2/services.json?jurisdiction_id=elsewhere").status()).isEqualTo(404);
        assertThat(anonymous().get("/open311/v2/services/NO_SUCH.json").status()).isEqualTo(404);
        assertThat(form(resident(), "/open311/v2/requests.json", Map.of("service_code", "OTHER", "description", "d")).status())
                .as("nothing places the request").isEqualTo(400);
    }

    @Test
    void discoveryNamesTheEndpointAbsolutelyUnderThePublicBaseUrl() {
        JsonNode endpoint = JSON.readTree(anonymous().get("/open311/v2/discovery.json").body()).path("endpoints").get(0);
        assertThat(endpoint.path("url").asString()).isEqualTo(publicBaseUrl + "/open311/v2").startsWith("http");
        Document xml = xmlOf(anonymous().get("/open311/v2/discovery.xml").body());
        assertThat(xml.getElementsByTagName("url").item(0).getTextContent()).isEqualTo(publicBaseUrl + "/open311/v2");
    }

    @Test
    void everyRefusalIsAnArrayOfCodeAndDescriptionInJsonAndAnErrorsRootInXml() {
        Map<String, TestHttp.Response> refusals = new java.util.LinkedHashMap<>();
        refusals.put("400 no service_code", form(resident(), "/open311/v2/requests.json", Map.of("description", "d")));
        refusals.put("401 no token", form(anonymous(), "/open311/v2/requests.json", Map.of("service_code", "OTHER")));
        refusals.put("403 a role that files nothing", form(as("o311-auditor", "auditor", Map.of()), "/open311/v2/requests.json",
                Map.of("service_code", "OTHER", "attribute[estate_id]", "e-none")));
        refusals.put("404 unknown service", anonymous().get("/open311/v2/services/NO_SUCH.json"));
        refusals.put("404 unknown jurisdiction", anonymous().get("/open311/v2/services.json?jurisdiction_id=elsewhere"));
        refusals.put("404 unknown request", resident().get("/open311/v2/requests/no-such-request.json"));
        refusals.put("404 unknown resource", resident().get("/open311/v2/tokens.json"));
        refusals.forEach((what, answer) -> {
            int status = Integer.parseInt(what.substring(0, 3));
            assertThat(answer.status()).as(what).isEqualTo(status);
            assertThat(answer.header("Content-Type")).as(what).startsWith("application/json");
            JsonNode errors = JSON.readTree(answer.body());
            assertThat(errors.isArray()).as(what + ": " + answer.body()).isTrue();
            assertThat(errors).as(what).isNotEmpty().allSatisfy(error -> {
                assertThat(error.path("code").asInt()).isEqualTo(status);
                assertThat(error.path("description").asString()).isNotBlank();
            });
        });

        TestHttp.Response xml = form(anonymous(), "/open311/v2/requests.xml", Map.of("service_code", "OTHER"));
        assertThat(xml.status()).isEqualTo(401);
        assertThat(xml.header("Content-Type")).startsWith("text/xml");
        assertThat(xml.header("WWW-Authenticate")).as("still says how to authenticate").startsWith("Bearer");
        Document errors = xmlOf(xml.body());
        assertThat(errors.getDocumentElement().getTagName()).isEqualTo("errors");
        assertThat(errors.getElementsByTagName("code").item(0).getTextContent()).isEqualTo("401");
        Document unknown = xmlOf(anonymous().get("/open311/v2/services/NO_SUCH.xml").body());
        assertThat(unknown.getElementsByTagName("error").getLength()).isEqualTo(1);
        assertThat(unknown.getElementsByTagName("description").item(0).getTextContent()).contains("NO_SUCH");
    }

    @Test
    void aGenericClientFilesByPointOrAddressAndChoosesFromTheListOtherwise() {
        String name = "望海" + UUID.randomUUID().toString().substring(0, 6) + "里";
        double latitude = 10 + Math.random();
        double longitude = 100 + Math.random();
        String placed = locatedEstate(name, "十经路" + name.substring(2, 8) + "号", latitude, longitude);
        servedBy(placed, "open311-placed-co");

        JsonNode definition = JSON.readTree(anonymous().get("/open311/v2/services/GROUND_LOCK.json").body());
        assertThat(schema("service-definition.json").validate(definition)).isEmpty();
        JsonNode estateAttribute = definition.path("attributes").get(0);
        assertThat(estateAttribute.path("datatype").asString()).isEqualTo("singlevaluelist");
        assertThat(estateAttribute.path("required").asBoolean()).as("a point or an address places most requests").isFalse();
        assertThat(estateAttribute.path("values")).extracting(v -> v.path("key").asString()).contains(placed);

        // by point: about 50 m from the estate
        TestHttp.Response byPoint = form(resident(), "/open311/v2/requests.json", Map.of("service_code", "GROUND_LOCK",
                "lat", String.valueOf(latitude + 0.0004), "long", String.valueOf(longitude), "description", "地锁"));
        assertThat(byPoint.status()).as(byPoint.toString()).isEqualTo(200);
        assertThat(addressIdOf(byPoint)).isEqualTo(placed);

        // by address, no description: the service's name describes it
        TestHttp.Response byAddress = form(resident(), "/open311/v2/requests.json", Map.of("service_code", "STREET_LIGHT",
                "address_string", "天津市河东区 " + name + " 5号楼门前"));
        assertThat(byAddress.status()).as(byAddress.toString()).isEqualTo(200);
        assertThat(addressIdOf(byAddress)).isEqualTo(placed);

        // far from every estate, and no address: refused, saying how to choose
        TestHttp.Response far = form(resident(), "/open311/v2/requests.json", Map.of("service_code", "GROUND_LOCK",
                "lat", String.valueOf(latitude + 1), "long", String.valueOf(longitude)));
        assertThat(far.status()).isEqualTo(400);
        assertThat(JSON.readTree(far.body()).get(0).path("description").asString()).contains("attribute[estate_id]");
        TestHttp.Response halfAPoint = form(resident(), "/open311/v2/requests.json", Map.of("service_code", "GROUND_LOCK",
                "lat", String.valueOf(latitude)));
        assertThat(halfAPoint.status()).isEqualTo(400);
        TestHttp.Response unknownAddress = form(resident(), "/open311/v2/requests.json", Map.of("service_code", "GROUND_LOCK",
                "address_string", "no such place " + UUID.randomUUID()));
        assertThat(unknownAddress.status()).isEqualTo(400);
    }

    @Test
    void serviceRequestIdOverridesTheOtherArgumentsAndTheWindowFiltersByFilingTime() {
        String estate = estate("chunhua", "chunhua-xinhua", true);
        servedBy(estate, "open311-window-co");
        Instant filed = CLOCK.instant();
        TestHttp.Response posted = form(resident(), "/open311/v2/requests.json", Map.of("service_code", "GROUND_LOCK",
                "attribute[estate_id]", estate, "description", "窗口内的地锁 " + UUID.randomUUID()));
        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        String id = JSON.readTree(posted.body()).get(0).path("service_request_id").asString();

        String elsewhere = "?service_request_id=" + id + "&service_code=STREET_LIGHT&status=closed"
                + "&start_date=2001-01-01T00:00:00Z&end_date=2001-01-02T00:00:00Z";
        assertThat(ids(resident().get("/open311/v2/requests.json" + elsewhere))).containsExactly(id);

        OffsetDateTime beijing = filed.atOffset(ZoneOffset.ofHours(8));
        assertThat(ids(window(filed.minusSeconds(3600).toString(), filed.plusSeconds(3600).toString())))
                .as("Z, around the filing").contains(id);
        assertThat(ids(window(beijing.minusHours(1).toString(), beijing.plusHours(1).toString())))
                .as("+08:00, around the filing").contains(id);
        assertThat(ids(window(filed.minusSeconds(7200).toString(), filed.minusSeconds(3600).toString())))
                .as("Z, before the filing").doesNotContain(id);
        assertThat(ids(window(beijing.plusHours(1).toString(), beijing.plusHours(2).toString())))
                .as("+08:00, after the filing").doesNotContain(id);
        assertThat(ids(window(beijing.minusHours(26).toString(), beijing.minusHours(25).toString())))
                .as("a window a day before").doesNotContain(id);
        String unencodedPlus = beijing.minusHours(1).toString().replace("+", " ");
        assertThat(ids(resident().get("/open311/v2/requests.json?start_date=" + unencodedPlus.replace(" ", "+"))))
                .as("an offset whose plus sign arrived as a space").contains(id);
        assertThat(ids(resident().get("/open311/v2/requests.json?status=open,closed&service_code=GROUND_LOCK,STREET_LIGHT")))
                .as("comma separated statuses and services").contains(id);
        assertThat(ids(resident().get("/open311/v2/requests.json?service_code=STREET_LIGHT"))).doesNotContain(id);

        assertThat(resident().get("/open311/v2/requests.json?start_date=yesterday").status()).isEqualTo(400);
        assertThat(window("2026-01-01T00:00:00Z", "2026-12-01T00:00:00Z").status()).as("more than 90 days").isEqualTo(400);
        assertThat(window("2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z").status()).as("end before start").isEqualTo(400);
    }

    TestHttp.Response window(String start, String end) {
        return resident().get("/open311/v2/requests.json?start_date=" + URLEncoder.encode(start, StandardCharsets.UTF_8)
                + "&end_date=" + URLEncoder.encode(end, StandardCharsets.UTF_8));
    }

    static List<String> ids(TestHttp.Response answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<String> ids = new java.util.ArrayList<>();
        JSON.readTree(answer.body()).forEach(request -> ids.add(request.path("service_request_id").asString()));
        return ids;
    }

    String addressIdOf(TestHttp.Response posted) {
        String id = JSON.readTree(posted.body()).get(0).path("service_request_id").asString();
        return JSON.readTree(resident().get("/open311/v2/requests/" + id + ".json").body()).get(0).path("address_id").asString();
    }

    /** An estate of the scheme that the registry announced with its location; returns once the projection has it. */
    String locatedEstate(String name, String address, double latitude, double longitude) {
        String id = "e-" + UUID.randomUUID();
        publish(id, 1, EstateEvents.REGISTERED, new EstateRegistered(id, name, "chunhua", "chunhua-xinhua", address, 6, 200,
                BigDecimal.TEN, new Location(latitude, longitude)));
        publish(id, 2, EstateEvents.INCLUDED, new EstateIncluded(id, "chunhua", "chunhua-xinhua", LocalDate.of(2026, 2, 1),
                "SERVICE_COMPANY"));
        await().atMost(Duration.ofSeconds(30)).until(() -> estates.find(new EstateId(id))
                .map(e -> e.includedFrom() != null && e.location() != null).orElse(false));
        return id;
    }

    static Document xmlOf(String body) {
        try {
            return xml(body);
        } catch (Exception e) {
            throw new AssertionError("not XML: " + body, e);
        }
    }

    static Document xml(String body) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    TestHttp.Response form(TestHttp who, String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return who.header("Content-Type", "application/x-www-form-urlencoded").sendRaw("POST", path, body.toString());
    }

}
