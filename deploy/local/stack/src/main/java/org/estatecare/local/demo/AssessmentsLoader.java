package org.estatecare.local.demo;

import static org.estatecare.local.demo.DemoDataLoader.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.estatecare.local.demo.HedongAssessments.AssessedEstate;
import org.estatecare.local.demo.HedongAssessments.InspectionPlan;
import org.estatecare.local.demo.HedongAssessments.SchemePlan;
import org.estatecare.local.demo.HedongAssessments.SurveyAnswer;
import org.estatecare.local.demo.HedongAssessments.SurveyPlan;
import tools.jackson.databind.JsonNode;

/**
 * Loads {@link HedongAssessments} through the gateway, each step as the development user the plan names
 * (the street's officer drafts, the residents' committee inspects, the demo client approves as the
 * district). Reads first and adds only what is missing: a street's scheme version by the demo's note,
 * inspections by estate, level and day, the survey by estate and quarter, each estate's assessments by
 * their status.
 */
final class AssessmentsLoader {

    /** How many survey codes one request issues at most (the service's limit per request). */
    private static final int CODES_PER_REQUEST = 500;

    private final ApiClient district;
    private final ApiClient resident;
    private final Map<String, ApiClient> users = new HashMap<>();
    private final HedongAssessments plan;
    /** Registry ids of the demo estates, by their index in the plan. */
    private final Map<Integer, String> estateIds;
    private final LocalDate today;
    private final long deadline;

    /** What one load added. */
    record Added(int schemes, int inspections, int surveys, int published) {
    }

    AssessmentsLoader(ApiClient district, HedongAssessments plan, Map<Integer, String> estateIds, LocalDate today,
                      long deadline) {
        this.district = district;
        this.resident = district.anonymous();
        this.plan = plan;
        this.estateIds = estateIds;
        this.today = today;
        this.deadline = deadline;
    }

    Added load() {
        int schemes = approveSchemes();
        awaitAgreementsLearnt();
        int inspections = recordInspections();
        int surveys = runSurvey();
        int published = publishGrades();
        return new Added(schemes, inspections, surveys, published);
    }

    private ApiClient as(String username) {
        return username.equals(HedongAssessments.DISTRICT) ? district : users.computeIfAbsent(username, district::asUser);
    }

    private String idOf(AssessedEstate estate) {
        return estateIds.get(estate.estate().index());
    }

    // ------------------------------------------------------------------ schemes (R-ASM-1)

    /**
     * Each street's version from this month: the district's rules in force with the street's change, drafted
     * and submitted by its officer, approved by the district. A street drafting a version of its own is left
     * alone; a demo version left open by an interrupted load is taken on from where it stopped.
     */
    private int approveSchemes() {
        JsonNode districtRules = district.get("/api/assessment-schemes/in-force").path("version").path("rules");
        int added = 0;
        for (SchemePlan scheme : plan.schemes()) {
            String path = "/api/assessment-schemes/" + scheme.street().code();
            List<JsonNode> versions = district.send("GET", path, null).status() == 404 ? List.of()
                    : district.all(path + "/versions?");
            Optional<JsonNode> demo = versions.stream().filter(v -> scheme.note().equals(v.path("note").asString())).findFirst();
            boolean othersOpen = versions.stream().anyMatch(v -> isOpen(v) && !scheme.note().equals(v.path("note").asString()));
            if (demo.map(v -> !isOpen(v)).orElse(false) || (demo.isEmpty() && othersOpen)) {
                continue;
            }
            // R-ASM-1: a version is approved only while its first month is not over; a stale one goes back
            if (demo.isPresent() && LocalDate.parse(demo.get().path("effectiveFrom").asString()).isBefore(today.withDayOfMonth(1))) {
                district.post(path + "/versions/" + demo.get().path("number").asInt() + "/rejection",
                        fields("reason", "演示数据：生效月份已过，重新起草"));
                demo = Optional.empty();
            }
            ApiClient officer = as(scheme.officer());
            int number;
            String status;
            if (demo.isEmpty()) {
                JsonNode drafted = officer.post(path + "/versions", fields("effectiveFrom", today.withDayOfMonth(1),
                        "rules", scheme.change().applyTo(districtRules), "note", scheme.note()));
                number = drafted.path("openVersion").path("number").asInt();
                status = "DRAFT";
            } else {
                number = demo.get().path("number").asInt();
                status = demo.get().path("status").path("code").asString();
            }
            if (status.equals("DRAFT")) {
                officer.post(path + "/versions/" + number + "/submission", null);
            }
            district.post(path + "/versions/" + number + "/approval", fields("note", "同意"));
            added++;
        }
        return added;
    }

