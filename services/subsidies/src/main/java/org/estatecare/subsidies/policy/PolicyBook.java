package org.estatecare.subsidies.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.codes.ManagementMode;

/**
 * The district's subsidy policy as of one moment, indexed for reading day by day: the rate of a share for a class, the
 * grade factors and the named recipient of a mode in force on a day, a street's budget for a year. Immutable.
 */
public final class PolicyBook {

    private final Map<Share, Map<EstateClass, List<SubsidyRate>>> rates = new EnumMap<>(Share.class);
    private final List<GradeFactors> factors;
    private final Map<ManagementMode, List<NamedRecipient>> recipients = new EnumMap<>(ManagementMode.class);
    private final Map<String, StreetBudget> budgets = new HashMap<>();

    public PolicyBook(List<SubsidyRate> rateDecisions, List<GradeFactors> factorDecisions,
                      List<NamedRecipient> recipientDecisions, List<StreetBudget> budgetDecisions) {
        for (SubsidyRate rate : rateDecisions) {
            rates.computeIfAbsent(rate.share(), s -> new EnumMap<>(EstateClass.class))
                    .computeIfAbsent(rate.estateClass(), c -> new ArrayList<>()).add(rate);
        }
        rates.values().forEach(byClass -> byClass.values().forEach(list -> list.sort(Dated.NEWEST_FIRST)));
        List<GradeFactors> tables = new ArrayList<>(factorDecisions);
        tables.add(GradeFactors.districtDefault());
        tables.sort(Dated.NEWEST_FIRST);
        this.factors = List.copyOf(tables);
        for (NamedRecipient recipient : recipientDecisions) {
            recipients.computeIfAbsent(recipient.mode(), m -> new ArrayList<>()).add(recipient);
        }
        recipients.values().forEach(list -> list.sort(Dated.NEWEST_FIRST));
        budgetDecisions.stream().sorted(Comparator.comparingLong(StreetBudget::version))
                .forEach(budget -> budgets.put(budget.street() + "/" + budget.year(), budget));
    }

    /** The rate of {@code share} for an estate of {@code estateClass} on {@code day}, if the district set one. */
    public Optional<SubsidyRate> rateOn(Share share, EstateClass estateClass, LocalDate day) {
        List<SubsidyRate> decided = rates.getOrDefault(share, Map.of()).get(estateClass);
        return decided == null ? Optional.empty() : Dated.inForce(decided, day);
    }

    /** The grade factors in force on {@code day}: the district's own table, or its default before it decided one. */
    public GradeFactors factorsOn(LocalDate day) {
        return Dated.inForce(factors, day).orElseThrow();
    }

    /** The recipient the district names for estates in {@code mode} on {@code day}, if it named one. */
    public Optional<NamedRecipient> recipientOn(ManagementMode mode, LocalDate day) {
        List<NamedRecipient> named = recipients.get(mode);
        return named == null ? Optional.empty() : Dated.inForce(named, day);
    }

    /** The street's district subsidy budget for {@code year}, if one was set. */
    public Optional<BigDecimal> budget(String street, int year) {
        return Optional.ofNullable(budgets.get(street + "/" + year)).map(StreetBudget::amount);
    }
}
