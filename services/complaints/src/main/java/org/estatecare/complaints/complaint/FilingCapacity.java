package org.estatecare.complaints.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;

/**
 * Who may file as whom, through which channel: the reporter and channel follow the caller's role, so a
 * resident cannot pass a complaint off as an inspection or a company patrol. A resident files online for
 * themselves; the hotline, street office and residents' committee record what residents bring them by
 * phone, letter or visit (R-CMP-1); the company files what its patrols find (R-CMP-2), the residents'
 * committee its daily inspections (R-CMP-3), the street office, district and municipal inspectors theirs.
 * A caller who names neither gets the first capacity of their role; a mismatch is refused (422).
 */
@Implements({"R-CMP-1", "R-CMP-2", "R-CMP-3"})
public final class FilingCapacity {

    /** The reporter and channel a complaint is filed with. */
    public record Filed(ReporterKind reporterKind, Channel channel) {
    }

    /** One way to file: as {@code reporterKind}, through one of {@code channels}. */
    record Capacity(ReporterKind reporterKind, Set<Channel> channels) {
    }

    private static final Set<Channel> BROUGHT_IN = Set.of(Channel.HOTLINE, Channel.LETTER, Channel.VISIT);

    private FilingCapacity() {
    }

    /** The reporter and channel a caller files with: what they named, if their role allows it, else their role's first. */
    public static Filed resolve(Caller caller, ReporterKind reporterKind, Channel channel) {
        List<Capacity> allowed = capacities(caller);
        Optional<Capacity> fitting = allowed.stream()
                .filter(c -> reporterKind == null || c.reporterKind() == reporterKind)
                .filter(c -> channel == null || c.channels().contains(channel))
                .findFirst();
        if (fitting.isEmpty()) {
            throw new RuleViolationException(new Violation("R-CMP-1", "reporter-not-allowed",
                    "this caller may not file as " + (reporterKind == null ? "-" : reporterKind) + " through "
                            + (channel == null ? "-" : channel)));
        }
        Capacity capacity = fitting.get();
        Channel chosen = channel != null ? channel : first(capacity);
        return new Filed(capacity.reporterKind(), chosen);
    }

    private static Channel first(Capacity capacity) {
        // a stable default: the channel listed first by the enum
        for (Channel channel : Channel.values()) {
            if (capacity.channels().contains(channel)) {
                return channel;
            }
        }
        throw new IllegalStateException("a capacity without channels");
    }

    /** In order of preference: the first is a caller's default. */
    static List<Capacity> capacities(Caller caller) {
        List<Capacity> capacities = new ArrayList<>();
        if (caller.has(Role.RESIDENT)) {
            capacities.add(new Capacity(ReporterKind.RESIDENT, Set.of(Channel.ONLINE)));
        }
        if (caller.has(Role.DISTRICT_ADMIN)) {
            capacities.add(new Capacity(ReporterKind.RESIDENT, BROUGHT_IN));
            capacities.add(new Capacity(ReporterKind.INSPECTOR, Set.of(Channel.PATROL)));
        }
        if (caller.has(Role.STREET_OFFICER)) {
            capacities.add(new Capacity(ReporterKind.INSPECTOR, Set.of(Channel.PATROL)));
            capacities.add(new Capacity(ReporterKind.RESIDENT, BROUGHT_IN));
        }
        if (caller.has(Role.COMMUNITY_OFFICER)) {
            capacities.add(new Capacity(ReporterKind.RESIDENTS_COMMITTEE, Set.of(Channel.PATROL)));
            capacities.add(new Capacity(ReporterKind.RESIDENT, BROUGHT_IN));
        }
        if (caller.has(Role.MUNICIPAL_INSPECTOR)) {
            capacities.add(new Capacity(ReporterKind.INSPECTOR, Set.of(Channel.PATROL)));
        }
        if (caller.has(Role.SERVICE_COMPANY)) {
            capacities.add(new Capacity(ReporterKind.SERVICE_COMPANY, Set.of(Channel.PATROL)));
        }
        return capacities;
    }
}
