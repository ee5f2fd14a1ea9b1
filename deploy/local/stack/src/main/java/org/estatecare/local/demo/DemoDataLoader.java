package org.estatecare.local.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

import org.estatecare.local.RealmFiles;
import org.estatecare.local.demo.HedongDistrict.AgreementPlan;
import org.estatecare.local.demo.HedongDistrict.Company;
import org.estatecare.local.demo.HedongDistrict.EstatePlan;
import org.estatecare.local.demo.HedongDistrict.FeeStandard;
import org.estatecare.local.demo.HedongDistrict.Street;
import org.estatecare.local.demo.HedongDistrict.Target;
import tools.jackson.databind.JsonNode;

/**
 * Loads the Hedong demo district into a running platform through its public API (the gateway), as the
 * realm's demo client {@value #CLIENT}, a district administrator. It reads what is there first and adds
 * only what is missing, so a second start (or a start after an interrupted one) finds the demo and
 * changes nothing: streets and companies by code, estates by community and name, then each estate's
 * next decisions by its status, agreements by estate, the published quarter by estate; then the last
 * complete quarter's assessments ({@link HedongAssessments}), whose street and committee steps are taken
 * as the development users of those offices.
 */
public final class DemoDataLoader {

    /** The confidential client of {@code deploy/keycloak/dev-users.json} the demo signs in as. */
    public static final String CLIENT = "estatecare-demo-data";
    static final Duration POLL = Duration.ofMillis(100);
    /** Independent estates are loaded side by side, as several clerks of the district would. */
    private static final int SIDE_BY_SIDE = 4;
    /** The day the services assess by: Beijing's. */
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final ApiClient api;
    private final HedongDistrict district = HedongDistrict.demo();
    /** How long to wait, all together, for the agreements and assessments services to learn what they need from Kafka. */
    private final Duration patience;

    /** What one load added (zero everywhere when the demo was already there). */
    public record Outcome(int streets, int estates, int decisions, int companies, int standards, int agreements,
                          int publications, int schemes, int inspections, int surveys, int assessments, int demoEstates,
                          int demoAgreements, int demoSchemes, int demoGraded, String gradedQuarter, int subsidyDecisions,
                          int allocationRuns, int maintainedStreets, int maintainedEstates, int fundUses, int jointMeetings,
                          int districtReferrals) {

        public String summary() {
            String what = demoEstates + " estates, " + demoAgreements + " agreements, " + demoSchemes + " street schemes, "
                    + demoGraded + " estates graded for " + gradedQuarter + " and their subsidy allocated";
            int added = streets + estates + decisions + companies + standards + agreements + publications + schemes
                    + inspections + surveys + assessments + subsidyDecisions + allocationRuns + maintainedStreets
                    + maintainedEstates + fundUses + jointMeetings + districtReferrals;
            return added == 0 ? what + " (already there)" : what + " (added " + streets + " streets, " + estates
                    + " estates, " + decisions + " decisions, " + companies + " companies, " + standards + " fee standards, "
                    + agreements + " agreements, " + publications + " published quarters, " + schemes + " schemes, "
                    + inspections + " inspections, " + surveys + (surveys == 1 ? " survey, " : " surveys, ") + assessments
                    + " published assessments, " + subsidyDecisions + " subsidy policy decisions, " + allocationRuns
                    + " approved allocation runs, " + maintainedStreets + " streets' maintenance duties, " + maintainedEstates
                    + " estates' maintenance units and warranties, " + fundUses + " maintenance-fund uses, " + jointMeetings
                    + " joint meetings, " + districtReferrals + " problems referred to the district)";
        }
    }

    private DemoDataLoader(ApiClient api, Duration patience) {
        this.api = api;
        this.patience = patience;
    }

