package org.estatecare.agreements.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.SubsidyUseReported;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;

/**
 * R-AGR-3: how the company used the government subsidy for one estate in a quarter, by category,
 * submitted to the community (party organisation) and the management committee or the residents'
 * committee acting for it. Reported once per estate and quarter; it leaves as an event for the
 * subsidies service and the auditors.
 */
public class SubsidyUseReport extends Aggregate {

    private String estateId;
    private String street;
    private String community;
    private String companyId;
    private String companyName;
    private String agreementId;
    private String quarter;
    private BigDecimal subsidyReceived;
    private List<Spending> uses = new ArrayList<>();
    private BigDecimal totalUsed;
    private List<String> submittedTo = new ArrayList<>();
    private Instant reportedAt;
    private String reportedBy;

    private SubsidyUseReport() {
        // for the mapper
    }

    private SubsidyUseReport(String id) {
        super(id);
    }

    /** One report per estate, quarter and agreement: two companies in one quarter each report their own use. */
    public static String idOf(String estateId, Quarter quarter, String agreementId) {
        return quarter + "-" + estateId + "-" + agreementId;
    }

    /** Whose report: the estate, the agreement in force and its company, and who receives it. */
    public record Stamp(String estateId, String street, String community, String companyId, String companyName,
                        String agreementId, String signingParty) {
    }

    /** More used than received is refused: the report is about the subsidy, not the company's own money. */
    public static SubsidyUseReport report(Stamp stamp, Quarter quarter, BigDecimal received, List<Spending> uses, String actor,
                                          Instant now) {
        BigDecimal receivedYuan = received.setScale(2, RoundingMode.HALF_UP);
        BigDecimal used = Spending.total(uses);
        if (used.compareTo(receivedYuan) > 0) {
            throw new RuleViolationException(new Violation("R-AGR-3", "used-more-than-received",
                    "the uses add up to " + used + ", more than the " + receivedYuan + " received"));
        }
        SubsidyUseReport r = new SubsidyUseReport(idOf(stamp.estateId(), quarter, stamp.agreementId()));
        r.estateId = stamp.estateId();
        r.street = stamp.street();
        r.community = stamp.community();
        r.companyId = stamp.companyId();
        r.companyName = stamp.companyName();
        r.agreementId = stamp.agreementId();
        r.quarter = quarter.toString();
        r.subsidyReceived = receivedYuan;
        r.uses = new ArrayList<>(uses);
        r.totalUsed = used;
        r.submittedTo = List.of("COMMUNITY:" + stamp.community(), stamp.signingParty());
        r.reportedAt = now;
        r.reportedBy = actor;
        r.record(AgreementEvents.SUBSIDY_USE_REPORTED, new SubsidyUseReported(r.id, r.estateId, r.street, r.community,
                r.companyId, r.agreementId, r.quarter, receivedYuan,
                uses.stream().map(u -> new SubsidyUseReported.Use(u.category().name(), u.amount())).toList(), used,
                String.join(",", r.submittedTo), now), now);
        return r;
    }

    @Override
    protected String partitionKey() {
        return estateId;
    }

    public String estateId() {
        return estateId;
    }

    public String street() {
        return street;
    }

    public String community() {
        return community;
    }

    public String companyId() {
        return companyId;
    }

    public String companyName() {
        return companyName;
    }

    public String agreementId() {
        return agreementId;
    }

    public Quarter quarter() {
        return Quarter.parse(quarter);
    }

    public BigDecimal subsidyReceived() {
        return subsidyReceived;
    }

    public List<Spending> uses() {
        return List.copyOf(uses);
    }

    public BigDecimal totalUsed() {
        return totalUsed;
    }

    public BigDecimal unused() {
        return subsidyReceived.subtract(totalUsed);
    }

    public List<String> submittedTo() {
        return List.copyOf(submittedTo);
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public String reportedBy() {
        return reportedBy;
    }
}
