package org.estatecare.subsidies.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.SubsidyUseReported;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The auditors' side over real HTTP: exports, reconciliation against the companies' reports, findings and holds. */
class AuditIT extends SubsidiesIntegrationTest {

    byte[] download(String path, String user) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + port + path)).header("Authorization", "Bearer " + tokens().tokenFor(user)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    @DisplayName("R-SUB-3: a run's lines export per street as CSV and XLSX with Chinese headers, the same lines in both")
    void exports() throws Exception {
        standardRates();
        String estate = servedEstate(STREET, LocalDate.of(2024, 6, 1), "4321.00", "anju");
        compute("2024-12");

        String csv = new String(download("/api/allocation-runs/run-2024-12/export.csv?street=" + STREET, "auditor"),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF核拨期间,所属月份,类型,街道,社区,小区编号,补贴类别,接收方类型,接收方,天数,金额（元）");
        assertThat(csv).contains("2024-12,2024-12,本期补贴,chunhua,chunhua-1," + estate + ",市级补贴,管理服务企业,anju,31,1296.30");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).contains(",chunhua,"));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download(
                "/api/allocation-runs/run-2024-12/export.xlsx?street=" + STREET, "auditor")))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("小区编号");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(csv.lines().count());
            Row first = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(5).getStringCellValue().equals(estate)
                        && row.getCell(6).getStringCellValue().equals("市级补贴")) {
                    first = row;
                }
            }
            assertThat(first).isNotNull();
            assertThat(BigDecimal.valueOf(first.getCell(10).getNumericCellValue())).isEqualByComparingTo("1296.30");
        }
    }

    @Test
    @DisplayName("R-SUB-3, R-AGR-3: reconciliation flags an under-reported receipt and a missing report; a hold is flagged on the next run")
    void reconciliationAndHolds() {
        standardRates();
        String reporting = servedEstate(STREET, LocalDate.of(2024, 6, 1), "1000.00", "reporting-co");
        String silent = servedEstate(STREET, LocalDate.of(2024, 6, 1), "1000.00", "silent-co");
        for (String month : List.of("2024-07", "2024-08", "2024-09")) {
            compute(month);
            approve("run-" + month);
            disburse("run-" + month, "HDCZ-" + month);
        }
        publish(reporting, "su-" + reporting, 1, AgreementEvents.SUBSIDY_USE_REPORTED, new SubsidyUseReported("su-" + reporting,
                reporting, STREET, STREET + "-1", "reporting-co", "a-1", "2024-Q3", new BigDecimal("500.00"),
                List.of(new SubsidyUseReported.Use("STAFF", new BigDecimal("500.00"))), new BigDecimal("500.00"),
                "MANAGEMENT_COMMITTEE", Instant.parse("2024-10-20T02:00:00Z")));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> row(reporting) != null && !row(reporting).path("reportId").isNull());
        JsonNode reported = row(reporting);
        assertThat(reported.path("disbursed").decimalValue()).isEqualByComparingTo("900.00"); // 0.30 × 1000 × 3 months
        assertThat(reported.path("flags")).extracting(f -> f.path("code").asString()).containsExactly("UNDER_REPORTED");
        assertThat(reported.path("dueOn").asString()).isEqualTo("2024-10-30");
        assertThat(row(silent).path("flags")).extracting(f -> f.path("code").asString()).containsExactly("MISSING");

        Api.Response hold = as("auditor").post("/api/audit-findings", """
                {"quarter": "2024-Q3", "street": "chunhua", "estateId": "%s", "companyId": "silent-co",
                 "flags": ["MISSING"], "action": "HOLD_NEXT_DISBURSEMENT", "note": "未报告补贴使用情况"}""".formatted(silent));
        assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
        JsonNode june = compute("2024-06");
        assertThat(june.path("flags")).anySatisfy(flag -> {
            assertThat(flag.path("kind").path("code").asString()).isEqualTo("RECIPIENT_ON_HOLD");
            assertThat(flag.path("recipientId").asString()).isEqualTo("silent-co");
        });
    }

    JsonNode row(String estate) {
        JsonNode rows = as("auditor").get("/api/subsidy-reconciliation?quarter=2024-Q3&street=" + STREET + "&size=200").json();
        for (JsonNode row : rows.path("content")) {
            if (row.path("estateId").asString().equals(estate)) {
                return row;
            }
        }
        return null;
    }
}
