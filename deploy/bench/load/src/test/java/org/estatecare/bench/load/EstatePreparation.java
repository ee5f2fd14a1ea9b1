package org.estatecare.bench.load;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Makes estates that a company serves under a signed agreement in force, through the API as the district:
 * registered, accepted at takeover, filed and included (dated in the past year), put in a fee class and
 * signed with the company. The agreements service learns each estate from estates.v1 before it takes the
 * fee class and the draft, so those calls are repeated until it has.
 */
final class EstatePreparation {

    /** An estate with its agreement, both in force. */
    record Prepared(String estateId, String agreementId) {
    }

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> TAKEOVER_ITEMS = List.of("BUILDING_STRUCTURE", "ROOFS_AND_WATERPROOFING",
            "WATER_AND_DRAINAGE_PIPES", "STAIRWELL_LIGHTING", "FIRE_FACILITIES", "LIFTS", "ROADS", "GREENING",
            "SANITATION_FACILITIES", "ARCHIVES_HANDED_OVER");
    private static final List<String> DOCUMENTS = List.of("基准测试");

    private final SetupApi api;
    private final LocalDate today = District.today();

    EstatePreparation(SetupApi api) {
        this.api = api;
    }

    /** One estate of {@code community} in {@code street}, served by {@code companyId} from about ten months ago. */
    Prepared prepare(String street, String community, String companyId, String name) {
        LocalDate included = today.minusDays(300);
        String id = api.post(District.DISTRICT, "/api/estates", fields("name", name, "street", street, "community", community,
                "address", "天津市河东区基准测试路" + Math.abs(name.hashCode() % 200) + "号", "buildings", 6, "households", 240,
                "floorArea", new BigDecimal("15600.00"), "propertyOwnerUnits", List.of("河东区房管局"),
                "renovation", fields("approvalDocument", "津政批〔2025〕1号", "approvedOn", today.minusDays(400),
                        "acceptance", "QUALIFIED", "acceptedOn", today.minusDays(330), "municipalSubsidy", true),
                "documents", DOCUMENTS)).path("id").asText();
        String path = "/api/estates/" + id;
        api.post(District.DISTRICT, path + "/takeover-acceptance", fields("acceptedOn", today.minusDays(320),
                "items", TAKEOVER_ITEMS.stream().map(item -> fields("item", item, "result", item.equals("LIFTS") ? "NOT_APPLICABLE" : "PASS")).toList(),
                "documents", DOCUMENTS));
        api.post(District.DISTRICT, path + "/filing", fields("filedOn", today.minusDays(310), "documents", DOCUMENTS));
        api.post(District.DISTRICT, path + "/inclusion", fields("includedOn", included, "managementMode", "SERVICE_COMPANY",
                "documents", DOCUMENTS));
        api.patiently(District.DISTRICT, "PUT", path + "/fee-class", fields("estateClass", "CLASS_3", "from", included), PATIENCE);
        String agreementId = api.patiently(District.DISTRICT, "POST", "/api/agreements", draft(id, companyId, included,
                included.plusYears(3).minusDays(1), new BigDecimal("0.80")), PATIENCE).path("id").asText();
        JsonNode signed = api.patiently(District.DISTRICT, "POST", "/api/agreements/" + agreementId + "/signing",
                fields("signedOn", included), PATIENCE);
        if (!"ACTIVE".equals(signed.path("status").path("code").asText())) {
            throw new IllegalStateException("agreement " + agreementId + " of estate " + id + " is " + signed.path("status"));
        }
        return new Prepared(id, agreementId);
    }

    /** {@code count} estates spread over the given streets and their first community, a few at a time. */
    List<Prepared> prepare(int count, List<String[]> streetsAndCommunities, String companyId, String namePrefix) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Prepared>> futures = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                String[] where = streetsAndCommunities.get(n % streetsAndCommunities.size());
                String name = namePrefix + (n + 1);
                futures.add(pool.submit(() -> prepare(where[0], where[1], companyId, name)));
            }
            List<Prepared> prepared = new ArrayList<>();
            for (Future<Prepared> future : futures) {
                prepared.add(future.get());
            }
            return prepared;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("preparing the estates failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A draft agreement's body with the four basic services (R-AGR-1) and the demo's extras. */
    static Map<String, Object> draft(String estateId, String companyId, LocalDate termStart, LocalDate termEnd, BigDecimal fee) {
        return draft(estateId, companyId, termStart, termEnd, fee, 4);
    }

    static Map<String, Object> draft(String estateId, String companyId, LocalDate termStart, LocalDate termEnd, BigDecimal fee,
                                     int patrolRounds) {
        return fields("estateId", estateId, "companyId", companyId, "termStart", termStart, "termEnd", termEnd,
                "basicServices", fields(
                        "gateDuty", fields("hoursPerDay", 24, "posts", 2),
                        "patrol", fields("roundsPerDay", patrolRounds),
                        "cleaning", fields("timesPerWeek", 7, "scope", "楼道、道路、绿地；协助垃圾分类"),
                        "parking", fields("scope", "施划停车位，清理僵尸车")),
                "extras", List.of(fields("name", "家政保洁", "description", "入户保洁，预约服务", "price", new BigDecimal("35.00"),
                        "priceUnit", "小时")),
                "fee", fields("basis", "PER_SQUARE_METRE_MONTH", "amount", fee));
    }

    /** A JSON object from key, value, key, value …; dates as ISO text. */
    static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            body.put((String) keysAndValues[i], value instanceof LocalDate date ? date.toString() : value);
        }
        return body;
    }
}
