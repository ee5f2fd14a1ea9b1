package org.estatecare.assessments.evaluation.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.estatecare.assessments.evaluation.EvaluationService;
import org.estatecare.assessments.evaluation.Grouping;
import org.estatecare.assessments.evaluation.Standing;
import org.estatecare.assessments.evaluation.TrendPoint;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.InvalidParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The district's evaluation of long-term management (R-ASM-5): streets and companies ranked for a period, one street's
 * or company's trend over periods, and the rectification drive (what the district follows up). Read from published
 * assessments as last revised; a street office sees its own street only.
 */
@Tag(name = "assessment-evaluation", description = "The district's rankings, trends and rectification drive")
@RestController
@RequestMapping("/api/assessment-evaluation")
class EvaluationController {

    /** A month ({@code 2026-03}) or a quarter ({@code 2026-Q1}) of the years the platform serves. */
    static final String PERIOD = "^(20\\d\\d|2100)-(0[1-9]|1[0-2]|Q[1-4])$";
    static final String KEY = "^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$";

    private final EvaluationService service;

    EvaluationController(EvaluationService service) {
        this.service = service;
    }

    @Operation(summary = "Rank streets or companies for a period",
            description = "by=STREET or COMPANY. Each with its estates, assessments, mean score weighted by the days each "
                    + "assessment covers (2 decimals) and its count of each grade; best first, equal means sharing a rank. "
                    + "A street office sees its street with its rank among the district's streets, and the companies "
                    + "ranked as they served its street.")
    @GetMapping("/rankings")
    RankingsView rankings(@RequestParam @NotNull @Pattern(regexp = PERIOD) String period,
                          @RequestParam(defaultValue = "STREET") Grouping by, Caller caller) {
        return new RankingsView(period, by, service.rankings(period(period, "period"), by, caller));
    }

    @Operation(summary = "A street's or company's trend",
            description = "Its standing in each period from..to: months or quarters, not both, at most 24.")
    @GetMapping("/trends")
    TrendView trends(@RequestParam(defaultValue = "STREET") Grouping by,
                     @RequestParam @NotNull @Pattern(regexp = KEY) String key,
                     @RequestParam @NotNull @Pattern(regexp = PERIOD) String from,
                     @RequestParam @NotNull @Pattern(regexp = PERIOD) String to, Caller caller) {
        return new TrendView(by, key, service.trend(by, key, period(from, "from"), period(to, "to"), caller));
    }

    @Operation(summary = "The rectification drive for a period",
            description = "Estates graded 不合格 or fallen two grades or more since the previous period of the same kind, "
                    + "companies with a 不合格, and estates and companies with rectification orders opened by the period's end "
                    + "that the district now follows up; each with why (the followUpReason codes).")
    @GetMapping("/rectification-drive")
    DriveView drive(@RequestParam @NotNull @Pattern(regexp = PERIOD) String period, Caller caller) {
        return DriveView.of(period, service.drive(period(period, "period"), caller));
    }

    private static AssessmentPeriod period(String text, String parameter) {
        try {
            return AssessmentPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, e.getMessage());
        }
    }

    record RankingsView(String period, Grouping by, List<Standing> standings) {
    }

    record TrendView(Grouping by, String key, List<TrendPoint> points) {
    }
}
