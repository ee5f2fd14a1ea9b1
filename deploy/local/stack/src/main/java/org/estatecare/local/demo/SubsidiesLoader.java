package org.estatecare.local.demo;

import static org.estatecare.local.demo.DemoDataLoader.fields;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.estatecare.local.demo.HedongAssessments.Quarter;
import tools.jackson.databind.JsonNode;

/**
 * The district's subsidy policy and the graded quarter's allocation (R-SUB-1 … R-SUB-3): rates for the three estate
 * classes, the recipients of self-managed estates and each street's budget, decided once; then a run for each month of
 * the quarter, approved street by street ({@code <street>-officer}) and by the district's second user ({@code admin2}:
 * the demo computed it), and paid by {@code finance} but for the last month, which waits for its payment. A month
 * already approved is left as it is.
 */
final class SubsidiesLoader {

    /** Monthly rates per m² of floor area by class: municipal, then district. */
    static final Map<String, List<String>> RATES = Map.of("CLASS_1", List.of("0.30", "0.20"), "CLASS_2", List.of("0.25", "0.15"),
            "CLASS_3", List.of("0.20", "0.10"));
    static final BigDecimal STREET_BUDGET = new BigDecimal("600000.00");

    private final ApiClient district;
    private final Map<String, ApiClient> users = new HashMap<>();
    private final long deadline;

    /** What one load added. */
    record Added(int decisions, int runs) {
    }

    SubsidiesLoader(ApiClient district, long deadline) {
        this.district = district;
        this.deadline = deadline;
    }

    Added load(Quarter quarter, List<String> streets) {
        int decisions = decidePolicyIfNone(streets, quarter.year());
        int runs = 0;
        List<YearMonth> months = List.of(quarter.month(0), quarter.month(1), quarter.month(2));
        for (YearMonth month : months) {
            runs += allocate(month, !month.equals(months.get(months.size() - 1))) ? 1 : 0;
        }
        return new Added(decisions, runs);
    }

    private ApiClient as(String username) {
        return users.computeIfAbsent(username, district::asUser);
    }

    private int decidePolicyIfNone(List<String> streets, int year) {
        JsonNode policy = district.get("/api/subsidy-policy");
        if (!policy.path("rates").isEmpty()) {
            return 0;
        }
        int decided = 0;
        for (var rate : RATES.entrySet()) {
            decided += decide("/api/subsidy-policy/rates", fields("share", "MUNICIPAL", "estateClass", rate.getKey(),
                    "unit", "PER_SQUARE_METRE_MONTH", "amount", new BigDecimal(rate.getValue().get(0)), "effectiveFrom", "2020-01-01"));
            decided += decide("/api/subsidy-policy/rates", fields("share", "DISTRICT", "estateClass", rate.getKey(),
                    "unit", "PER_SQUARE_METRE_MONTH", "amount", new BigDecimal(rate.getValue().get(1)), "effectiveFrom", "2020-01-01"));
        }
        decided += decide("/api/subsidy-policy/recipients", fields("mode", "OWNER_SELF_MANAGEMENT", "code", "owner-unit",
                "name", "产权单位自管经费账户", "effectiveFrom", "2020-01-01"));
        decided += decide("/api/subsidy-policy/recipients", fields("mode", "RESIDENT_SELF_GOVERNANCE", "code",
                "street-self-governance", "name", "街道居民自治经费账户", "effectiveFrom", "2020-01-01"));
        for (String street : streets) {
            decided += decide("/api/subsidy-policy/budgets", fields("street", street, "year", year, "amount", STREET_BUDGET));
        }
        return decided;
    }

    private int decide(String path, Map<String, Object> body) {
        long revision = district.get("/api/subsidy-policy").path("revision").asLong();
        district.postIfMatch(path, body, revision);
        return 1;
    }

    /**
     * Computes the month's run until the district share is priced by the published grades (the service learns them
     * from assessments.v1), then has it approved and, when asked, paid. False when it was approved already.
     */
    private boolean allocate(YearMonth month, boolean pay) {
        String id = "run-" + month;
        JsonNode run = compute(month);
        if (!run.path("status").path("code").asString().equals("COMPUTED")) {
            return false;
        }
        while (!graded(id) && System.nanoTime() < deadline) {
            ApiClient.pause(DemoDataLoader.POLL);
            run = compute(month);
        }
        for (JsonNode street : run.path("streets")) {
            String code = street.path("street").asString();
            as(HedongAssessments.streetOfficer(code)).postIfMatch("/api/allocation-runs/" + id + "/streets/" + code + "/approval",
                    null, district.get("/api/allocation-runs/" + id).path("revision").asLong());
        }
        as("admin2").postIfMatch("/api/allocation-runs/" + id + "/approval", null,
                district.get("/api/allocation-runs/" + id).path("revision").asLong());
        if (pay) {
            as("finance").postIfMatch("/api/allocation-runs/" + id + "/disbursement", fields("paymentReference",
                    "HDCZ-" + month + "-01"), district.get("/api/allocation-runs/" + id).path("revision").asLong());
        }
        return true;
    }

    private JsonNode compute(YearMonth month) {
        return DemoDataLoader.patiently("run of " + month, deadline, () -> district.send("POST", "/api/allocation-runs",
                fields("period", month.toString())));
    }

    /** Whether some district share of the run is priced by a grade: the service has learnt the quarter's grades. */
    private boolean graded(String runId) {
        for (JsonNode line : district.all("/api/allocation-runs/" + runId + "/lines?kind=REGULAR")) {
            if (line.path("share").path("code").asString().equals("DISTRICT")) {
                for (JsonNode segment : line.path("trace")) {
                    if (segment.has("grade") && !segment.path("grade").isNull()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
