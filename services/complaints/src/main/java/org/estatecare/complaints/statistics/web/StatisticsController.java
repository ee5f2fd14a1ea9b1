package org.estatecare.complaints.statistics.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.complaints.statistics.ComplaintStatistics;
import org.estatecare.complaints.statistics.StatisticsService;
import org.estatecare.kit.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "statistics", description = "Complaint figures for assessments")
@RestController
class StatisticsController {

    private final StatisticsService statistics;

    StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "Figures of the complaints filed in a period (business dates, both included), in the caller's scope",
            description = "One row per group: a report over the period, not a list of complaints, so it is not paged.")
    @GetMapping("/api/complaints/statistics")
    List<ComplaintStatistics.Row> statistics(@RequestParam(defaultValue = "STREET") ComplaintStatistics.GroupBy by,
                                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             Caller caller) {
        return statistics.of(by, from, to, caller);
    }
}
