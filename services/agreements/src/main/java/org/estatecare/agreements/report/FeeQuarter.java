package org.estatecare.agreements.report;

import org.estatecare.kit.time.Quarter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.FeePeriodPublished;
import org.estatecare.events.agreements.SubsidyUseReported;
import org.estatecare.events.codes.SigningParty;
import org.estatecare.events.ids.AgreementId;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * One agreement's quarter of one estate's money: the months the company recorded, their quarterly
 * publication (公示) to all residents (R-AGR-4) and the report on the use of the government subsidy to
 * the community and the management committee (R-AGR-3). The months change until the quarter is
 * published; once the quarter has ended it is published once and reported once, each leaving as its
 * event with the same write. Two companies serving parts of a quarter each keep their own.
 */
@Implements({"R-AGR-3", "R-AGR-4"})
public class FeeQuarter extends Aggregate<FeeQuarterId> {

    private EstateId estateId;
    private String street;
    private String community;
    private CompanyId companyId;
    private String companyName;
    private AgreementId agreementId;
    private String quarter;
    private List<FeeCollection> months = new ArrayList<>();
    private Publication publication;
    private SubsidyUse subsidyUse;

    /** Whose quarter it is: the estate, and the agreement (with its company) in force in it. */
    public record Stamp(EstateId estateId, String street, String community, CompanyId companyId, String companyName,
                        AgreementId agreementId) {
    }

    /** What a company says about one month. */
    public record MonthFigures(int householdsBilled, int householdsPaid, BigDecimal amountBilled, BigDecimal amountCollected) {
    }

    /** A recorded month with the quarter it belongs to. */
    public record RecordedMonth(EstateId estateId, CompanyId companyId, AgreementId agreementId, FeeCollection collection) {
    }

    /** The notice to residents: the days of the quarter the company served, what it collected then and spent. Never changes. */
    public record Publication(String estateName, LocalDate servedFrom, LocalDate servedTo, List<Spending> uses,
                              FeeFigures figures, Instant publishedAt, String publishedBy) {
    }

    /** How the subsidy was used, by category, and to whom the report went. */
    public record SubsidyUse(BigDecimal subsidyReceived, List<Spending> uses, BigDecimal totalUsed, List<String> submittedTo,
                             Instant reportedAt, String reportedBy) {

        public BigDecimal unused() {
            return subsidyReceived.subtract(totalUsed);
        }
    }

    private FeeQuarter() {
        // for the mapper
    }

    private FeeQuarter(FeeQuarterId id) {
        super(id);
    }

    /** The agreement's quarter before anything is recorded in it. */
    public static FeeQuarter open(Stamp stamp, Quarter quarter) {
        FeeQuarter q = new FeeQuarter(FeeQuarterId.of(quarter, stamp.estateId(), stamp.agreementId()));
        q.estateId = stamp.estateId();
        q.street = stamp.street();
        q.community = stamp.community();
        q.companyId = stamp.companyId();
        q.companyName = stamp.companyName();
        q.agreementId = stamp.agreementId();
        q.quarter = quarter.toString();
        return q;
    }

    @Override
    public FeeQuarterId id() {
        return new FeeQuarterId(storedId());
    }

    /**
     * The company's figures for a month of the quarter (R-AGR-4), replacing what it recorded before: no
     * more households paid than were billed, no more collected than billed. Closed once published.
     */
    public void record(YearMonth month, MonthFigures figures, String actor, Instant now) {
        if (!Quarter.of(month.atDay(1)).equals(quarter())) {
            throw new IllegalArgumentException(month + " is not a month of " + quarter);
        }
        if (figures.householdsPaid() > figures.householdsBilled()) {
            throw new RuleViolationException(new Violation("R-AGR-4", "paid-more-than-billed", "more households paid ("
                    + figures.householdsPaid() + ") than were billed (" + figures.householdsBilled() + ")"));
        }
        if (figures.amountCollected().compareTo(figures.amountBilled()) > 0) {
            throw new RuleViolationException(new Violation("R-AGR-4", "collected-more-than-billed", "more was collected ("
                    + figures.amountCollected() + ") than was billed (" + figures.amountBilled() + ")"));
        }
        if (publication != null) {
            throw new StateConflictException("record-collection", "PUBLISHED " + quarter);
        }
        months.removeIf(m -> m.month().equals(month.toString()));
        months.add(new FeeCollection(month.toString(), figures.householdsBilled(), figures.householdsPaid(),
                figures.amountBilled(), figures.amountCollected(), actor, now));
        months.sort(Comparator.comparing(FeeCollection::month));
        changed();
    }

