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
 * with. Every category must have a chain; a table that misses one does not start. Configured as
 * {@code estatecare.complaints.routing} ({@link org.estatecare.complaints.complaint.ComplaintProperties}).
 */
@Implements({"R-DUTY-1", "R-CMP-1", "R-CMP-4", "R-ELIG-2"})
public record RoutingTable(@NotBlank String district, @NotBlank String version, Map<Category, List<Step>> chains) {

    public RoutingTable {
        chains = chains == null ? Map.of() : new EnumMap<>(chains);
        for (Category category : Category.values()) {
            List<Step> chain = chains.get(category);
            if (chain == null || chain.isEmpty()) {
                throw new IllegalArgumentException("routing table " + district + "/" + version + " has no chain for " + category);
            }
        }
        chains.replaceAll((category, chain) -> List.copyOf(chain));
        chains = Map.copyOf(chains);
    }

    /**
     * What decides a complaint's chain besides its category, as of the day it is filed.
     *
     * @param inScheme      the estate is in long-term management that day (R-ELIG-2)
     * @param companyServes a service company serves the estate that day (an agreement in force, company mode)
     * @param petition      it came as a petition by letter or visit (信访), the street office's (R-CMP-1)
     */
    public record Circumstances(boolean inScheme, boolean companyServes, boolean petition) {

        public static final Circumstances SERVED = new Circumstances(true, true, false);
    }

    /**
     * The chain for a complaint of {@code category}:
     * <ul>
     * <li>outside the scheme (never included, or exited) the estate is its street office's (R-ELIG-2): the chain
     * starts there, and the steps that exist only inside the scheme (company, residents' committee dissuading for
     * the scheme) drop out;</li>
     * <li>in the scheme with no company serving it that day (no agreement in force, another management mode), the
     * company step drops out and the next handler takes it: there is nobody to be the company;</li>
     * <li>a petition by letter or visit starts at the street office (R-CMP-1).</li>
     * </ul>
     */
    public List<Step> chainFor(Category category, Circumstances circumstances) {
        List<Step> chain = chains.get(category);
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
        return routed.isEmpty() ? startingAtTheStreetOffice(routed, chain.get(0)) : routed;
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
