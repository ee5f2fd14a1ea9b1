package org.estatecare.complaints.statistics.web;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.ComplaintAccess;
import org.estatecare.complaints.complaint.Complaints;
import org.estatecare.complaints.statistics.ComplaintStatistics;
import org.estatecare.kit.security.Caller;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@Tag(name = "statistics", description = "Complaint figures for assessments")
@RestController
class StatisticsController {

    private final Complaints complaints;
    private final ComplaintAccess access;
    private final java.time.Clock clock;

    StatisticsController(Complaints complaints, ComplaintAccess access, java.time.Clock clock) {
        this.access = access;
        this.complaints = complaints;
        this.clock = clock;
    }

    @Operation(summary = "Figures of the complaints filed in a period (business dates, both included), in the caller's scope")
    @PreAuthorize("hasAnyRole('district-admin','municipal-inspector','auditor','street-officer','community-officer','department-officer')")
    @GetMapping("/api/complaints/statistics")
    List<ComplaintStatistics.Row> statistics(@RequestParam(defaultValue = "STREET") ComplaintStatistics.GroupBy by,
                                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                             Caller caller) {
        if (to.isBefore(from) || from.plusYears(5).isBefore(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "the period runs from 'from' to 'to', at most five years");
        }
        Criteria period = Criteria.where("filedAt")
                .gte(Date.from(from.atStartOfDay(Complaint.BUSINESS_ZONE).toInstant()))
                .lt(Date.from(to.plusDays(1).atStartOfDay(Complaint.BUSINESS_ZONE).toInstant()));
        return ComplaintStatistics.of(complaints.all(new Criteria().andOperator(access.scope(caller), period)), by,
                clock.instant());
    }
}
