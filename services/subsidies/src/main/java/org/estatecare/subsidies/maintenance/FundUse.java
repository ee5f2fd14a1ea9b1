package org.estatecare.subsidies.maintenance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.estatecare.events.codes.Facility;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * One use of a maintenance fund for an estate (R-MAINT-1, R-MAINT-2): the facility repaired, the purpose, the amount,
 * the day it was spent, the approval it was spent on and the invoice that proves it. Spent on or after its approval and
 * never ahead of today. An invoice pays for one use only: its reference is unique among the uses that stand, so the same
 * invoice cannot be claimed twice. A use is never changed or deleted; a wrong one is voided with its reason (and its
 * invoice may then be recorded again, rightly).
 */
@Implements({"R-MAINT-1", "R-MAINT-2"})
public class FundUse extends Aggregate<FundUseId> {

    /** No use is dated before the platform's records begin. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private EstateId estateId;
    private String estateName;
    private String street;
    private String community;
    private MaintenanceFund fund;
    private Facility facility;
    private String purpose;
    private BigDecimal amount;
    private LocalDate spentOn;
    private Approval approval;
    private String invoiceReference;
    /** The invoice reference as it is compared (trimmed, upper case) while the use stands; absent once voided. */
    private String invoiceKey;
    private String maintenanceUnit;
    private FundUseStatus status;
    private String recordedBy;
    private Instant recordedAt;
    private List<HistoryEntry<FundUseStatus>> history = new ArrayList<>();

    protected FundUse() {
    }

    private FundUse(FundUseId id) {
        super(id);
    }

    /** What was spent, as the street office or the district records it. */
    public record Spending(MaintenanceFund fund, Facility facility, String purpose, BigDecimal amount, LocalDate spentOn,
                           Approval approval, String invoiceReference, String maintenanceUnit) {
    }

    /** The estate as the subsidies service knows it from the registry's events. */
    public record EstateRef(EstateId id, String name, String street, String community) {
    }

    static FundUse record(EstateRef estate, Spending spending, LocalDate today, String by, Instant at) {
        List<Violation> violations = new ArrayList<>();
        if (spending.approval().approvedOn().isBefore(EARLIEST)) {
            violations.add(new Violation("R-MAINT-1", "before-the-records", "an approval of " + spending.approval().approvedOn()
                    + " is before the platform's records begin, " + EARLIEST, "approval.approvedOn"));
        }
        if (spending.spentOn().isAfter(today)) {
            violations.add(new Violation("R-MAINT-1", "spent-ahead", "a use is recorded once the money is spent; "
                    + spending.spentOn() + " is after today, " + today, "spentOn"));
        }
        if (spending.approval().approvedOn().isAfter(spending.spentOn())) {
            violations.add(new Violation("R-MAINT-1", "spent-before-approval", "maintenance funds are used by the rules: "
                    + "spent on " + spending.spentOn() + ", before the approval of " + spending.approval().approvedOn(),
                    "approval.approvedOn"));
        }
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
        FundUse use = new FundUse(FundUseId.issue());
        use.estateId = estate.id();
        use.estateName = estate.name();
        use.street = estate.street();
        use.community = estate.community();
        use.fund = spending.fund();
        use.facility = spending.facility();
        use.purpose = spending.purpose();
        use.amount = spending.amount();
        use.spentOn = spending.spentOn();
        use.approval = spending.approval();
        use.invoiceReference = spending.invoiceReference().strip();
        use.invoiceKey = invoiceKey(spending.invoiceReference());
        use.maintenanceUnit = spending.maintenanceUnit();
        use.status = FundUseStatus.RECORDED;
        use.recordedBy = by;
        use.recordedAt = at;
        use.history.add(HistoryEntry.of("recorded", at, by, FundUseStatus.RECORDED, null));
        use.changed();
        return use;
    }

    static String invoiceKey(String reference) {
        return reference.strip().toUpperCase(Locale.ROOT);
    }

    void voidFor(String reason, String by, Instant at) {
        if (status != FundUseStatus.RECORDED) {
            throw new StateConflictException("void", status.name());
        }
        status = FundUseStatus.VOIDED;
        invoiceKey = null;
        history.add(new HistoryEntry<>("voided", at, null, by, FundUseStatus.RECORDED, FundUseStatus.VOIDED, List.of(), reason));
        changed();
    }

    @Override
    public FundUseId id() {
        return FundUseId.of(storedId());
    }

    public EstateId estateId() {
        return estateId;
    }

    public String estateName() {
        return estateName;
    }

    public String street() {
        return street;
    }

    public String community() {
        return community;
    }

    public MaintenanceFund fund() {
        return fund;
    }

    public Facility facility() {
        return facility;
    }

    public String purpose() {
        return purpose;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate spentOn() {
        return spentOn;
    }

    public Approval approval() {
        return approval;
    }

    public String invoiceReference() {
        return invoiceReference;
    }

    public String maintenanceUnit() {
        return maintenanceUnit;
    }

    public FundUseStatus status() {
        return status;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public List<HistoryEntry<FundUseStatus>> history() {
        return List.copyOf(history);
    }
}
