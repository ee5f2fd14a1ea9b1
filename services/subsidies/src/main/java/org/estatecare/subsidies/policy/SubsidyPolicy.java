package org.estatecare.subsidies.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;

/**
 * The district's subsidy policy (R-SUB-1, R-SUB-2, R-SUB-3): the municipal and district rates by estate class, the
 * grade factors of the district share, the recipients named for estates no company serves, and each street's annual
 * budget. Every decision is kept with its version, who decided and when; none is ever changed or removed: a
 * correction is a later decision for the same day, and the next run adjusts what the corrected one paid.
 */
@Implements({"R-SUB-1", "R-SUB-2", "R-SUB-3"})
public class SubsidyPolicy extends Aggregate<PolicyId> {

    /** How far ahead a decision may be dated; further is a typing error, not a plan. */
    static final Period HORIZON = Period.ofYears(2);
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final BigDecimal MOST_PER_UNIT = new BigDecimal("100000");

    private List<SubsidyRate> rates = new ArrayList<>();
    private List<GradeFactors> gradeFactors = new ArrayList<>();
    private List<NamedRecipient> recipients = new ArrayList<>();
    private List<StreetBudget> budgets = new ArrayList<>();
    private long lastVersion;
    private Instant changedAt = Instant.EPOCH;

    protected SubsidyPolicy() {
    }

    private SubsidyPolicy(PolicyId id) {
        super(id);
    }

    /** The district's policy before its first decision: the default grade factors and nothing else. */
    public static SubsidyPolicy empty() {
        return new SubsidyPolicy(PolicyId.DISTRICT);
    }

    @Override
    public PolicyId id() {
        return PolicyId.of(storedId());
    }

    /** R-SUB-1: a share's rate for a class, from a day on; a rate for a day already decided corrects it. */
    public SubsidyRate decideRate(Share share, EstateClass estateClass, RateUnit unit, BigDecimal amount, LocalDate from,
                                  String by, Instant at, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        dated(violations, "R-SUB-1", from, today);
        if (amount.signum() <= 0 || amount.compareTo(MOST_PER_UNIT) >= 0) {
            violations.add(new Violation("R-SUB-1", "rate-out-of-range", "a rate is more than 0 and less than 100000 yuan",
                    amount.toPlainString()));
        }
        if (amount.stripTrailingZeros().scale() > unit.decimals()) {
            violations.add(new Violation("R-SUB-1", "rate-too-precise", "a rate " + unit.label() + " has at most "
                    + unit.decimals() + " decimals", String.valueOf(unit.decimals())));
        }
        throwIfAny(violations);
        SubsidyRate rate = new SubsidyRate(share, estateClass, unit, amount.setScale(unit.decimals()), from, ++lastVersion,
                by, at);
        rates.add(rate);
        decided(at);
        return rate;
    }

    /** R-SUB-2: the share of the district subsidy each grade earns, from the first day of a month on. */
    public GradeFactors decideGradeFactors(Map<Grade, BigDecimal> factors, LocalDate from, String by, Instant at,
                                           LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        dated(violations, "R-SUB-2", from, today);
        if (from.getDayOfMonth() != 1) {
            violations.add(new Violation("R-SUB-2", "factors-not-from-month-start", "grade factors apply from the first day "
                    + "of a month", from.toString()));
        }
        Map<Grade, BigDecimal> table = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            BigDecimal factor = factors.get(grade);
            if (factor == null) {
                violations.add(new Violation("R-SUB-2", "factor-missing", "every grade has a factor", grade.label()));
            } else if (factor.signum() < 0 || factor.compareTo(BigDecimal.ONE) > 0 || factor.stripTrailingZeros().scale() > 4) {
                violations.add(new Violation("R-SUB-2", "factor-out-of-range", "a factor is between 0 and 1, at most 4 "
                        + "decimals", grade.label()));
            } else {
                table.put(grade, factor);
            }
        }
        if (table.size() == Grade.values().length) {
            Grade[] grades = Grade.values();
            for (int i = 1; i < grades.length; i++) {
                if (table.get(grades[i]).compareTo(table.get(grades[i - 1])) > 0) {
                    violations.add(new Violation("R-SUB-2", "factors-increasing", "a worse grade never earns more than a "
                            + "better one", grades[i].label()));
                }
            }
        }
        throwIfAny(violations);
        GradeFactors decided = new GradeFactors(table, from, ++lastVersion, by, at);
        gradeFactors.add(decided);
        decided(at);
        return decided;
    }

    /** R-MODE-1, R-SUB-1: who receives the subsidy of estates in {@code mode}, which no company serves. */
    public NamedRecipient nameRecipient(ManagementMode mode, String code, String name, LocalDate from, String by,
                                        Instant at, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        dated(violations, "R-SUB-1", from, today);
        if (mode == ManagementMode.SERVICE_COMPANY) {
            violations.add(new Violation("R-SUB-1", "company-mode-has-no-named-recipient", "the company serving an estate "
                    + "receives its subsidy; a recipient is named only for the other modes", mode.label()));
        }
        throwIfAny(violations);
        NamedRecipient named = new NamedRecipient(mode, code, name, from, ++lastVersion, by, at);
        recipients.add(named);
        decided(at);
        return named;
    }

    /** R-SUB-3: a street's district subsidy budget for a calendar year; a run beyond it is flagged, never cut. */
    public StreetBudget setBudget(String street, int year, BigDecimal amount, String by, Instant at, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (year < EARLIEST.getYear() || year > today.plus(HORIZON).getYear()) {
            violations.add(new Violation("R-SUB-3", "budget-year-out-of-range", "a budget is for a year from 2000 to two "
                    + "years ahead", String.valueOf(year)));
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(new BigDecimal("1e12")) >= 0) {
            violations.add(new Violation("R-SUB-3", "budget-out-of-range", "a budget is a sum of yuan and fen, not negative",
                    amount.toPlainString()));
        }
        throwIfAny(violations);
        StreetBudget budget = new StreetBudget(street, year, amount.setScale(2), ++lastVersion, by, at);
        budgets.add(budget);
        // a budget changes no money: the runs are not reviewed for it
        changed();
        return budget;
    }

    /** The policy as one immutable book to price days by. */
    public PolicyBook book() {
        return new PolicyBook(rates, gradeFactors, recipients, budgets);
    }

    public List<SubsidyRate> rates() {
        return List.copyOf(rates);
    }

    public List<GradeFactors> gradeFactors() {
        return List.copyOf(gradeFactors);
    }

    public List<NamedRecipient> recipients() {
        return List.copyOf(recipients);
    }

    public List<StreetBudget> budgets() {
        return List.copyOf(budgets);
    }

    /** When a decision that prices days (a rate, factors, a recipient) was last made: settled months are compared again. */
    public Instant changedAt() {
        return changedAt;
    }

    private void decided(Instant at) {
        changedAt = at;
        changed();
    }

    private static void dated(List<Violation> violations, String rule, LocalDate from, LocalDate today) {
        if (from.isBefore(EARLIEST) || from.isAfter(today.plus(HORIZON))) {
            violations.add(new Violation(rule, "effective-out-of-range", "a decision takes effect from 2000-01-01 to two "
                    + "years ahead", from.toString()));
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }
}
