package org.estatecare.complaints.routing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import org.estatecare.kit.domain.Implements;

/**
 * A district's routing table: per category, the chain of handlers a complaint walks when dissuasion
 * or handling fails, each with its deadlines. Versioned: a complaint keeps the version it was routed
 * with. Made by the district's division of duties in force ({@link DutyDivision}); a category a decision did not
 * know routes as {@link Category#OTHER}.
 */
@Implements({"R-DUTY-1", "R-CMP-1", "R-CMP-4", "R-ELIG-2", "R-MAINT-1", "R-MAINT-2"})
public record RoutingTable(@NotBlank String district, @NotBlank String version, Map<Category, List<Step>> chains) {

    public RoutingTable {
        chains = chains == null || chains.isEmpty() ? new EnumMap<>(Category.class) : new EnumMap<>(chains);
        chains.values().removeIf(chain -> chain == null || chain.isEmpty());
        if (!chains.containsKey(Category.OTHER)) {
            throw new IllegalArgumentException("routing table " + district + "/" + version + " has no chain for " + Category.OTHER);
        }
        chains.replaceAll((category, chain) -> List.copyOf(chain));
        chains = Map.copyOf(chains);
    }

    /**
     * The categories {@code chains} assigns to nobody. A decision names every category there is when it is taken;
     * one taken before a category existed routes that category as {@link Category#OTHER}.
     */
    public static List<Category> missingCategories(Map<Category, List<Step>> chains) {
        return java.util.Arrays.stream(Category.values())
                .filter(category -> chains == null || chains.get(category) == null || chains.get(category).isEmpty())
                .toList();
    }

    /**
     * What decides a complaint's chain besides its category, as of the day it is filed.
     *
     * @param inScheme      the estate is in long-term management that day (R-ELIG-2)
     * @param companyServes a service company serves the estate that day (an agreement in force, company mode)
     * @param petition      it came as a petition by letter or visit (信访), the street office's (R-CMP-1)
     * @param repairUnit    for a repair: the unit bound by the facility's warranty that day, else the unit named to
     *                      maintain it; null when there is none (R-MAINT-1, R-MAINT-2)
     */
    public record Circumstances(boolean inScheme, boolean companyServes, boolean petition, String repairUnit) {

        public static final Circumstances SERVED = new Circumstances(true, true, false);

        public Circumstances(boolean inScheme, boolean companyServes, boolean petition) {
            this(inScheme, companyServes, petition, null);
        }
    }

    /**
     * The chain for a complaint of {@code category}:
     * <ul>
     * <li>outside the scheme (never included, or exited) the estate is its street office's (R-ELIG-2): the chain
     * starts there, and the steps that exist only inside the scheme (company, residents' committee dissuading for
     * the scheme) drop out;</li>
     * <li>in the scheme with no company serving it that day (no agreement in force, another management mode), the
     * company step drops out and the next handler takes it: there is nobody to be the company;</li>
     * <li>a petition by letter or visit starts at the street office (R-CMP-1);</li>
     * <li>a repair with a unit to carry it out (under the facility's warranty, or named to maintain it) goes first to
     * that unit, as the street office's step with the street office's deadlines; the chain goes on from there when
     * the unit does not resolve it in time (R-MAINT-1, R-MAINT-2).</li>
     * </ul>
     */
    public List<Step> chainFor(Category category, Circumstances circumstances) {
        List<Step> chain = chains.getOrDefault(category, chains.get(Category.OTHER));
        List<Step> routed;
        if (!circumstances.inScheme()) {
            routed = chain.stream().filter(step -> !step.kind().onlyInsideTheScheme()).map(Step::quiet).toList();
        } else if (!circumstances.companyServes()) {
            routed = chain.stream().filter(step -> step.kind() != HandlerKind.SERVICE_COMPANY).toList();
        } else {
            routed = chain;
        }
        if (!circumstances.inScheme() || circumstances.petition()) {
            routed = startingAtTheStreetOffice(routed, chain.get(0));
        }
        routed = routed.isEmpty() ? startingAtTheStreetOffice(routed, chain.get(0)) : routed;
        return category.isRepair() && circumstances.repairUnit() != null ? throughUnit(routed, circumstances.repairUnit()) : routed;
    }

    /** The chain with the street office's step (or its first) carried out by {@code unit}, first. */
    private static List<Step> throughUnit(List<Step> chain, String unit) {
        Step replaced = chain.stream().filter(step -> step.kind() == HandlerKind.STREET_OFFICE).findFirst().orElse(chain.get(0));
        List<Step> withUnit = new ArrayList<>();
        withUnit.add(Step.throughUnit(unit, replaced.acknowledge(), replaced.resolve()));
        chain.stream().filter(step -> step != replaced || replaced.kind() != HandlerKind.STREET_OFFICE).forEach(withUnit::add);
        return List.copyOf(withUnit);
    }

    /** The chain from its street office step on; one is put first, with the table's first deadlines, if it has none. */
    private static List<Step> startingAtTheStreetOffice(List<Step> chain, Step first) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).kind() == HandlerKind.STREET_OFFICE) {
                return List.copyOf(chain.subList(i, chain.size()));
            }
        }
        List<Step> withStreet = new ArrayList<>();
        withStreet.add(Step.of(HandlerKind.STREET_OFFICE, null, first.acknowledge(), first.resolve()));
        withStreet.addAll(chain);
        return List.copyOf(withStreet);
    }
}