    /** Through {@code gateway} with tokens of {@code issuer} (a realm URL, …/realms/estatecare). */
    public static DemoDataLoader through(URI gateway, String issuer, Duration patience) {
        URI tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
        return new DemoDataLoader(ApiClient.asClient(gateway, tokenEndpoint, CLIENT, RealmFiles.clientSecret(CLIENT)), patience);
    }

    public Outcome load() {
        Counts counts = new Counts();
        counts.streets = addMissingStreets();
        Map<Integer, JsonNode> estates = registerEstates(counts);
        counts.companies = addMissingCompanies();
        counts.standards = addFeeStandardsIfNone();
        int agreementsPlanned = signAgreements(estates, counts);
        LocalDate today = LocalDate.now(BEIJING);
        HedongAssessments assessments = HedongAssessments.of(district, today);
        Map<Integer, String> estateIds = new HashMap<>();
        estates.forEach((index, estate) -> estateIds.put(index, estate.path("id").asString()));
        long deadline = System.nanoTime() + patience.toNanos();
        AssessmentsLoader.Added assessed = new AssessmentsLoader(api, assessments, estateIds, today, deadline).load();
        SubsidiesLoader.Added allocated = new SubsidiesLoader(api, deadline).load(assessments.quarter(),
                district.streets().stream().map(Street::code).toList());
        MaintenanceLoader.Added maintained = new MaintenanceLoader(api, today).load(district.streets(),
                api.all("/api/estates?sort=name,asc"));
        CoordinationLoader.Added coordinated = new CoordinationLoader(api, today).load(district.streets());
        return new Outcome(counts.streets, counts.estates, counts.decisions, counts.companies, counts.standards,
                counts.agreements, counts.publications, assessed.schemes(), assessed.inspections(), assessed.surveys(),
                assessed.published(), district.estates().size(), agreementsPlanned, assessments.schemes().size(),
                assessments.estates().size(), assessments.quarter().code(), allocated.decisions(), allocated.runs(),
                maintained.streets(), maintained.estates(), maintained.fundUses(), coordinated.meetings(), coordinated.referrals());
    }

    private static final class Counts {
        int streets;
        int estates;
        int decisions;
        int companies;
        int standards;
        int agreements;
        int publications;

        /** Counted from the threads that load side by side. */
        synchronized void add(Runnable increment) {
            increment.run();
        }
    }

