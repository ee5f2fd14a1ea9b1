package org.estatecare.bench.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The district the mix works in: the local stack's Hedong demo (its streets, estates and agreements, read
 * through the API), the development users who act in it, and the benchmark's own estates that 安居物业
 * serves in 春华街道 (made once, found again later: the demo leaves the company few or none), on which
 * residents complain, the company handles complaints and records its fee collection.
 */
record District(Map<String, List<String>> estatesByStreet, List<AgreementRef> agreements, List<ServedEstate> served,
                YearMonth feeMonth) {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String DISTRICT = "admin";
    static final String RESIDENT = "resident";
    static final String COMPANY = "company-anju";
    static final String COMPANY_ID = "anju";
    static final String SERVED_STREET = "chunhua";
    static final List<String> SERVED_COMMUNITIES = List.of("chunhua-chunhua", "chunhua-wanxin");
    static final String SERVED_NAME = "基准测试服务楼";
    static final int SERVED_ESTATES = 6;

    /** Each demo street and its street office's development user. */
    static final Map<String, String> STREET_OFFICERS = streetOfficers();

    /** An agreement in force: who reads it, and what a new draft for its estate copies. */
    record AgreementRef(String id, String estateId, String street, String companyId, LocalDate termEnd, BigDecimal fee) {
    }

    /** An estate the company serves: where complaints are filed and fee collection recorded. */
    record ServedEstate(String id, String agreementId, int households, BigDecimal floorArea) {
    }

    /** Every development user the mix signs in as. */
    static List<String> users() {
        List<String> users = new ArrayList<>(STREET_OFFICERS.values());
        users.addAll(List.of(DISTRICT, RESIDENT, COMPANY));
        return users;
    }

    static LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    /** Reads the district as it stands; makes the company's served estates if they are not there yet. */
    static District load(SetupApi api, EstatePreparation preparation) {
        List<JsonNode> served = api.all(DISTRICT, "/api/estates?street=" + SERVED_STREET + "&name=" + encode(SERVED_NAME)
                + "&status=INCLUDED");
        for (int n = served.size() + 1; n <= SERVED_ESTATES; n++) {
            preparation.prepare(SERVED_STREET, SERVED_COMMUNITIES.get(n % SERVED_COMMUNITIES.size()), COMPANY_ID,
                    SERVED_NAME + n);
        }
        Map<String, List<String>> estatesByStreet = new LinkedHashMap<>();
        Map<String, JsonNode> estates = new LinkedHashMap<>();
        for (JsonNode estate : api.all(DISTRICT, "/api/estates?sort=name,asc")) {
            String street = estate.path("street").asText();
            if (STREET_OFFICERS.containsKey(street)) {
                estatesByStreet.computeIfAbsent(street, s -> new ArrayList<>()).add(estate.path("id").asText());
            }
            estates.put(estate.path("id").asText(), estate);
        }
        List<AgreementRef> agreements = new ArrayList<>();
        List<ServedEstate> servedEstates = new ArrayList<>();
        for (JsonNode agreement : api.all(DISTRICT, "/api/agreements?status=ACTIVE")) {
            String estateId = agreement.path("estateId").asText();
            JsonNode estate = estates.get(estateId);
            String street = agreement.path("street").asText();
            if (estate == null || !STREET_OFFICERS.containsKey(street)) {
                continue;
            }
            JsonNode fee = agreement.path("currentTerms").path("fee");
            agreements.add(new AgreementRef(agreement.path("id").asText(), estateId, street,
                    agreement.path("companyId").asText(), LocalDate.parse(agreement.path("termEnd").asText()),
                    fee.path("amount").decimalValue()));
            if (COMPANY_ID.equals(agreement.path("companyId").asText())
                    && estate.path("name").asText().startsWith(SERVED_NAME)) {
                servedEstates.add(new ServedEstate(estateId, agreement.path("id").asText(), estate.path("households").asInt(),
                        estate.path("floorArea").decimalValue()));
            }
        }
        if (servedEstates.isEmpty()) {
            throw new IllegalStateException("no estate served by " + COMPANY_ID + " under an agreement in force");
        }
        // the month just ended: its quarter is not yet published, so its figures may still be recorded
        return new District(estatesByStreet, agreements, servedEstates, YearMonth.from(today()).minusMonths(1));
    }

    String randomStreet() {
        List<String> streets = new ArrayList<>(estatesByStreet.keySet());
        return streets.get(ThreadLocalRandom.current().nextInt(streets.size()));
    }

    String randomEstateOf(String street) {
        return pick(estatesByStreet.get(street));
    }

    AgreementRef randomAgreement() {
        return pick(agreements);
    }

    ServedEstate randomServed() {
        return pick(served);
    }

    static <T> T pick(List<T> from) {
        return from.get(ThreadLocalRandom.current().nextInt(from.size()));
    }

    static String officerOf(String street) {
        return STREET_OFFICERS.get(street);
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, String> streetOfficers() {
        Map<String, String> officers = new LinkedHashMap<>();
        for (String street : List.of("chunhua", "dazhigu", "zhongshanmen", "fuminlu", "erhaoqiao", "tangjiakou", "xiangyanglou",
                "changzhoudao", "shanghanglu", "dongxin", "lushandao", "tiantie")) {
            officers.put(street, street + "-officer");
        }
        officers.put("dawangzhuang", "dwz-officer");
        return officers;
    }
}
