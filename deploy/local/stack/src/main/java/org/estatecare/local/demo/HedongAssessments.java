package org.estatecare.local.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.estatecare.local.demo.HedongDistrict.AgreementPlan;
import org.estatecare.local.demo.HedongDistrict.Community;
import org.estatecare.local.demo.HedongDistrict.EstatePlan;
import org.estatecare.local.demo.HedongDistrict.Street;
import org.estatecare.local.demo.HedongDistrict.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the demo assesses in Hedong (R-ASM-1 … R-ASM-4), for the last complete quarter before the day it
 * loads: each street's scheme, drafted by its officer from the district's rules with one change of its own
 * and approved by the district; a few included estates per street inspected by their residents'
 * committee and street office every month and by the district once; one estate surveyed; and every
 * inspected estate's quarter computed, confirmed and published. Seeded by estate and quarter, so a second
 * load in the same quarter finds what the first made. Every step names the development user
 * ({@code deploy/keycloak/dev-users.json}) who takes it.
 */
record HedongAssessments(Quarter quarter, List<SchemePlan> schemes, List<AssessedEstate> estates, SurveyPlan survey) {

    /** A few of each street's included estates: a ranking across the district that loads in seconds. */
    static final int ESTATES_PER_STREET = 2;
    /** The demo client's own account: the district's steps (approvals, spot checks) are taken as the client. */
    static final String DISTRICT = "service-account-" + DemoDataLoader.CLIENT;
    /** Households answering the survey: above the district's default minimum sample (30 per cent, at least 30). */
    static final BigDecimal ANSWERING_SHARE = new BigDecimal("0.36");
    static final int ANSWERING_AT_LEAST = 36;

    /** A calendar quarter, {@code 2026-Q3}. */
    record Quarter(int year, int number) {

        static Quarter lastCompleteBefore(LocalDate day) {
            YearMonth previous = YearMonth.from(day).minusMonths(3);
            return new Quarter(previous.getYear(), (previous.getMonthValue() - 1) / 3 + 1);
        }

        YearMonth month(int i) {
            return YearMonth.of(year, (number - 1) * 3 + 1 + i);
        }

        LocalDate start() {
            return month(0).atDay(1);
        }

        LocalDate end() {
            return month(2).atEndOfMonth();
        }

        String code() {
            return year + "-Q" + number;
        }
    }

    /** A street's own version: drafted and submitted by its officer, approved by the district, from this month. */
    record SchemePlan(Street street, String officer, SchemeChange change) {

        /** The version's note, which also tells the demo's version from anyone else's. */
        String note() {
            return street.name() + "考核办法（演示数据）：" + change.summary();
        }
    }

    /** The one way a street's scheme departs from the district's rules. */
    sealed interface SchemeChange permits WeightShift, LevelShift, Deduction {

        String summary();

        /** The district's rules (as the service answers them) with this change, as a new document. */
        ObjectNode applyTo(JsonNode districtRules);
    }

    /** Points of weight moved from one criterion to another: the criteria still sum to 100. */
    record WeightShift(String from, String to, int points, String fromLabel, String toLabel) implements SchemeChange {

        public String summary() {
            return toLabel + "权重提高" + points + "分，" + fromLabel + "降低" + points + "分";
        }

        public ObjectNode applyTo(JsonNode districtRules) {
            ObjectNode rules = (ObjectNode) districtRules.deepCopy();
            for (JsonNode criterion : rules.path("criteria")) {
                String code = criterion.path("code").asString();
                int weight = criterion.path("weight").asInt();
                if (code.equals(from)) {
                    ((ObjectNode) criterion).put("weight", weight - points);
                } else if (code.equals(to)) {
                    ((ObjectNode) criterion).put("weight", weight + points);
                }
            }
            return rules;
        }
    }

    /** Weight moved from one inspection level to another: the levels still sum to 100. */
    record LevelShift(String from, String to, int points, String fromLabel, String toLabel) implements SchemeChange {

