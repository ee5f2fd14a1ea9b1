package org.estatecare.subsidies.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.StateConflictException;

/**
 * What an audit of the subsidies found (R-SUB-3), about a quarter of a street and, where it concerns one, an estate
 * and a company, and what it does: a hold on the company's next disbursement (flagged on every run until the finding
 * is closed), a rectification, or a note.
 */
@Implements("R-SUB-3")
public class AuditFinding extends Aggregate<FindingId> {

    private String quarter;
    private String street;
    private EstateId estateId;
    private CompanyId companyId;
    private List<ReconciliationFlag> flags = new ArrayList<>();
    private FindingAction action;
    private String note;
    private FindingStatus status;
    private String recordedBy;
    private Instant recordedAt;
    private List<HistoryEntry<FindingStatus>> history = new ArrayList<>();

    protected AuditFinding() {
    }

    private AuditFinding(FindingId id) {
        super(id);
    }

    static AuditFinding record(String quarter, String street, EstateId estateId, CompanyId companyId, List<ReconciliationFlag> flags,
                               FindingAction action, String note, String by, Instant at) {
        AuditFinding finding = new AuditFinding(FindingId.issue());
        finding.quarter = quarter;
        finding.street = street;
        finding.estateId = estateId;
        finding.companyId = companyId;
        finding.flags = new ArrayList<>(flags);
        finding.action = action;
        finding.note = note;
        finding.status = FindingStatus.OPEN;
        finding.recordedBy = by;
        finding.recordedAt = at;
        finding.history.add(new HistoryEntry<>("recorded", at, null, by, null, FindingStatus.OPEN, List.of(), action.name()));
        finding.changed();
        return finding;
    }

    void close(String note, String by, Instant at) {
        if (status != FindingStatus.OPEN) {
            throw new StateConflictException("close", status.name());
        }
        status = FindingStatus.CLOSED;
        history.add(new HistoryEntry<>("closed", at, null, by, FindingStatus.OPEN, FindingStatus.CLOSED, List.of(), note));
        changed();
    }

    @Override
    public FindingId id() {
        return FindingId.of(storedId());
    }

    public String quarter() {
        return quarter;
    }

    public String street() {
        return street;
    }

    public EstateId estateId() {
        return estateId;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public List<ReconciliationFlag> flags() {
        return List.copyOf(flags);
    }

    public FindingAction action() {
        return action;
    }

    public String note() {
        return note;
    }

    public FindingStatus status() {
        return status;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public List<HistoryEntry<FindingStatus>> history() {
        return List.copyOf(history);
    }
}
