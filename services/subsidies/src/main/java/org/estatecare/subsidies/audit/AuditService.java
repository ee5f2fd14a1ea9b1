package org.estatecare.subsidies.audit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.estatecare.kit.time.Quarter;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.estatecare.subsidies.allocation.RecipientKind;
import org.estatecare.subsidies.facts.UseReports;
import org.estatecare.subsidies.run.AllocationLine;
import org.estatecare.subsidies.run.AllocationRun;
import org.estatecare.subsidies.run.Lines;
import org.estatecare.subsidies.run.RunStatus;
import org.estatecare.subsidies.run.Runs;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The district's supervision of the funds (R-SUB-3): reconciling what was paid each company against its quarterly
 * subsidy-use reports (R-AGR-3), and recording what an audit found and what it does.
 */
@Service
@Implements("R-SUB-3")
public class AuditService {

    static final String AUDITORS = "hasAnyRole('district-admin', 'municipal-inspector', 'street-officer', 'auditor', "
            + "'finance-officer')";

    private final Runs runs;
    private final Lines lines;
    private final UseReports reports;
    private final AuditFindings findings;
    private final AuditProperties properties;
    private final Clock clock;

    public AuditService(Runs runs, Lines lines, UseReports reports, AuditFindings findings, AuditProperties properties,
                        Clock clock) {
        this.runs = runs;
        this.lines = lines;
        this.reports = reports;
        this.findings = findings;
        this.properties = properties;
        this.clock = clock;
    }

    /** The street a caller is limited to: its own for a street office, {@code asked} for the district-wide roles. */
    static Optional<String> streetOf(Caller caller, String asked) {
        if (caller.has(Role.STREET_OFFICER) && !caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.FINANCE_OFFICER,
                Role.MUNICIPAL_INSPECTOR)) {
            return Optional.of(caller.street().orElse("\u0000"));
        }
        return Optional.ofNullable(asked);
    }

    @PreAuthorize(AUDITORS)
    public List<ReconciliationRow> reconcile(Quarter quarter, String street, Caller caller) {
        String only = streetOf(caller, street).orElse(null);
        if (only != null && street != null && !only.equals(street)) {
            return List.of();
        }
        LocalDate due = quarter.lastDay().plusDays(properties.reportDueDays());
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
        Map<String, BigDecimal> paid = new TreeMap<>();
        Map<String, String> streetOf = new TreeMap<>();
        List<String> months = quarter.months().stream().map(Object::toString).toList();
        for (AllocationRun run : runs.settledRuns()) {
            if (run.status() != RunStatus.DISBURSED) {
                continue;
            }
            for (AllocationLine line : lines.of(run, only)) {
                if (line.recipient().kind() == RecipientKind.COMPANY && months.contains(line.month().toString())) {
                    String key = line.estateId() + "|" + line.recipient().code();
                    paid.merge(key, line.amount(), BigDecimal::add);
                    streetOf.put(key, line.street());
                }
            }
        }
        Map<String, UseReports.UseReport> reported = new TreeMap<>();
        reports.of(quarter.toString(), only).forEach(r -> reported.put(r.estateId() + "|" + r.companyId(), r));
        List<String> keys = new ArrayList<>(paid.keySet());
        reported.keySet().stream().filter(k -> !paid.containsKey(k)).forEach(keys::add);
        List<ReconciliationRow> rows = new ArrayList<>();
        for (String key : keys) {
            String[] parts = key.split("\\|", 2);
            BigDecimal disbursed = paid.getOrDefault(key, BigDecimal.ZERO);
            UseReports.UseReport report = reported.get(key);
            List<ReconciliationFlag> flags = new ArrayList<>();
            if (report == null) {
                if (today.isAfter(due) && disbursed.signum() > 0) {
                    flags.add(ReconciliationFlag.MISSING);
                }
            } else {
                if (LocalDate.ofInstant(report.reportedAt(), WorkingDayCalendar.BEIJING).isAfter(due)) {
                    flags.add(ReconciliationFlag.LATE);
                }
                if (report.subsidyReceived().compareTo(disbursed) < 0) {
                    flags.add(ReconciliationFlag.UNDER_REPORTED);
                }
            }
            rows.add(new ReconciliationRow(EstateId.of(parts[0]), report != null ? report.street() : streetOf.get(key), CompanyId.of(parts[1]), disbursed,
                    report == null ? null : report.reportId(), report == null ? null : report.subsidyReceived(),
                    report == null ? null : report.totalUsed(), report == null ? null : report.reportedAt(), due, flags));
        }
        return rows;
    }

    @PreAuthorize("hasAnyRole('auditor', 'district-admin')")
    public AuditFinding record(String quarter, String street, EstateId estateId, CompanyId companyId, List<ReconciliationFlag> flags,
                               FindingAction action, String note, Caller caller) {
        return findings.add(AuditFinding.record(quarter, street, estateId, companyId, flags, action, note, caller.username(),
                clock.instant()));
    }

    @PreAuthorize("hasAnyRole('auditor', 'district-admin')")
    public AuditFinding close(FindingId id, String note, OptionalLong ifMatch, Caller caller) {
        return findings.update(id, Access.everything(), ifMatch, f -> f.close(note, caller.username(), clock.instant()));
    }

    @PreAuthorize(AUDITORS)
    public Page<AuditFinding> findings(String quarter, FindingStatus status, Pageable page, Caller caller) {
        Criteria criteria = new Criteria();
        if (quarter != null) {
            criteria.and("quarter").is(quarter);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        streetOf(caller, null).ifPresent(street -> criteria.and("street").is(street));
        return findings.page(criteria, page);
    }

    @PreAuthorize(AUDITORS)
    public AuditFinding finding(FindingId id, Caller caller) {
        return findings.get(id, streetOf(caller, null).map(s -> Criteria.where("street").is(s)).orElse(Access.everything()));
    }
}