        public String summary() {
            return toLabel + "权重提高" + points + "个百分点，" + fromLabel + "相应降低";
        }

        public ObjectNode applyTo(JsonNode districtRules) {
            ObjectNode rules = (ObjectNode) districtRules.deepCopy();
            ObjectNode levels = (ObjectNode) rules.path("levelWeights");
            levels.put(from, levels.path(from).asInt() - points);
            levels.put(to, levels.path(to).asInt() + points);
            return rules;
        }
    }

    /** A stricter deduction for one kind of finding. */
    record Deduction(String kind, BigDecimal pointsEach, BigDecimal cap, String label) implements SchemeChange {

        public String summary() {
            return label + "每处扣" + pointsEach.toPlainString() + "分，最多扣" + cap.toPlainString() + "分";
        }

        public ObjectNode applyTo(JsonNode districtRules) {
            ObjectNode rules = (ObjectNode) districtRules.deepCopy();
            for (JsonNode item : rules.path("deductions")) {
                if (item.path("kind").asString().equals(kind)) {
                    ((ObjectNode) item).put("pointsEach", pointsEach).put("cap", cap);
                }
            }
            return rules;
        }
    }

    /**
     * One included estate assessed for the quarter.
     *
     * @param companyId      the company serving it at the quarter's end by the demo's agreements; null when none
     * @param feesPublished  whether the demo published this quarter's fee collection for it
     */
    record AssessedEstate(EstatePlan estate, String streetOfficer, String committee, String companyId,
                          boolean feesPublished, List<InspectionPlan> inspections) {
    }

    /** One inspection: its level, day, who records it, what was checked and found. */
    record InspectionPlan(String level, LocalDate inspectedOn, String recorder, List<Check> checks, List<FindingPlan> findings) {
    }

    /** One checklist item of a basic service and whether it passed. */
    record Check(String service, String item, boolean passed) {
    }

    /** A failed item's finding: its kind, where, the service, a photo reference. */
    record FindingPlan(String kind, String place, String service, List<String> photos) {
    }

    /**
     * The quarter's satisfaction survey of one estate, run by its street's officer: codes for every household's
     * notice, then the answers of a share of them, some with their code, the others entered from paper.
     */
    record SurveyPlan(AssessedEstate estate, String officer, List<String> households, List<SurveyAnswer> answers) {
    }

    /** A household's answer: 1–5 per basic service and overall. */
    record SurveyAnswer(String household, boolean withCode, Map<String, Integer> ratings, int overall) {
    }

    /** What a checklist holds, what a failed item is found as, and where. */
    private record Item(String service, String item, String findingKind, String place, boolean atBuilding) {
    }

    private static final List<Item> CHECKLIST = List.of(
            new Item("GATE_DUTY", "门岗在岗", "GATE_UNATTENDED", "小区正门门岗", false),
            new Item("GATE_DUTY", "外来人员车辆登记", "OTHER", "小区正门", false),
            new Item("PATROL", "夜间巡查记录", "PATROL_MISSED", "物业服务中心巡查记录", false),
            new Item("PATROL", "巡查打卡点位", "PATROL_MISSED", "东侧围墙打卡点", false),
            new Item("CLEANING", "楼道清扫", "STACKED_ITEMS", "楼道", true),
            new Item("CLEANING", "绿地保洁", "LITTER", "北侧绿地", true),
            new Item("CLEANING", "垃圾分类投放", "UNSORTED_GARBAGE", "垃圾分类投放点", false),
            new Item("PARKING", "消防通道畅通", "BLOCKED_FIRE_LANE", "消防通道", true),
            new Item("PARKING", "车辆有序停放", "DISORDERLY_PARKING", "门前", true));
    /** How likely an item passes, by estate: some estates are served well, others less so, for a spread of grades. */
    private static final double[] QUALITY = {0.97, 0.9, 0.82, 0.68};
    private static final List<SchemeChange> CHANGES = List.of(
            new Deduction("BLOCKED_FIRE_LANE", new BigDecimal("5"), new BigDecimal("15"), "消防通道堵塞"),
            new WeightShift("PARKING", "CLEANING", 5, "车辆停放管理", "楼内外清扫保洁"),
            new LevelShift("COMMITTEE_DAILY", "STREET_MONTHLY", 10, "居委会日常检查", "街道月度考核"),
            new WeightShift("COMPLAINT_HANDLING", "SATISFACTION", 5, "诉求办理", "居民满意度"),
            new Deduction("STACKED_ITEMS", new BigDecimal("2"), new BigDecimal("8"), "楼道堆物"));