    /**
     * {@code load} for each item, {@value #SIDE_BY_SIDE} at a time; the results by the items' positions. The
     * first failure is thrown once the others have ended.
     */
    static <T, R> Map<Integer, R> sideBySide(List<T> items, Function<T, R> load) {
        ExecutorService pool = Executors.newFixedThreadPool(SIDE_BY_SIDE);
        try {
            List<Future<R>> futures = items.stream().map(item -> pool.submit(() -> load.apply(item))).toList();
            Map<Integer, R> results = new HashMap<>();
            RuntimeException first = null;
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.put(i, futures.get(i).get());
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                }
            }
            if (first != null) {
                throw first;
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    // ------------------------------------------------------------------ the registry

    private int addMissingStreets() {
        Set<String> known = new java.util.HashSet<>();
        api.all("/api/streets?").forEach(street -> known.add(street.path("code").asString()));
        int added = 0;
        for (Street street : district.streets()) {
            if (!known.contains(street.code())) {
                api.post("/api/streets", fields("code", street.code(), "name", street.name(), "communities",
                        street.communities().stream().map(c -> fields("code", c.code(), "name", c.name())).toList()));
                added++;
            }
        }
        return added;
    }

    /** Every demo estate registered and walked to its target; by index, as the registry shows it now. */
    private Map<Integer, JsonNode> registerEstates(Counts counts) {
        Map<String, JsonNode> byCommunityAndName = new HashMap<>();
        for (JsonNode estate : api.all("/api/estates?sort=name,asc")) {
            byCommunityAndName.putIfAbsent(estate.path("community").asString() + "/" + estate.path("name").asString(), estate);
        }
        Map<Integer, JsonNode> walked = sideBySide(district.estates(), plan -> {
            JsonNode estate = byCommunityAndName.get(plan.community().code() + "/" + plan.name());
            if (estate == null) {
                estate = api.post("/api/estates", registration(plan));
                counts.add(() -> counts.estates++);
            }
            return walk(plan, estate, counts);
        });
        Map<Integer, JsonNode> estates = new LinkedHashMap<>();
        district.estates().forEach(plan -> estates.put(plan.index(), walked.get(district.estates().indexOf(plan))));
        return estates;
    }

    private static Map<String, Object> registration(EstatePlan p) {
        return fields("name", p.name(), "street", p.street().code(), "community", p.community().code(), "address", p.address(),
                "location", fields("latitude", p.latitude(), "longitude", p.longitude()),
                "buildings", p.buildings(), "households", p.households(), "floorArea", p.floorArea(),
                "propertyOwnerUnits", List.of("河东区房管局"),
                "renovation", fields("approvalDocument", p.approvalDocument(), "approvedOn", p.approvedOn(),
                        "acceptance", "QUALIFIED", "acceptedOn", p.acceptedOn(), "municipalSubsidy", p.municipalSubsidy()),
                "documents", HedongDistrict.DOCUMENTS);
    }

    /** The decisions the estate still lacks for its target, in the order the policy wants them. */
    private JsonNode walk(EstatePlan p, JsonNode estate, Counts counts) {
        String path = "/api/estates/" + estate.path("id").asString();
        Stage stage = new Stage(estate);
        if (p.target() == Target.NOT_INCLUDED) {
            if (stage.is("REGISTERED")) {
                stage.after(api.post(path + "/non-inclusion", decision("decidedOn", p.notIncludedOn(),
                        "reason", "未享受市级财政补贴，由街道按原渠道管理")), counts);
            }
            return stage.estate;
        }
        if (p.reaches(Target.TAKEOVER_ACCEPTED) && stage.is("REGISTERED")) {
            stage.after(api.post(path + "/takeover-acceptance", decision("acceptedOn", p.takeoverOn(),
                    "items", STANDARD_MET)), counts);
        }
        if (p.reaches(Target.FILED) && stage.is("TAKEOVER_ACCEPTED")) {
            stage.after(api.post(path + "/filing", decision("filedOn", p.filedOn())), counts);
        }
        if (p.reaches(Target.INCLUDED) && stage.is("FILED")) {
            stage.after(api.post(path + "/inclusion", decision("includedOn", p.includedOn(),
                    "managementMode", p.managementMode())), counts);
        }
        // the committee comes before the maintenance units: named units mean both were recorded
        if (p.reaches(Target.INCLUDED) && stage.estate.path("maintenance").path("fireEquipmentUnit").isMissingNode()) {
            stage.after(api.post(path + "/management-committee", p.committee().isEmpty()
                    ? decision("residentsCommitteeActs", true)
                    : decision("members", p.committee().stream().map(m -> fields("name", m.name(), "capacity", m.capacity())).toList())),
                    counts);
            stage.after(api.post(path + "/maintenance", decision("fireEquipmentUnit", "河东区消防设施维保中心",
                    "liftUnit", p.liftUnit(), "sharedFacilityWarrantyEndsOn", p.warrantyEndsOn())), counts);
        }
        if (p.reaches(Target.EXITED) && stage.estate.path("exit").isMissingNode()) {
            stage.after(api.post(path + "/exit", decision("reason", p.exitReason(), "effectiveDate", p.exitOn())), counts);
        }
        return stage.estate;
    }

    /** An estate as the registry last answered, and its status. */
    private static final class Stage {
        JsonNode estate;

        Stage(JsonNode estate) {
            this.estate = estate;
        }

        boolean is(String status) {
            return status.equals(estate.path("status").path("code").asString());
        }

        void after(JsonNode answer, Counts counts) {
            estate = answer;
            counts.add(() -> counts.decisions++);
        }
    }

    // ------------------------------------------------------------------ agreements

    private int addMissingCompanies() {
        Set<String> known = new java.util.HashSet<>();
        api.all("/api/companies?").forEach(company -> known.add(company.path("id").asString()));
        int added = 0;
        for (Company c : district.companies()) {
            if (!known.contains(c.id())) {
                api.post("/api/companies", fields("id", c.id(), "name", c.name(), "creditCode", c.creditCode(),
                        "legalRepresentative", c.legalRepresentative(), "address", "天津市河东区",
                        "contacts", List.of(fields("name", "客服中心", "role", "24小时服务热线", "phone", c.hotline()))));
                added++;
            }
        }
        return added;
    }

    /** The district's standards, once: a district that has set any keeps its own. */
    private int addFeeStandardsIfNone() {
        if (!api.all("/api/fee-standards?").isEmpty()) {
            return 0;
        }
        for (FeeStandard s : district.standards()) {
            api.post("/api/fee-standards", fields("estateClass", s.estateClass(), "basis", s.basis(), "minimum", s.minimum(),
                    "maximum", s.maximum(), "effectiveFrom", s.effectiveFrom(), "document", "河东区物业服务收费标准"));
        }
        return district.standards().size();
    }

    /**
     * An agreement for each demo estate that takes one and has none, signed on its first day, and the
     * published quarter where its term covers it. The agreements service learns estates from
     * estates.v1: until it has, it refuses; those calls are repeated within the patience.
     */
    private int signAgreements(Map<Integer, JsonNode> estates, Counts counts) {
        Map<String, List<JsonNode>> agreementsByEstate = new HashMap<>();
        for (JsonNode agreement : api.all("/api/agreements?")) {
            agreementsByEstate.computeIfAbsent(agreement.path("estateId").asString(), e -> new ArrayList<>()).add(agreement);
        }
        long deadline = System.nanoTime() + patience.toNanos();
        List<AgreementPlan> plans = district.agreements();
        sideBySide(plans, plan -> {
            String estateId = estates.get(plan.estate().index()).path("id").asString();
            List<JsonNode> existing = agreementsByEstate.getOrDefault(estateId, List.of());
            Optional<JsonNode> signed = existing.stream().filter(a -> !"DRAFT".equals(a.path("status").path("code").asString())).findFirst();
            if (signed.isEmpty()) {
                JsonNode draft = existing.isEmpty() ? draft(plan, estateId, deadline) : existing.get(0);
                signed = Optional.of(patiently("signing for " + estateId, deadline, () -> api.send("POST",
                        "/api/agreements/" + draft.path("id").asString() + "/signing", fields("signedOn", plan.termStart()))));
                counts.add(() -> counts.agreements++);
            }
            if (plan.coversPublishedQuarter() && !"TERMINATED".equals(signed.get().path("status").path("code").asString())
                    && !published(estateId)) {
                publishQuarter(plan, estateId);
                counts.add(() -> counts.publications++);
            }
            return estateId;
        });
        return plans.size();
    }

    private JsonNode draft(AgreementPlan plan, String estateId, long deadline) {
        patiently("fee class of " + estateId, deadline, () -> api.send("PUT", "/api/estates/" + estateId + "/fee-class",
                fields("estateClass", plan.estateClass(), "from", plan.termStart())));
        return patiently("agreement for " + estateId, deadline, () -> api.send("POST", "/api/agreements", fields(
                "estateId", estateId, "companyId", plan.companyId(), "termStart", plan.termStart(), "termEnd", plan.termEnd(),
                "basicServices", fields(
                        "gateDuty", fields("hoursPerDay", 24, "posts", plan.gatePosts()),
                        "patrol", fields("roundsPerDay", plan.patrolRounds()),
                        "cleaning", fields("timesPerWeek", 7, "scope", "楼道、道路、绿地；协助垃圾分类"),
                        "parking", fields("scope", "施划停车位，清理僵尸车")),
                "extras", List.of(
                        fields("name", "代收快递", "description", "门岗代收快递", "price", BigDecimal.ZERO, "priceUnit", "次"),
                        fields("name", "家政保洁", "description", "入户保洁，预约服务", "price", new BigDecimal("35.00"), "priceUnit", "小时")),
                "fee", fields("basis", "PER_SQUARE_METRE_MONTH", "amount", plan.fee()))));
    }

    private boolean published(String estateId) {
        for (JsonNode publication : api.all("/api/estates/" + estateId + "/fee-publications?")) {
            if (HedongDistrict.PUBLISHED_QUARTER_CODE.equals(publication.path("quarter").asString())) {
                return true;
            }
        }
        return false;
    }

    /** The quarter's three months of collection, then its publication to residents (R-AGR-4), as the district. */
    private void publishQuarter(AgreementPlan plan, String estateId) {
        for (YearMonth month : HedongDistrict.PUBLISHED_QUARTER) {
            api.put("/api/estates/" + estateId + "/fee-collections/" + month, fields(
                    "householdsBilled", plan.estate().households(), "householdsPaid", plan.householdsPaid(month),
                    "amountBilled", plan.monthlyBilled(), "amountCollected", plan.collected(month)));
        }
        BigDecimal collected = plan.collectedInQuarter();
        api.post("/api/estates/" + estateId + "/fee-publications", fields("quarter", HedongDistrict.PUBLISHED_QUARTER_CODE,
                "uses", List.of(
                        fields("category", "STAFF", "amount", share(collected, "0.55"), "note", "门岗、保洁、巡查人员工资"),
                        fields("category", "CLEANING_SUPPLIES", "amount", share(collected, "0.12")),
                        fields("category", "REPAIRS", "amount", share(collected, "0.18"), "note", "公共设施小修"))));
    }

    private static BigDecimal share(BigDecimal amount, String fraction) {
        return amount.multiply(new BigDecimal(fraction)).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * A call a service refuses until it has learnt the estate from estates.v1 (404, 409, 422): repeated
     * until accepted or the deadline; then the last refusal is the error.
     */
    static JsonNode patiently(String what, long deadline, Supplier<ApiClient.Answer> call) {
        while (true) {
            ApiClient.Answer answer = call.get();
            if (answer.ok()) {
                return answer.body();
            }
            boolean notYetLearnt = answer.status() == 404 || answer.status() == 409 || answer.status() == 422;
            if (!notYetLearnt || System.nanoTime() > deadline) {
                throw new ApiClient.Refused(what, answer);
            }
            ApiClient.pause(POLL);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A decision's body: its fields and the demo's document. */
    /** The takeover standard met item by item (R-TAKE-2); the demo's estates have no lifts. */
    public static final List<Map<String, Object>> STANDARD_MET = java.util.stream.Stream.of("BUILDING_STRUCTURE",
                    "ROOFS_AND_WATERPROOFING", "WATER_AND_DRAINAGE_PIPES", "STAIRWELL_LIGHTING", "FIRE_FACILITIES", "LIFTS", "ROADS",
                    "GREENING", "SANITATION_FACILITIES", "ARCHIVES_HANDED_OVER")
            .map(item -> fields("item", item, "result", item.equals("LIFTS") ? "NOT_APPLICABLE" : "PASS")).toList();

    private static Map<String, Object> decision(Object... keysAndValues) {
        Map<String, Object> body = fields(keysAndValues);
        body.put("documents", HedongDistrict.DOCUMENTS);
        return body;
    }

    /** A JSON object from key, value, key, value …; a null value leaves its key out. Dates as ISO text. */
    static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                body.put((String) keysAndValues[i], value instanceof java.time.temporal.Temporal ? value.toString() : value);
            }
        }
        return body;
    }
}