    /**
     * Publishes the company's part of the quarter once it has ended (R-AGR-4): the days its agreement was
     * in force in it ({@code inForceFrom} to {@code inForceTo}, cut to the quarter), from every month it
     * served there — 422 naming those not recorded — and the uses it declares. Once.
     */
    public void publish(LocalDate inForceFrom, LocalDate inForceTo, String estateName, List<Spending> uses, String actor,
                        Instant now) {
        requireOver(now);
        if (publication != null) {
            throw new StateConflictException("publish", "PUBLISHED " + quarter);
        }
        Quarter q = quarter();
        LocalDate servedFrom = inForceFrom.isAfter(q.firstDay()) ? inForceFrom : q.firstDay();
        LocalDate servedTo = inForceTo.isBefore(q.lastDay()) ? inForceTo : q.lastDay();
        if (servedTo.isBefore(servedFrom)) {
            throw new IllegalArgumentException("the agreement was not in force in " + quarter);
        }
        List<Violation> missing = new ArrayList<>();
        for (YearMonth month : q.months()) {
            if (served(month, servedFrom, servedTo) && recorded(month).isEmpty()) {
                missing.add(new Violation("R-AGR-4", "month-not-recorded", "the fee collection of " + month + " is not recorded",
                        month.toString()));
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
        FeeFigures f = FeeFigures.of(servedMonths(servedFrom, servedTo), uses);
        publication = new Publication(estateName, servedFrom, servedTo, List.copyOf(uses), f, now, actor);
        record(AgreementEvents.FEE_PERIOD_PUBLISHED, new FeePeriodPublished(storedId(), estateId.value(), street, community,
                companyId.value(), agreementId.value(), quarter, f.householdsBilled(), f.householdsPaid(), f.amountBilled(),
                f.amountCollected(), f.collectionRate(), f.amountSpent(), now), now);
    }

    /**
     * Reports the quarter's use of the government subsidy once the quarter has ended (R-AGR-3), to the
     * community and to {@code signingParty}, who signs for the residents now (R-COMM-1). More used than
     * received is refused: the report is about the subsidy, not the company's own money. Once.
     */
    public void reportSubsidyUse(BigDecimal received, List<Spending> uses, SigningParty signingParty, String actor,
                                 Instant now) {
        requireOver(now);
        if (subsidyUse != null) {
            throw new StateConflictException("report-subsidy-use", "REPORTED " + quarter);
        }
        BigDecimal receivedYuan = received.setScale(2, RoundingMode.HALF_UP);
        BigDecimal used = Spending.total(uses);
        if (used.compareTo(receivedYuan) > 0) {
            throw new RuleViolationException(new Violation("R-AGR-3", "used-more-than-received",
                    "the uses add up to " + used + ", more than the " + receivedYuan + " received"));
        }
        // stored and sent as text, the party by its code, as reports written before kept it
        List<String> submittedTo = List.of("COMMUNITY:" + community, signingParty.name());
        subsidyUse = new SubsidyUse(receivedYuan, List.copyOf(uses), used, submittedTo, now, actor);
        record(AgreementEvents.SUBSIDY_USE_REPORTED, new SubsidyUseReported(storedId(), estateId.value(), street, community,
                companyId.value(), agreementId.value(), quarter, receivedYuan,
                uses.stream().map(u -> new SubsidyUseReported.Use(u.category().name(), u.amount())).toList(), used,
                String.join(",", submittedTo), now), now);
    }

    /** The registry moved the estate to another street or community: its quarters follow (scope). */
    public void moveTo(String newStreet, String newCommunity) {
        street = newStreet;
        community = newCommunity;
    }

    /** The month as recorded, with whose it is. */
    public RecordedMonth recordedMonth(YearMonth month) {
        return recorded(month).map(this::withStamp).orElseThrow();
    }

    /** Every recorded month, oldest first. */
    public List<RecordedMonth> recordedMonths() {
        return months.stream().map(this::withStamp).toList();
    }

    /** The months the publication covers (none before it). */
    public List<RecordedMonth> publishedMonths() {
        return publication == null ? List.of()
                : servedMonths(publication.servedFrom(), publication.servedTo()).stream().map(this::withStamp).toList();
    }

    private void requireOver(Instant now) {
        if (!Agreement.today(now).isAfter(quarter().lastDay())) {
            throw new RuleViolationException(new Violation("R-AGR-4", "quarter-not-over",
                    "the quarter " + quarter + " ends on " + quarter().lastDay() + "; it is reported after that"));
        }
    }

    private List<FeeCollection> servedMonths(LocalDate from, LocalDate to) {
        return months.stream().filter(m -> served(YearMonth.parse(m.month()), from, to)).toList();
    }

    private static boolean served(YearMonth month, LocalDate from, LocalDate to) {
        return !month.atEndOfMonth().isBefore(from) && !month.atDay(1).isAfter(to);
    }

    private Optional<FeeCollection> recorded(YearMonth month) {
        return months.stream().filter(m -> m.month().equals(month.toString())).findFirst();
    }

    private RecordedMonth withStamp(FeeCollection month) {
        return new RecordedMonth(estateId, companyId, agreementId, month);
    }

    /** Events of agreements.v1 are keyed by estate id. */
    @Override
    protected String partitionKey() {
        return estateId.value();
    }

    public EstateId estateId() {
        return estateId;
    }

    public String street() {
        return street;
    }

    public String community() {
        return community;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public String companyName() {
        return companyName;
    }

    public AgreementId agreementId() {
        return agreementId;
    }

    public Quarter quarter() {
        return Quarter.parse(quarter);
    }

    public Optional<Publication> publication() {
        return Optional.ofNullable(publication);
    }

    public Optional<SubsidyUse> subsidyUse() {
        return Optional.ofNullable(subsidyUse);
    }
}
