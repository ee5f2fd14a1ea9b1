package org.estatecare.agreements.report.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.estatecare.agreements.agreement.Agreement;
import org.estatecare.agreements.report.FeeCollection;
import org.estatecare.agreements.report.FeeFigures;
import org.estatecare.agreements.report.FeeQuarter;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable notice (公示) of a fee publication, in Chinese, as residents read it on the notice board:
 * the publication as a {@link Notice} of display texts, rendered by the {@code fee-notice} template, which
 * escapes every text it is given.
 */
@Component
public class PublicationNotice {

    static final String TEMPLATE = "fee-notice";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ITemplateEngine templates;

    public PublicationNotice(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** What the notice shows, formatted for a reader: dates in Chinese, rates in per cent. */
    public record Notice(String estateName, String quarter, String servedFrom, String servedTo, List<Row> months, Row total,
                         List<Use> uses, BigDecimal amountSpent, BigDecimal amountCollected, BigDecimal balance,
                         String companyName, String publishedOn) {
    }

    /** A line of the collection table: a month, or the quarter's total. */
    public record Row(String month, int householdsBilled, int householdsPaid, BigDecimal amountBilled,
                      BigDecimal amountCollected, String collectionRate) {
    }

    /** A line of the spending table. */
    public record Use(String category, BigDecimal amount, String note) {
    }

    public String html(FeeQuarter quarter) {
        Context context = new Context();
        context.setVariable("n", notice(quarter));
        return templates.process(TEMPLATE, context);
    }

    static Notice notice(FeeQuarter quarter) {
        FeeQuarter.Publication p = quarter.publication().orElseThrow();
        FeeFigures f = p.figures();
        List<Row> months = quarter.publishedMonths().stream().map(FeeQuarter.RecordedMonth::collection)
                .map(PublicationNotice::row).toList();
        Row total = new Row("合计", f.householdsBilled(), f.householdsPaid(), f.amountBilled(), f.amountCollected(),
                percent(f.collectionRate()));
        List<Use> uses = p.uses().stream().map(u -> new Use(u.category().label(), u.amount(), u.note())).toList();
        return new Notice(p.estateName(), quarter.quarter().label(), day(p.servedFrom()), day(p.servedTo()), months, total, uses,
                f.amountSpent(), f.amountCollected(), f.balance(), quarter.companyName(),
                day(p.publishedAt().atZone(Agreement.BUSINESS_ZONE).toLocalDate()));
    }

    private static Row row(FeeCollection m) {
        return new Row(m.month(), m.householdsBilled(), m.householdsPaid(), m.amountBilled(), m.amountCollected(),
                percent(m.collectionRate()));
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }

    private static String percent(BigDecimal rate) {
        return rate.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP) + "%";
    }
}