    private static boolean isOpen(JsonNode version) {
        String status = version.path("status").path("code").asString();
        return status.equals("DRAFT") || status.equals("SUBMITTED");
    }

    /**
     * The assessments service learns from agreements.v1 which company serves an estate and when its fees were
     * published. An inspection fixes the company serving on its day and a score answers to it, so nothing is
     * recorded before the service shows every demo agreement (and fee publication) of the quarter.
     */
    private void awaitAgreementsLearnt() {
        Map<String, List<AssessedEstate>> served = new LinkedHashMap<>();
        plan.estates().stream().filter(e -> e.companyId() != null)
                .forEach(e -> served.computeIfAbsent(e.estate().street().code(), s -> new ArrayList<>()).add(e));
        for (Map.Entry<String, List<AssessedEstate>> street : served.entrySet()) {
            String query = "/api/assessments/due-reports?street=" + street.getKey() + "&quarter=" + plan.quarter().code();
            while (!learnt(district.all(query), street.getValue())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the assessments service has not learnt the agreements of street "
                            + street.getKey() + " from agreements.v1 in time (" + query + ")");
                }
                ApiClient.pause(DemoDataLoader.POLL);
            }
        }
    }

    private boolean learnt(List<JsonNode> dueReports, List<AssessedEstate> served) {
        Map<String, JsonNode> byEstate = new HashMap<>();
        dueReports.forEach(row -> byEstate.put(row.path("estateId").asString(), row));
        return served.stream().allMatch(e -> {
            JsonNode row = byEstate.get(idOf(e));
            return row != null && e.companyId().equals(row.path("companyId").asString())
                    && (!e.feesPublished() || row.path("feePublication").hasNonNull("madeOn"));
        });
    }

    // ------------------------------------------------------------------ inspections (R-ASM-2, R-ASM-3)

    private int recordInspections() {
        int added = 0;
        for (AssessedEstate estate : plan.estates()) {
            String estateId = idOf(estate);
            Set<String> recorded = new HashSet<>();
            district.all("/api/inspections?estateId=" + estateId + "&from=" + plan.quarter().start() + "&to="
                    + plan.quarter().end()).forEach(i -> recorded.add(i.path("level").path("code").asString() + "@"
                    + i.path("inspectedOn").asString()));
            for (InspectionPlan inspection : estate.inspections()) {
                if (recorded.contains(inspection.level() + "@" + inspection.inspectedOn())) {
                    continue;
                }
                // until the service has learnt the estate from estates.v1 it refuses it (422): asked again
                DemoDataLoader.patiently("inspection of " + estateId, deadline,
                        () -> as(inspection.recorder()).send("POST", "/api/inspections", recording(estateId, inspection)));
                added++;
            }
        }
        return added;
    }

    private static Map<String, Object> recording(String estateId, InspectionPlan inspection) {
        Map<String, List<Map<String, Object>>> itemsByService = new LinkedHashMap<>();
        inspection.checks().forEach(check -> itemsByService.computeIfAbsent(check.service(), s -> new ArrayList<>())
                .add(fields("item", check.item(), "passed", check.passed())));
        return fields("estateId", estateId, "level", inspection.level(), "inspectedOn", inspection.inspectedOn(),
                "checklists", itemsByService.entrySet().stream().map(s -> fields("service", s.getKey(), "items", s.getValue()))
                        .toList(),
                "findings", inspection.findings().stream().map(f -> fields("kind", f.kind(), "place", f.place(),
                        "service", f.service(), "photos", f.photos())).toList());
    }

    // ------------------------------------------------------------------ the survey (R-ASM-4)

    /**
     * Opens the survey, issues a code for every household's notice, lets some households answer with their
     * code and enters the others' paper forms, then closes it. The codes live only in the answer that issued
     * them: after an interrupted load the households still to answer are entered on paper; one that answered
     * already is refused (409) and skipped.
     */
    private int runSurvey() {
        SurveyPlan survey = plan.survey();
        String estateId = idOf(survey.estate());
        ApiClient officer = as(survey.officer());
        List<JsonNode> existing = district.all("/api/surveys?estateId=" + estateId + "&period=" + plan.quarter().code());
        if (!existing.isEmpty() && existing.get(0).path("status").path("code").asString().equals("CLOSED")) {
            return 0;
        }
        JsonNode opened = existing.isEmpty()
                ? DemoDataLoader.patiently("survey of " + estateId, deadline, () -> officer.send("POST", "/api/surveys",
                fields("estateId", estateId, "period", plan.quarter().code())))
                : existing.get(0);
        String path = "/api/surveys/" + opened.path("id").asString();
        Map<String, String> codes = new HashMap<>();
        if (opened.path("codesIssued").asInt() == 0) {
            long revision = opened.path("revision").asLong();
            for (int from = 0; from < survey.households().size(); from += CODES_PER_REQUEST) {
                List<String> batch = survey.households().subList(from, Math.min(from + CODES_PER_REQUEST, survey.households().size()));
                JsonNode issued = officer.postIfMatch(path + "/codes", fields("households", batch), revision);
                issued.path("codes").forEach(c -> codes.put(c.path("household").asString(), c.path("code").asString()));
                revision = issued.path("revision").asLong();
            }
        }
        for (SurveyAnswer answer : survey.answers()) {
            String code = answer.withCode() ? codes.get(answer.household()) : null;
            ApiClient.Answer sent = code != null
                    ? resident.send("POST", "/api/survey-answers", fields("code", code, "ratings", answer.ratings(),
                    "overall", answer.overall()))
                    : officer.send("POST", path + "/answers", fields("household", answer.household(),
                    "ratings", answer.ratings(), "overall", answer.overall()));
            if (!sent.ok() && sent.status() != 409) {
                throw new ApiClient.Refused("answer of household " + answer.household(), sent);
            }
        }
        officer.postIfMatch(path + "/closing", null, officer.get(path).path("revision").asLong());
        return 1;
    }

    // ------------------------------------------------------------------ grades (R-ASM-1)

    /** Each estate's quarter computed by its street office (drafts again), confirmed and published. */
    private int publishGrades() {
        int published = 0;
        for (AssessedEstate estate : plan.estates()) {
            String estateId = idOf(estate);
            ApiClient officer = as(estate.streetOfficer());
            String query = "/api/assessments?estateId=" + estateId + "&period=" + plan.quarter().code();
            List<JsonNode> assessments = district.all(query);
            if (assessments.isEmpty() || assessments.stream().anyMatch(a -> status(a).equals("DRAFT"))) {
                officer.post("/api/assessments/computation", fields("estateId", estateId, "period", plan.quarter().code()));
                assessments = district.all(query);
            }
            for (JsonNode assessment : assessments) {
                String path = "/api/assessments/" + assessment.path("id").asString();
                String status = status(assessment);
                if (status.equals("DRAFT")) {
                    officer.post(path + "/confirmation", null);
                    status = "CONFIRMED";
                }
                if (status.equals("CONFIRMED")) {
                    officer.post(path + "/publication", null);
                    published++;
                }
            }
        }
        return published;
    }

    private static String status(JsonNode resource) {
        return resource.path("status").path("code").asString();
    }
}
