package org.estatecare.agreements.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.FeePeriodPublished;
import org.estatecare.kit.domain.Aggregate;

/**
 * The quarterly publication (公示) of one estate's fee collection and use to all its residents
 * (R-AGR-4), stamped with the quarter and the company. Published once; its numbers never change.
 */
public class FeePublication extends Aggregate {

    private String estateId;
    private String estateName;
    private String street;
    private String community;
    private String companyId;
    private String companyName;
    private String agreementId;
    private String quarter;
    private LocalDate servedFrom;
    private LocalDate servedTo;
    private List<FeeCollection> months = new ArrayList<>();
    private List<Spending> uses = new ArrayList<>();
    private FeeFigures figures;
    private Instant publishedAt;
    private String publishedBy;

    /** Whose publication it is: the estate and the agreement (with its company) in force in the quarter. */
    public record Stamp(String estateId, String estateName, String street, String community, String companyId,
                        String companyName, String agreementId) {
    }

    private FeePublication() {
        // for the mapper
    }

    private FeePublication(String id) {
        super(id);
    }

    /** One publication per estate, quarter and agreement: each company publishes what it served. */
    public static String idOf(String estateId, Quarter quarter, String agreementId) {
        return quarter + "-" + estateId + "-" + agreementId;
    }

    /**
     * Publishes the company's part of a quarter — the days {@code servedFrom} to {@code servedTo} its
     * agreement was in force — from the months it served (one to three) and the uses it declares.
     */
    public static FeePublication publish(Stamp stamp, Quarter quarter, LocalDate servedFrom, LocalDate servedTo,
                                         List<FeeCollection> months, List<Spending> uses, String actor, Instant now) {
        if (months.isEmpty() || months.size() > 3 || servedFrom.isBefore(quarter.firstDay()) || servedTo.isAfter(quarter.lastDay())
                || servedTo.isBefore(servedFrom)) {
            throw new IllegalArgumentException("a publication covers one to three months of its quarter");
        }
        FeePublication p = new FeePublication(idOf(stamp.estateId(), quarter, stamp.agreementId()));
        p.servedFrom = servedFrom;
        p.servedTo = servedTo;
        p.estateId = stamp.estateId();
        p.estateName = stamp.estateName();
        p.street = stamp.street();
        p.community = stamp.community();
        p.companyId = stamp.companyId();
        p.companyName = stamp.companyName();
        p.agreementId = stamp.agreementId();
        p.quarter = quarter.toString();
        p.months = new ArrayList<>(months);
        p.uses = new ArrayList<>(uses);
        p.figures = FeeFigures.of(months, uses);
        p.publishedAt = now;
        p.publishedBy = actor;
        FeeFigures f = p.figures;
        p.record(AgreementEvents.FEE_PERIOD_PUBLISHED, new FeePeriodPublished(p.id, p.estateId, p.street, p.community,
                p.companyId, p.agreementId, p.quarter, f.householdsBilled(), f.householdsPaid(), f.amountBilled(),
                f.amountCollected(), f.collectionRate(), f.amountSpent(), now), now);
        return p;
    }

    @Override
    protected String partitionKey() {
        return estateId;
    }

    public String estateId() {
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

    /** The first day of the quarter the company served (the quarter's first day for older publications). */
    public LocalDate servedFrom() {
        return servedFrom == null ? quarter().firstDay() : servedFrom;
    }

    public LocalDate servedTo() {
        return servedTo == null ? quarter().lastDay() : servedTo;
    }

    public List<FeeCollection> months() {
        return List.copyOf(months);
    }

    public List<Spending> uses() {
        return List.copyOf(uses);
    }

    public FeeFigures figures() {
        return figures;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }
}