    /** The plan for the last complete quarter before {@code today}. */
    static HedongAssessments of(HedongDistrict district, LocalDate today) {
        Quarter quarter = Quarter.lastCompleteBefore(today);
        List<SchemePlan> schemes = new ArrayList<>();
        List<AssessedEstate> estates = new ArrayList<>();
        for (int s = 0; s < district.streets().size(); s++) {
            Street street = district.streets().get(s);
            schemes.add(new SchemePlan(street, streetOfficer(street), CHANGES.get(s % CHANGES.size())));
            List<EstatePlan> chosen = district.estates().stream()
                    .filter(e -> e.street().equals(street) && assessable(e, quarter)).limit(ESTATES_PER_STREET).toList();
            for (int i = 0; i < chosen.size(); i++) {
                // the district spot-checks one estate per street
                estates.add(assessed(chosen.get(i), district, quarter, i == 0));
            }
        }
        AssessedEstate surveyed = estates.stream().filter(e -> e.companyId() != null)
                .min(Comparator.comparingInt(e -> e.estate().households()))
                .orElseGet(() -> estates.stream().min(Comparator.comparingInt(e -> e.estate().households())).orElseThrow());
        return new HedongAssessments(quarter, schemes, estates, survey(surveyed, quarter));
    }

    /** Every development user the plan signs in as, besides the demo client itself. */
    List<String> users() {
        List<String> users = new ArrayList<>(schemes.stream().map(SchemePlan::officer).toList());
        estates.forEach(e -> users.add(e.committee()));
        return users.stream().distinct().toList();
    }

    int inspectionCount() {
        return estates.stream().mapToInt(e -> e.inspections().size()).sum();
    }

    /** The street office's account: the two the README's tours use keep their names. */
    static String streetOfficer(Street street) {
        return streetOfficer(street.code());
    }

    /** The street office's account, by the street's code. */
    static String streetOfficer(String street) {
        return switch (street) {
            case "dawangzhuang" -> "dwz-officer";
            default -> street + "-officer";
        };
    }

    /** The residents' committee's account (a community officer). */
    static String committee(Community community) {
        return community.code().equals(HedongDistrict.LEFT_FOR_THE_TOUR) ? "chunhua-community" : community.code() + "-community";
    }

    /**
     * Included for good before the quarter began, and not the community the README's tours assess themselves
     * (its estate's quarter is computed and published there).
     */
    private static boolean assessable(EstatePlan e, Quarter quarter) {
        return e.target() == Target.INCLUDED && e.includedOn().isBefore(quarter.start())
                && !e.community().code().equals(HedongDistrict.LEFT_FOR_THE_TOUR);
    }

