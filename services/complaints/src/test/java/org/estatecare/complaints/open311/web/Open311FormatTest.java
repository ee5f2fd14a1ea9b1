package org.estatecare.complaints.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.estatecare.complaints.open311.web.GeoReport.Attribute;
import org.estatecare.complaints.open311.web.GeoReport.Discovery;
import org.estatecare.complaints.open311.web.GeoReport.Endpoint;
import org.estatecare.complaints.open311.web.GeoReport.Errors;
import org.estatecare.complaints.open311.web.GeoReport.Receipt;
import org.estatecare.complaints.open311.web.GeoReport.Request;
import org.estatecare.complaints.open311.web.GeoReport.Service;
import org.estatecare.complaints.open311.web.GeoReport.ServiceDefinition;
import org.estatecare.complaints.open311.web.GeoReport.ServiceRequests;
import org.estatecare.complaints.open311.web.GeoReport.Services;
import org.estatecare.complaints.open311.web.GeoReport.Value;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.junit.jupiter.api.Test;

/** GeoReport v2 documents exactly as clients of the specification read them, in both formats, byte for byte. */
class Open311FormatTest {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    static final Request REQUEST = new Request(new ComplaintId("c-1"), "open", "已分派", "私设地锁", "GROUND_LOCK",
            "地锁 & <b>粗</b> \"引号\" 'x'", "管理服务企业", null, Instant.parse("2026-03-10T01:00:00Z"),
            Instant.parse("2026-03-10T01:00:00Z"), Instant.parse("2026-03-12T16:00:00Z"), "车棚 <A&B>", new EstateId("e-1"), null,
            39.12, 117.25, null);

    @Test
    void aRequestIsOneElementPerFieldInOrderEscapedWithEmptyElementsForMissingValues() {
        assertThat(Open311Format.XML.write(new ServiceRequests(List.of(REQUEST)))).isEqualTo(DECLARATION
                + "<service_requests><request><service_request_id>c-1</service_request_id><status>open</status>"
                + "<status_notes>已分派</status_notes><service_name>私设地锁</service_name><service_code>GROUND_LOCK</service_code>"
                + "<description>地锁 &amp; &lt;b&gt;粗&lt;/b&gt; &quot;引号&quot; 'x'</description>"
                + "<agency_responsible>管理服务企业</agency_responsible><service_notice></service_notice>"
                + "<requested_datetime>2026-03-10T01:00:00Z</requested_datetime><updated_datetime>2026-03-10T01:00:00Z</updated_datetime>"
                + "<expected_datetime>2026-03-12T16:00:00Z</expected_datetime><address>车棚 &lt;A&amp;B&gt;</address>"
                + "<address_id>e-1</address_id><zipcode></zipcode><lat>39.12</lat><long>117.25</long><media_url></media_url>"
                + "</request></service_requests>\n");
    }

    @Test
    void aListIsABareArrayInJsonWithNullsKept() {
        assertThat(Open311Format.JSON.write(new ServiceRequests(List.of(REQUEST)))).isEqualTo("[{\"service_request_id\":\"c-1\","
                + "\"status\":\"open\",\"status_notes\":\"已分派\",\"service_name\":\"私设地锁\",\"service_code\":\"GROUND_LOCK\","
                + "\"description\":\"地锁 & <b>粗</b> \\\"引号\\\" 'x'\",\"agency_responsible\":\"管理服务企业\",\"service_notice\":null,"
                + "\"requested_datetime\":\"2026-03-10T01:00:00Z\",\"updated_datetime\":\"2026-03-10T01:00:00Z\","
                + "\"expected_datetime\":\"2026-03-12T16:00:00Z\",\"address\":\"车棚 <A&B>\",\"address_id\":\"e-1\",\"zipcode\":null,"
                + "\"lat\":39.12,\"long\":117.25,\"media_url\":null}]");
    }

    @Test
    void anEmptyListIsAnEmptyRootElement() {
        assertThat(Open311Format.XML.write(new ServiceRequests(List.of()))).isEqualTo(DECLARATION + "<service_requests></service_requests>\n");
        assertThat(Open311Format.JSON.write(new ServiceRequests(List.of()))).isEqualTo("[]");
    }

    @Test
    void aReceiptNamesTheRequestAndWhatBecameOfIt() {
        var receipt = new ServiceRequests(List.of(new Receipt(new ComplaintId("c-2"), "已受理，转管理服务企业办理", null)));
        assertThat(Open311Format.XML.write(receipt)).isEqualTo(DECLARATION + "<service_requests><request>"
                + "<service_request_id>c-2</service_request_id><service_notice>已受理，转管理服务企业办理</service_notice>"
                + "<account_id></account_id></request></service_requests>\n");
        assertThat(Open311Format.JSON.write(receipt))
                .isEqualTo("[{\"service_request_id\":\"c-2\",\"service_notice\":\"已受理，转管理服务企业办理\",\"account_id\":null}]");
    }

