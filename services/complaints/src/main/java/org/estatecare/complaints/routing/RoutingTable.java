package org.estatecare.complaints.routing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * A district's routing table: per category, the chain of handlers a complaint walks when dissuasion
 * or handling fails, each with its deadlines. Versioned: a complaint keeps the version it was routed
 * with. Every category must have a chain; a table that misses one does not start.
 */
@Validated
@ConfigurationProperties("estatecare.complaints.routing")
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
     * The chain for a complaint of {@code category} on an estate. Outside the scheme (never included,
     * or exited) the estate is its street office's (R-ELIG-2): the chain starts there, and the steps
     * that exist only inside the scheme (company, residents' committee dissuading for the scheme) drop out.
     */
    public List<Step> chainFor(Category category, boolean estateInScheme) {
        List<Step> chain = chains.get(category);
        if (estateInScheme) {
            return chain;
        }
        List<Step> outside = chain.stream().filter(step -> !step.kind().onlyInsideTheScheme()).toList();
        if (outside.isEmpty() || outside.get(0).kind() != HandlerKind.STREET_OFFICE) {
            Step first = chain.get(0);
            List<Step> withStreet = new java.util.ArrayList<>();
            withStreet.add(new Step(HandlerKind.STREET_OFFICE, null, first.acknowledgeWorkingDays(), first.resolveWorkingDays()));
            withStreet.addAll(outside.stream().filter(s -> s.kind() != HandlerKind.STREET_OFFICE).toList());
            return List.copyOf(withStreet);
        }
        return outside;
    }
}
