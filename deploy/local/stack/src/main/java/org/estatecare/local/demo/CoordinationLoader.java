package org.estatecare.local.demo;

import static org.estatecare.local.demo.DemoDataLoader.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.estatecare.local.demo.HedongDistrict.Street;
import tools.jackson.databind.JsonNode;

/**
 * The streets' coordination (R-JOINT-1, R-DIST-1): for 春华 (the tours' street) and 大王庄, a joint meeting held today with the district
 * departments and resident representatives, its agenda drawn from the street's open problems, minutes and action items;
 * and a legacy problem raised with the district. A street that has held a meeting already is left as it is.
 */
final class CoordinationLoader {

    static final List<String> STREETS = List.of("chunhua", "dawangzhuang");
    static final int AGENDA_FROM_PROBLEMS = 3;

    private final ApiClient district;
    private final LocalDate today;

    /** What one load added. */
    record Added(int meetings, int referrals) {
    }

    CoordinationLoader(ApiClient district, LocalDate today) {
        this.district = district;
        this.today = today;
    }

    Added load(List<Street> streets) {
        int meetings = 0;
        int referrals = 0;
        for (Street street : streets.stream().filter(s -> STREETS.contains(s.code())).toList()) {
            if (!district.get("/api/joint-meetings?street=" + street.code() + "&size=1").path("content").isEmpty()) {
                continue;
            }
            holdMeeting(street);
            meetings++;
            district.post("/api/district-referrals", fields("kind", "LEGACY", "street", street.code(),
                    "description", street.name() + "部分楼栋自行车棚产权不清，街道无法组织改造，请区里协调产权单位"));
            referrals++;
        }
        return new Added(meetings, referrals);
    }

    private void holdMeeting(Street street) {
        List<Map<String, Object>> agenda = new ArrayList<>();
        for (JsonNode problem : district.get("/api/joint-meetings/agenda-proposal?street=" + street.code()).path("content")) {
            if (agenda.size() == AGENDA_FROM_PROBLEMS) {
                break;
            }
            agenda.add(fields("source", problem.path("source").path("code").asString(), "sourceId", problem.path("sourceId").asString(),
                    "estateId", problem.path("estateId").asString(), "title", problem.path("title").asString()));
        }
        agenda.add(fields("source", "OTHER", "title", "冬季消防安全宣传和消防车通道巡查安排"));
        JsonNode meeting = district.post("/api/joint-meetings", fields("street", street.code(), "day", today,
                "members", fields("departments", List.of("CIVIL_AFFAIRS", "HOUSING", "CITY_MANAGEMENT", "PUBLIC_SECURITY"),
                        "residentRepresentatives", List.of("王建华", "李秀英")), "agenda", agenda));
        List<Map<String, Object>> decisions = new ArrayList<>();
        List<Map<String, Object>> actions = new ArrayList<>();
        for (int i = 1; i <= agenda.size(); i++) {
            boolean own = i == agenda.size();
            decisions.add(fields("agendaItem", i, "decision", own ? "街道每月组织一次消防车通道巡查，12月开展入户消防宣传"
                    : "相关部门按职责限期处理，街道跟踪督办"));
            actions.add(fields("agendaItem", i, "owner", own ? fields("kind", "STREET_OFFICE", "code", street.code())
                            : fields("kind", "DEPARTMENT", "code", i % 2 == 0 ? "HOUSING" : "CITY_MANAGEMENT"),
                    "description", own ? "制定巡查计划并组织消防宣传" : "按职责处理：" + agenda.get(i - 1).get("title"),
                    "deadline", today.plusDays(7L * i)));
        }
        district.post("/api/joint-meetings/" + meeting.path("id").asString() + "/minutes", fields("attendees",
                List.of(street.name() + "办事处", "区民政局", "区住建委", "区城管委", "公安派出所", "王建华", "李秀英"),
                "decisions", decisions, "actionItems", actions));
    }
}
