package org.estatecare.subsidies.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Maintenance-fund uses over real HTTP: recorded per estate by its street office, one use per invoice, exported. */
class MaintenanceFundIT extends SubsidiesIntegrationTest {

    static String body(String estateId, String fund, String facility, String amount, LocalDate spentOn, String invoice) {
        return """
                {"estateId": "%s", "fund": "%s", "facility": "%s", "purpose": "维修楼间甬路破损路面", "amount": %s,
                 "spentOn": "%s", "approval": {"approvedBy": "河东区住房和建设委员会", "reference": "东住建〔2026〕8号",
                 "approvedOn": "%s"}, "invoiceReference": "%s", "maintenanceUnit": "东兴市政养护公司"}"""
                .formatted(estateId, fund, facility, amount, spentOn, spentOn.minusDays(10), invoice);
    }

    byte[] download(String path, String user) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port + path)).header("Authorization", "Bearer " + tokens().tokenFor(user)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    @DisplayName("R-MAINT-1: the street office records its estates' fund uses; another street's estate is unknown to it")
    void recordedByTheStreetOffice() {
        String own = servedEstate(STREET, LocalDate.of(2024, 1, 1), "2000.00", "anju");
        String other = servedEstate("dongxin", LocalDate.of(2024, 1, 1), "2000.00", "anju");
        String invoice = "FP-" + UUID.randomUUID();

        Api.Response recorded = streetOfficer(STREET).post("/api/maintenance-fund-uses",
                body(own, "DISTRICT", "PATH_BETWEEN_BUILDINGS", "5200.50", today().minusDays(3), invoice));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        JsonNode use = recorded.json();
        assertThat(use.path("street").asString()).isEqualTo(STREET);
        assertThat(use.path("estateName").asString()).isEqualTo("春华里");
        assertThat(use.path("fund").path("label").asString()).isEqualTo("区级维修养护资金");
        assertThat(use.path("facility").path("label").asString()).isEqualTo("楼间甬路");
        assertThat(use.path("amount").decimalValue()).isEqualByComparingTo("5200.50");

        Api.Response foreign = streetOfficer(STREET).post("/api/maintenance-fund-uses",
                body(other, "STREET", "LIFT", "100.00", today(), "FP-" + UUID.randomUUID()));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(422);
        assertThat(foreign.body()).contains("R-MAINT-1").contains("estateId");

        assertThat(streetOfficer("dongxin").get("/api/maintenance-fund-uses/" + use.path("id").asString()).status())
                .isEqualTo(404);
        assertThat(as("auditor").get("/api/maintenance-fund-uses?estateId=" + own).json().path("content"))
                .extracting(u -> u.path("invoiceReference").asString()).containsExactly(invoice);
        assertThat(streetOfficer("dongxin").get("/api/maintenance-fund-uses?estateId=" + own).json().path("content")).isEmpty();
    }

    @Test
    @DisplayName("R-MAINT-1: spending ahead of today or before the approval is 422 and records nothing")
    void refusedDates() {
        String estate = servedEstate(STREET, LocalDate.of(2024, 1, 1), "2000.00", "anju");
        String ahead = """
                {"estateId": "%s", "fund": "STREET", "facility": "FIRE_EQUIPMENT", "purpose": "更换灭火器", "amount": 800,
                 "spentOn": "%s", "approval": {"approvedBy": "春华街道办事处", "reference": "春华〔2026〕1号", "approvedOn": "%s"},
                 "invoiceReference": "FP-AHEAD"}""".formatted(estate, today().plusDays(1), today().plusDays(2));
        Api.Response refused = admin().post("/api/maintenance-fund-uses", ahead);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("spentOn").contains("approval.approvedOn");
        assertThat(admin().get("/api/maintenance-fund-uses?estateId=" + estate).json().path("page").path("totalElements").asLong())
                .isZero();
    }

    @Test
    @DisplayName("R-SUB-3: an invoice pays for one use — a second use of it is 409, even sent at once — until the first is voided")
    void oneUsePerInvoice() throws Exception {
        String estate = servedEstate(STREET, LocalDate.of(2024, 1, 1), "2000.00", "anju");
        String invoice = "FP-" + UUID.randomUUID();
        List<CompletableFuture<Api.Response>> both = List.of(
                CompletableFuture.supplyAsync(() -> admin().post("/api/maintenance-fund-uses",
                        body(estate, "STREET", "LIFT", "300.00", today(), invoice))),
                CompletableFuture.supplyAsync(() -> streetOfficer(STREET).post("/api/maintenance-fund-uses",
                        body(estate, "STREET", "LIFT", "300.00", today(), invoice.toLowerCase()))));
        List<Integer> statuses = both.stream().map(CompletableFuture::join).map(Api.Response::status).sorted().toList();
        assertThat(statuses).containsExactly(201, 409);

        JsonNode standing = admin().get("/api/maintenance-fund-uses?estateId=" + estate).json().path("content").get(0);
        String id = standing.path("id").asString();
        String etag = admin().get("/api/maintenance-fund-uses/" + id).header("ETag");
        Api.Response voided = admin().header("If-Match", etag).post("/api/maintenance-fund-uses/" + id + "/voiding",
                "{\"reason\": \"金额录入错误\"}");
        assertThat(voided.status()).as(voided.toString()).isEqualTo(200);
        assertThat(voided.json().path("status").path("code").asString()).isEqualTo("VOIDED");

        assertThat(admin().post("/api/maintenance-fund-uses", body(estate, "STREET", "LIFT", "320.00", today(), invoice))
                .status()).isEqualTo(201);
        assertThat(admin().get("/api/maintenance-fund-uses?estateId=" + estate + "&status=RECORDED").json()
                .path("content")).extracting(u -> u.path("amount").decimalValue().toPlainString()).containsExactly("320.00");
    }

    @Test
    @DisplayName("R-SUB-3, R-MAINT-1: the fund uses export per street as CSV and XLSX with Chinese headers, voided ones marked")
    void exports() throws Exception {
        String estate = servedEstate(STREET, LocalDate.of(2024, 1, 1), "2000.00", "anju");
        LocalDate day = today().minusDays(1);
        assertThat(admin().post("/api/maintenance-fund-uses", body(estate, "DISTRICT", "STREET_LIGHT", "1234.56", day,
                "FP-" + UUID.randomUUID())).status()).isEqualTo(201);
        String wrong = admin().post("/api/maintenance-fund-uses", body(estate, "STREET", "LIFT", "99.00", day,
                "FP-" + UUID.randomUUID())).json().path("id").asString();
        assertThat(admin().header("If-Match", "*").post("/api/maintenance-fund-uses/" + wrong + "/voiding",
                "{\"reason\": \"重复登记\"}").status()).isEqualTo(200);
        String range = "?street=" + STREET + "&from=" + day + "&to=" + day;

        String csv = new String(download("/api/maintenance-fund-uses/export.csv" + range, "auditor"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF街道,社区,小区编号,小区名称,资金来源,设施,用途,金额（元）,支出日期,批准单位,批准文号,批准日期,发票号");
        assertThat(csv).contains("chunhua,chunhua-1," + estate + ",春华里,区级维修养护资金,路灯,维修楼间甬路破损路面,1234.56," + day);
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith("chunhua,"));
        assertThat(csv.lines().filter(line -> line.endsWith("," + wrong))).singleElement().satisfies(line ->
                assertThat(line).contains(",99.00,").contains(",已作废,"));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(
                "/api/maintenance-fund-uses/export.xlsx" + range, "finance")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("维修资金使用明细");
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("金额（元）");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(csv.lines().count());
            boolean found = false;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals(estate)
                        && row.getCell(14).getStringCellValue().equals("已登记")) {
                    assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(1234.56);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        assertThat(admin().get("/api/maintenance-fund-uses/export.csv?from=" + day + "&to=" + day.minusDays(1)).status())
                .isEqualTo(400);
    }
}