    private static AssessedEstate assessed(EstatePlan e, HedongDistrict district, Quarter quarter, boolean spotChecked) {
        Random random = new Random(e.index() * 104_729L + quarter.year() * 10L + quarter.number());
        double quality = QUALITY[e.index() % QUALITY.length];
        List<InspectionPlan> inspections = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            YearMonth month = quarter.month(m);
            inspections.add(inspection(e, "COMMITTEE_DAILY", month.atDay(2 + random.nextInt(8)), committee(e.community()),
                    random, quality));
            inspections.add(inspection(e, "STREET_MONTHLY", month.atDay(12 + random.nextInt(12)), streetOfficer(e.street()),
                    random, quality));
        }
        if (spotChecked) {
            inspections.add(inspection(e, "DISTRICT_SPOT", quarter.month(1).atDay(10 + random.nextInt(15)), DISTRICT,
                    random, quality));
        }
        Optional<AgreementPlan> agreement = district.agreements().stream().filter(a -> a.estate().equals(e))
                .filter(a -> !a.termStart().isAfter(quarter.end()) && !a.termEnd().isBefore(quarter.end())).findFirst();
        boolean feesPublished = agreement.isPresent() && agreement.get().coversPublishedQuarter()
                && HedongDistrict.PUBLISHED_QUARTER_CODE.equals(quarter.code());
        return new AssessedEstate(e, streetOfficer(e.street()), committee(e.community()),
                agreement.map(AgreementPlan::companyId).orElse(null), feesPublished, List.copyOf(inspections));
    }

    private static InspectionPlan inspection(EstatePlan e, String level, LocalDate day, String recorder, Random random,
                                             double quality) {
        List<Check> checks = new ArrayList<>();
        List<FindingPlan> findings = new ArrayList<>();
        for (Item item : CHECKLIST) {
            boolean passed = random.nextDouble() < quality;
            checks.add(new Check(item.service(), item.item(), passed));
            if (!passed) {
                String place = item.atBuilding() ? (1 + random.nextInt(e.buildings())) + "号楼" + item.place() : item.place();
                findings.add(new FindingPlan(item.findingKind(), place, item.service(),
                        List.of("demo-" + e.index() + "-" + day + "-" + (findings.size() + 1))));
            }
        }
        return new InspectionPlan(level, day, recorder, List.copyOf(checks), List.copyOf(findings));
    }

    /**
     * Every household of the estate by building, unit and room (two units a building, two flats a floor), as
     * the notices are addressed; a share of them answer, every third with the code from the notice.
     */
    private static SurveyPlan survey(AssessedEstate surveyed, Quarter quarter) {
        EstatePlan e = surveyed.estate();
        int perBuilding = e.households() / e.buildings();
        List<String> households = new ArrayList<>();
        for (int b = 1; b <= e.buildings(); b++) {
            for (int k = 0; k < perBuilding; k++) {
                int unit = 1 + k % 2;
                int flat = k / 2;
                households.add(b + "-" + unit + "-" + ((1 + flat / 2) * 100 + 1 + flat % 2));
            }
        }
        int answering = Math.min(households.size(), Math.max(ANSWERING_AT_LEAST,
                ANSWERING_SHARE.multiply(BigDecimal.valueOf(households.size())).setScale(0, RoundingMode.CEILING)
                        .intValueExact()));
        Random random = new Random(e.index() * 15_485_863L + quarter.year() * 10L + quarter.number());
        // spread over the estate: every n-th household answers, not the first building alone
        double stride = (double) households.size() / answering;
        List<SurveyAnswer> answers = new ArrayList<>();
        for (int i = 0; i < answering; i++) {
            Map<String, Integer> ratings = new LinkedHashMap<>();
            for (String service : List.of("GATE_DUTY", "PATROL", "CLEANING", "PARKING")) {
                ratings.put(service, rating(random));
            }
            answers.add(new SurveyAnswer(households.get((int) (i * stride)), i % 3 == 0, ratings, rating(random)));
        }
        return new SurveyPlan(surveyed, surveyed.streetOfficer(), List.copyOf(households), List.copyOf(answers));
    }

    /** Mostly satisfied (4–5), some 3s, a few 2s. */
    private static int rating(Random random) {
        double r = random.nextDouble();
        return r < 0.45 ? 5 : r < 0.8 ? 4 : r < 0.93 ? 3 : 2;
    }
}
