package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.estatecare.testing.TestHttp;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Open311 GeoReport v2 round trip, every JSON answer validated against the published schemas, and XML. */
class Open311IT extends ComplaintsServiceIT {

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
                .as("estate attribute missing").isEqualTo(400);
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
