package org.estatecare.complaints.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.complaints.complaint.ComplaintAccess;
import org.estatecare.complaints.complaint.Complaints;
import org.estatecare.kit.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The figures of the complaints filed in a period, within the caller's scope. */
@Service
public class StatisticsService {

    /** The longest period one request may cover. */
    static final int MOST_YEARS = 5;

    private final Complaints complaints;
    private final ComplaintAccess access;
    private final Clock clock;

    public StatisticsService(Complaints complaints, ComplaintAccess access, Clock clock) {
        this.complaints = complaints;
        this.access = access;
        this.clock = clock;
    }

    /** Grouped figures of the complaints filed from {@code from} to {@code to} (business dates, both included). */
    @PreAuthorize("hasAnyRole('district-admin','municipal-inspector','auditor','street-officer','community-officer','department-officer')")
    public List<ComplaintStatistics.Row> of(ComplaintStatistics.GroupBy by, LocalDate from, LocalDate to, Caller caller) {
        if (to.isBefore(from) || from.plusYears(MOST_YEARS).isBefore(to)) {
            throw new IllegalArgumentException("the period runs from 'from' to 'to', at most " + MOST_YEARS + " years");
        }
        return ComplaintStatistics.of(complaints.filedBetween(from, to, access.scope(caller)), by, clock.instant());
    }
}
