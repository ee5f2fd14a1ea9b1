package org.estatecare.agreements.residents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * A household (户) of an estate and its management-fee account (R-RES-1): the monthly bills, the payments with their
 * receipts, the reminders sent. Arrears are what was billed for the months up to a day less what was paid by then;
 * payments settle the oldest bills first, so the months in arrears are the latest ones left unpaid. Nothing is edited or
 * deleted; the account is the household's and its company's to see, nobody else's.
 */
@Implements("R-RES-1")
public class Household extends Aggregate<ResidentsRecordId> {

    public static final String RULE = "R-RES-1";
    static final YearMonth FIRST_MONTH = YearMonth.of(2000, 1);

    public record Bill(String month, BigDecimal amount, String billedBy, Instant billedAt) {
    }

    public record Payment(LocalDate paidOn, BigDecimal amount, String receipt, String recordedBy, Instant recordedAt) {
    }

    /** A reminder to pay: by notice, phone or visit. */
    public record Reminder(LocalDate on, String channel, String note, String by) {
    }

    /** Where the account stands on a day: billed and paid so far, arrears (never below zero), credit, months unpaid. */
    public record Standing(BigDecimal billed, BigDecimal paid, BigDecimal arrears, BigDecimal credit, List<String> monthsInArrears) {
    }

    private EstateId estateId;
    private String street;
    private String address;
    private String building;
    private String unit;
    private String room;
    private BigDecimal feePerMonth;
    private List<String> residents = new ArrayList<>();
    private List<Bill> bills = new ArrayList<>();
    private List<Payment> payments = new ArrayList<>();
    private List<Reminder> reminders = new ArrayList<>();
    private String openedBy;
    private Instant openedAt;

    protected Household() {
    }

    private Household(ResidentsRecordId id) {
        super(id);
    }

    @Override
    public ResidentsRecordId id() {
        return new ResidentsRecordId(storedId());
    }

    /** The unique key of a household: its estate, building, unit and room. */
    static String addressOf(EstateId estate, String building, String unit, String room) {
        return estate.value() + "|" + building + "|" + unit + "|" + room;
    }

    static Household open(EstateId estate, String street, String building, String unit, String room, BigDecimal feePerMonth,
                          List<String> residents, String actor, Instant now) {
        Household household = new Household(ResidentsRecordId.issue("hh"));
        household.estateId = estate;
        household.street = street;
        household.building = building;
        household.unit = unit;
        household.room = room;
        household.address = addressOf(estate, building, unit, room);
        household.feePerMonth = feePerMonth.setScale(2);
        household.residents = new ArrayList<>(residents);
        household.openedBy = actor;
        household.openedAt = now;
        household.changed();
        return household;
    }

    /** Bills a month, once: not one after the current month, nor before 2000. */
    public void bill(YearMonth month, BigDecimal amount, String actor, LocalDate today, Instant now) {
        if (month.isAfter(YearMonth.from(today)) || month.isBefore(FIRST_MONTH)) {
            throw new RuleViolationException(new Violation(RULE, "month-outside", "a month is billed from 2000 up to the current month, not "
                    + month, "month"));
        }
        if (bills.stream().anyMatch(b -> b.month().equals(month.toString()))) {
            throw new StateConflictException("bill " + month, "BILLED");
        }
        bills.add(new Bill(month.toString(), amount.setScale(2), actor, now));
        bills.sort(Comparator.comparing(Bill::month));
        changed();
    }

    /** Records a payment with its receipt (one use per receipt): not dated after today, nor before 2000. */
    public void pay(LocalDate paidOn, BigDecimal amount, String receipt, String actor, LocalDate today, Instant now) {
        if (paidOn.isAfter(today) || paidOn.isBefore(FIRST_MONTH.atDay(1))) {
            throw new RuleViolationException(new Violation(RULE, "paid-on-outside", "a payment is dated from 2000 up to today, not "
                    + paidOn, "paidOn"));
        }
        if (payments.stream().anyMatch(p -> p.receipt().equalsIgnoreCase(receipt))) {
            throw new StateConflictException("pay with receipt " + receipt, "RECEIPT_USED");
        }
        payments.add(new Payment(paidOn, amount.setScale(2), receipt, actor, now));
        payments.sort(Comparator.comparing(Payment::paidOn));
        changed();
    }

    /** Notes a reminder sent: not dated after today. */
    public void remind(LocalDate on, String channel, String note, String actor, LocalDate today) {
        if (on.isAfter(today) || on.isBefore(FIRST_MONTH.atDay(1))) {
            throw new RuleViolationException(new Violation(RULE, "reminded-on-outside", "a reminder is dated from 2000 up to today", "on"));
        }
        reminders.add(new Reminder(on, channel, note, actor));
        changed();
    }

    /** The account on {@code day}: the months billed up to it, the payments made by it. */
    public Standing standingOn(LocalDate day) {
        YearMonth upTo = YearMonth.from(day);
        List<Bill> due = bills.stream().filter(b -> !YearMonth.parse(b.month()).isAfter(upTo)).toList();
        BigDecimal billed = due.stream().map(Bill::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal paid = payments.stream().filter(p -> !p.paidOn().isAfter(day)).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        BigDecimal left = paid;
        List<String> unpaid = new ArrayList<>();
        for (Bill bill : due) {
            if (left.compareTo(bill.amount()) >= 0) {
                left = left.subtract(bill.amount());
            } else {
                left = BigDecimal.ZERO.setScale(2);
                unpaid.add(bill.month());
            }
        }
        BigDecimal balance = billed.subtract(paid);
        return new Standing(billed, paid, balance.max(BigDecimal.ZERO.setScale(2)), balance.negate().max(BigDecimal.ZERO.setScale(2)),
                List.copyOf(unpaid));
    }

    public boolean isTheHouseholdOf(String username) {
        return residents.contains(username);
    }

    public EstateId estateId() {
        return estateId;
    }

    public String street() {
        return street;
    }

    public String building() {
        return building;
    }

    public String unit() {
        return unit;
    }

    public String room() {
        return room;
    }

    public BigDecimal feePerMonth() {
        return feePerMonth;
    }

    public List<String> residents() {
        return List.copyOf(residents);
    }

    public List<Bill> bills() {
        return List.copyOf(bills);
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    public List<Reminder> reminders() {
        return List.copyOf(reminders);
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
