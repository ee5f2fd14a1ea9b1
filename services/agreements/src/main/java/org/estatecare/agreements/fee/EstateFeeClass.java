package org.estatecare.agreements.fee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.estatecare.events.agreements.AgreementEvents;
import org.estatecare.events.agreements.EstateFeeClassChanged;
import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;

/**
 * The fee class the district puts one estate in (R-AGR-2), by period: each class applies from its first
 * day until the next one takes over. A decision from a day replaces what had been decided from that day
 * on; the decisions stay in {@code decisions} (the latest {@value #MAX_DECISIONS}; each also left as an
 * event). Which standard an agreement's fee must fit on a day
 * depends on the class in force that day.
 */
@Implements("R-AGR-2")
public class EstateFeeClass extends Aggregate<EstateId> {

    /** Decisions are kept in the document: bounded, so it stays well under MongoDB's 16 MB. */
    static final int MAX_DECISIONS = 200;

    private EstateId estateId;
    private String street;
    private String community;
    private List<ClassFrom> periods = new ArrayList<>();
    private List<Decision> decisions = new ArrayList<>();

    /** A class from a day on, until the next period starts. */
    public record ClassFrom(EstateClass estateClass, LocalDate from) {
    }

    /** One decision of the district, as recorded. */
    public record Decision(EstateClass estateClass, LocalDate from, String decidedBy, Instant decidedAt) {
    }

    /** A stretch of days with one class ({@code null}: none decided for those days). */
    public record Spell(EstateClass estateClass, LocalDate from, LocalDate to) {
    }

    private EstateFeeClass() {
        // for the mapper
    }

    private EstateFeeClass(EstateId estateId) {
        super(estateId);
        this.estateId = estateId;
    }

    /** Kept under its estate's id: one per estate. */
    @Override
    public EstateId id() {
        return new EstateId(storedId());
    }

    /** An estate the district has not classed yet. */
    public static EstateFeeClass unclassed(EstateId estateId) {
        return new EstateFeeClass(estateId);
    }

    /**
     * The district puts the estate in {@code estateClass} from {@code from} on; the event leaves with the
     * same write. Repeating a decision that changes no period records nothing; false then.
     */
    public boolean put(EstateClass estateClass, LocalDate from, String street, String community, String actor, Instant now) {
        List<ClassFrom> next = new ArrayList<>(periods.stream().filter(p -> p.from().isBefore(from)).toList());
        if (on(from.minusDays(1), next).filter(estateClass::equals).isEmpty()) {
            next.add(new ClassFrom(estateClass, from));
        }
        next.sort(Comparator.comparing(ClassFrom::from));
        if (next.equals(periods)) {
            return false;
        }
        if (decisions.size() >= MAX_DECISIONS) {
            decisions.remove(0);
        }
        periods = next;
        decisions.add(new Decision(estateClass, from, actor, now));
        this.street = street;
        this.community = community;
        record(AgreementEvents.FEE_CLASS_CHANGED, new EstateFeeClassChanged(estateId.value(), street, community, estateClass.name(),
                from, now), now);
        return true;
    }

    /** The class in force on {@code day}, if the district had decided one for it. */
    public Optional<EstateClass> on(LocalDate day) {
        return on(day, periods);
    }

    /** The days from {@code from} to {@code to}, cut where the class changes; oldest first. */
    public List<Spell> over(LocalDate from, LocalDate to) {
        List<Spell> spells = new ArrayList<>();
        LocalDate start = from;
        for (ClassFrom period : periods) {
            if (period.from().isAfter(start) && !period.from().isAfter(to)) {
                spells.add(new Spell(on(start).orElse(null), start, period.from().minusDays(1)));
                start = period.from();
            }
        }
        spells.add(new Spell(on(start).orElse(null), start, to));
        return spells;
    }

    private static Optional<EstateClass> on(LocalDate day, List<ClassFrom> periods) {
        EstateClass found = null;
        for (ClassFrom period : periods) {
            if (!period.from().isAfter(day)) {
                found = period.estateClass();
            }
        }
        return Optional.ofNullable(found);
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

    /** The periods, each with its last day ({@code null}: open-ended). */
    public List<Spell> periods() {
        List<Spell> spells = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            spells.add(new Spell(periods.get(i).estateClass(), periods.get(i).from(),
                    i + 1 < periods.size() ? periods.get(i + 1).from().minusDays(1) : null));
        }
        return spells;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }
}