    @Test
    void listsInsideADocumentAreWrappersOfRepeatedSingulars() {
        var discovery = new Discovery("2026-11-25T00:00:00Z", "河东区便民服务专线", "token", List.of(new Endpoint(
                "http://wiki.open311.org/GeoReport_v2", "/open311/v2", "2026-11-25T00:00:00Z", "production",
                List.of("application/json", "text/xml"))));
        assertThat(Open311Format.XML.write(discovery)).isEqualTo(DECLARATION + "<discovery><changeset>2026-11-25T00:00:00Z</changeset>"
                + "<contact>河东区便民服务专线</contact><key_service>token</key_service><endpoints><endpoint>"
                + "<specification>http://wiki.open311.org/GeoReport_v2</specification><url>/open311/v2</url>"
                + "<changeset>2026-11-25T00:00:00Z</changeset><type>production</type><formats><format>application/json</format>"
                + "<format>text/xml</format></formats></endpoint></endpoints></discovery>\n");
        assertThat(Open311Format.JSON.write(discovery)).isEqualTo("{\"changeset\":\"2026-11-25T00:00:00Z\",\"contact\":\"河东区便民服务专线\","
                + "\"key_service\":\"token\",\"endpoints\":[{\"specification\":\"http://wiki.open311.org/GeoReport_v2\","
                + "\"url\":\"/open311/v2\",\"changeset\":\"2026-11-25T00:00:00Z\",\"type\":\"production\","
                + "\"formats\":[\"application/json\",\"text/xml\"]}]}");

        var definition = new ServiceDefinition("GROUND_LOCK", List.of(
                new Attribute(true, "estate_id", "singlevaluelist", false, "id", 1, "小区", List.of(new Value("e-1", "春华里"))),
                new Attribute(true, "building", "string", false, null, 2, "楼栋", null)));
        assertThat(Open311Format.XML.write(definition)).isEqualTo(DECLARATION + "<service_definition><service_code>GROUND_LOCK</service_code>"
                + "<attributes><attribute><variable>true</variable><code>estate_id</code><datatype>singlevaluelist</datatype>"
                + "<required>false</required><datatype_description>id</datatype_description><order>1</order>"
                + "<description>小区</description><values><value><key>e-1</key><name>春华里</name></value></values></attribute>"
                + "<attribute><variable>true</variable><code>building</code><datatype>string</datatype><required>false</required>"
                + "<datatype_description></datatype_description><order>2</order><description>楼栋</description></attribute>"
                + "</attributes></service_definition>\n");
        assertThat(Open311Format.JSON.write(definition)).as("a list's values only where the attribute is a list")
                .contains("\"values\":[{\"key\":\"e-1\",\"name\":\"春华里\"}]").doesNotContain("\"values\":null");
    }

    @Test
    void errorsAreAnArrayOfCodeAndDescriptionAndInXmlAnErrorsRoot() {
        var errors = new Errors(List.of(new GeoReport.Error(400, "service_code is required"), new GeoReport.Error(400, "a < b")));
        assertThat(Open311Format.JSON.write(errors)).isEqualTo("[{\"code\":400,\"description\":\"service_code is required\"},"
                + "{\"code\":400,\"description\":\"a < b\"}]");
        assertThat(Open311Format.XML.write(errors)).isEqualTo(DECLARATION + "<errors><error><code>400</code><description>"
                + "service_code is required</description></error><error><code>400</code><description>a &lt; b</description>"
                + "</error></errors>\n");
    }

    @Test
    void aRefusalSaysEachViolationOrFieldErrorElseItsDetail() {
        assertThat(GeoReportErrors.errors(400, ("{\"title\":\"Bad request\",\"errors\":[{\"field\":\"lat\",\"message\":\"is a number\"},"
                + "{\"field\":\"long\",\"message\":\"is a number\"}]}").getBytes())).extracting(GeoReport.Error::description)
                .containsExactly("lat: is a number", "long: is a number");
        assertThat(GeoReportErrors.errors(400, "{\"title\":\"Unprocessable\",\"violations\":[{\"message\":\"estate e-1 is not known here\"}]}"
                .getBytes())).extracting(GeoReport.Error::description).containsExactly("estate e-1 is not known here");
        assertThat(GeoReportErrors.errors(404, "{\"title\":\"Not found\",\"detail\":\"unknown service_code X\"}".getBytes()))
                .containsExactly(new GeoReport.Error(404, "unknown service_code X"));
        assertThat(GeoReportErrors.errors(403, new byte[0])).containsExactly(new GeoReport.Error(403, "Forbidden"));
        assertThat(GeoReportErrors.errors(401, "not json".getBytes())).containsExactly(new GeoReport.Error(401, "Unauthorized"));
    }

    @Test
    void theServiceListIsARootOfServices() {
        var services = new Services(List.of(new Service("GROUND_LOCK", "私设地锁", "私设地锁", true, "realtime", "ground,lock", "违规及设施")));
        assertThat(Open311Format.XML.write(services)).isEqualTo(DECLARATION + "<services><service><service_code>GROUND_LOCK</service_code>"
                + "<service_name>私设地锁</service_name><description>私设地锁</description><metadata>true</metadata>"
                + "<type>realtime</type><keywords>ground,lock</keywords><group>违规及设施</group></service></services>\n");
        assertThat(Open311Format.JSON.write(services)).isEqualTo("[{\"service_code\":\"GROUND_LOCK\",\"service_name\":\"私设地锁\","
                + "\"description\":\"私设地锁\",\"metadata\":true,\"type\":\"realtime\",\"keywords\":\"ground,lock\",\"group\":\"违规及设施\"}]");
    }
}
