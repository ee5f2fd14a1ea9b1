package org.estatecare.events.estates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.estatecare.events.codes.ManagementMode;
import org.estatecare.events.codes.SigningParty;

/**
 * What the registry has said of one estate, folded from {@code estates.v1} in sequence order, and
 * answering "as of day D". A decision is announced when it is made and takes effect on its date: an exit
 * or a mode change dated next spring is known today, and changes nothing before that day. Every consumer
 * keeps this one shape, so "in the scheme on D" means the same in every service.
 *
 * <p>Name, territory, size and signing party are current facts (the newest announcement wins); inclusion,
 * exit and management mode are effective-dated.
 *
 * @param includedFrom the first day in the scheme (R-ELIG-1, R-TAKE-1), if included
 * @param notIncludedOn the day inclusion was refused (R-ELIG-2), if it was
 * @param exitFrom the first day outside the scheme again (R-EXIT-2: subsidies stop from it), if an exit is decided
 * @param modes the management modes (R-MODE-1) by the day each takes effect, oldest first
 * @param sizes households and floor area by the day each holds from, oldest first (the first from the start); what
 *              subsidies are reckoned by day by day (R-SUB-1). {@code households} and {@code floorArea} are the newest.
 * @param location where the estate lies, once the registry has announced it (a current fact)
 */
public record EstateTimeline(String estateId, String name, String street, String community, String address,
                             int buildings, int households, BigDecimal floorArea, LocalDate includedFrom,
                             LocalDate notIncludedOn, LocalDate exitFrom, String exitReason, List<ModeSpell> modes,
                             String signingParty, List<SizeSpell> sizes, Location location) {

    public static final String SERVICE_COMPANY_MODE = ManagementMode.SERVICE_COMPANY.name();
    /** Who signs for the residents until the registry names a management committee (R-COMM-1). */
    public static final String ACTING_RESIDENTS_COMMITTEE = SigningParty.RESIDENTS_COMMITTEE.name();

    /** A management mode from a day on, until the next spell starts. */
    public record ModeSpell(LocalDate from, String mode) {
        public ModeSpell {
            if (from == null || mode == null || mode.isBlank()) {
                throw new IllegalArgumentException("a mode spell has a first day and a mode");
            }
        }
    }

    /**
     * Households and floor area from a day on, until the next spell starts; {@code from} is null for the spell that
     * holds from the start (the registration's figures, or a correction of them).
     */
    public record SizeSpell(LocalDate from, int households, BigDecimal floorArea) {
    }

    public EstateTimeline {
        if (estateId == null || estateId.isBlank()) {
            throw new IllegalArgumentException("an estate timeline belongs to an estate");
        }
        modes = modes == null ? List.of() : modes.stream().sorted(Comparator.comparing(ModeSpell::from)).toList();
        signingParty = signingParty == null ? ACTING_RESIDENTS_COMMITTEE : signingParty;
        if (sizes == null || sizes.isEmpty()) {
            // a timeline stored before sizes were kept: its figures from the start
            sizes = floorArea == null ? List.of() : List.of(new SizeSpell(null, households, floorArea));
        } else {
            sizes = sizes.stream().sorted(Comparator.comparing(SizeSpell::from,
                    Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        }
    }

    /** A timeline without size spells: its households and floor area hold from the start. */
    public EstateTimeline(String estateId, String name, String street, String community, String address, int buildings,
                          int households, BigDecimal floorArea, LocalDate includedFrom, LocalDate notIncludedOn,
                          LocalDate exitFrom, String exitReason, List<ModeSpell> modes, String signingParty) {
        this(estateId, name, street, community, address, buildings, households, floorArea, includedFrom, notIncludedOn,
                exitFrom, exitReason, modes, signingParty, null, null);
    }

    /** A timeline whose location is not known. */
    public EstateTimeline(String estateId, String name, String street, String community, String address, int buildings,
                          int households, BigDecimal floorArea, LocalDate includedFrom, LocalDate notIncludedOn,
                          LocalDate exitFrom, String exitReason, List<ModeSpell> modes, String signingParty,
                          List<SizeSpell> sizes) {
        this(estateId, name, street, community, address, buildings, households, floorArea, includedFrom, notIncludedOn,
                exitFrom, exitReason, modes, signingParty, sizes, null);
    }

    /** Nothing known yet of this estate. */
    public static EstateTimeline of(String estateId) {
        return new EstateTimeline(estateId, null, null, null, null, 0, 0, null, null, null, null, null, List.of(), null,
                List.of(), null);
    }

    /** This timeline with one more {@code estates.v1} payload applied; a payload it does not use changes nothing. */
    public EstateTimeline with(Record payload) {
        if (payload instanceof EstateRegistered e) {
            return details(e.name(), e.street(), e.community(), e.address(), e.buildings(), e.households(), e.floorArea(),
                    List.of(new SizeSpell(null, e.households(), e.floorArea())), e.location());
        }
        if (payload instanceof EstateDetailsChanged e) {
            SizeSpell spell = new SizeSpell(e.effectiveFrom(), e.households(), e.floorArea());
            List<SizeSpell> kept = e.effectiveFrom() == null ? List.of() : sizes.stream()
                    .filter(s -> s.from() == null || s.from().isBefore(e.effectiveFrom())).toList();
            List<SizeSpell> next = new ArrayList<>(kept);
            next.add(spell);
            return details(e.name(), e.street(), e.community(), e.address(), e.buildings(), e.households(), e.floorArea(),
                    next, e.location());
        }
        if (payload instanceof EstateIncluded e) {
            EstateTimeline moved = territory(e.street(), e.community());
            List<ModeSpell> spells = e.managementMode() == null ? moved.modes
                    : withSpell(moved.modes, new ModeSpell(e.includedOn(), e.managementMode()));
            // included again after an exit: the earlier exit lies behind it
            boolean exitBehind = exitFrom != null && !e.includedOn().isBefore(exitFrom);
            return new EstateTimeline(estateId, name, moved.street, moved.community, address, buildings, households, floorArea,
                    e.includedOn(), null, exitBehind ? null : exitFrom, exitBehind ? null : exitReason, spells, signingParty, sizes, location);
        }
        if (payload instanceof EstateNotIncluded e) {
            EstateTimeline moved = territory(e.street(), e.community());
            return new EstateTimeline(estateId, name, moved.street, moved.community, address, buildings, households, floorArea,
                    includedFrom, e.decidedOn(), exitFrom, exitReason, modes, signingParty, sizes, location);
        }
        if (payload instanceof EstateExited e) {
            EstateTimeline moved = territory(e.street(), e.community());
            return new EstateTimeline(estateId, name, moved.street, moved.community, address, buildings, households, floorArea,
                    includedFrom, notIncludedOn, e.effectiveDate(), e.reason(), beforeExit(modes, e.effectiveDate()), signingParty,
                    sizes, location);
        }
        if (payload instanceof ManagementModeChanged e) {
            EstateTimeline moved = territory(e.street(), e.community());
            return new EstateTimeline(estateId, name, moved.street, moved.community, address, buildings, households, floorArea,
                    includedFrom, notIncludedOn, exitFrom, exitReason,
                    withSpell(modes, new ModeSpell(e.effectiveFrom(), e.mode())), signingParty, sizes, location);
        }
        if (payload instanceof ManagementCommitteeChanged e) {
            EstateTimeline moved = territory(e.street(), e.community());
            return new EstateTimeline(estateId, name, moved.street, moved.community, address, buildings, households, floorArea,
                    includedFrom, notIncludedOn, exitFrom, exitReason, modes, e.signingParty(), sizes, location);
        }
        return this;
    }

    /** Whether the registry has announced the estate (its registration or any later fact has arrived). */
    public boolean registered() {
        return street != null;
    }

    /** In long-term management on {@code day}: included on or before it, and not exited by then (R-ELIG-2, R-EXIT-2). */
    public boolean inSchemeOn(LocalDate day) {
        return includedFrom != null && !day.isBefore(includedFrom) && (exitFrom == null || day.isBefore(exitFrom));
    }

    /** The management mode in force on {@code day}, if one had taken effect by then. */
    public Optional<String> modeOn(LocalDate day) {
        String mode = null;
        for (ModeSpell spell : modes) {
            if (spell.from().isAfter(day)) {
                break;
            }
            mode = spell.mode();
        }
        return Optional.ofNullable(mode);
    }

    /** In the scheme and managed by a service company on {@code day} (R-MODE-1): the days an agreement can run. */
    public boolean companyModeOn(LocalDate day) {
        return inSchemeOn(day) && modeOn(day).filter(SERVICE_COMPANY_MODE::equals).isPresent();
    }

    /** The households and floor area that hold on {@code day} (R-SUB-1), once the registry has announced any. */
    public Optional<SizeSpell> sizeOn(LocalDate day) {
        SizeSpell size = null;
        for (SizeSpell spell : sizes) {
            if (spell.from() != null && spell.from().isAfter(day)) {
                break;
            }
            size = spell;
        }
        return Optional.ofNullable(size);
    }

    /** The first day of the current mode spell as of {@code day}, if a mode is in force then. */
    public Optional<LocalDate> modeFromOn(LocalDate day) {
        LocalDate from = null;
        for (ModeSpell spell : modes) {
            if (spell.from().isAfter(day)) {
                break;
            }
            from = spell.from();
        }
        return Optional.ofNullable(from);
    }

    /** Every day on which something about the estate takes effect, oldest first: where a scheduler looks. */
    public List<LocalDate> changeDays() {
        TreeSet<LocalDate> days = new TreeSet<>();
        if (includedFrom != null) {
            days.add(includedFrom);
        }
        if (exitFrom != null) {
            days.add(exitFrom);
        }
        modes.forEach(spell -> days.add(spell.from()));
        return List.copyOf(days);
    }

    /**
     * A later decision on the mode replaces what had been scheduled from its day on: the spells starting
     * on or after it were decided earlier and are superseded.
     */
    private static List<ModeSpell> withSpell(List<ModeSpell> spells, ModeSpell spell) {
        List<ModeSpell> kept = new ArrayList<>(spells.stream().filter(s -> s.from().isBefore(spell.from())).toList());
        kept.add(spell);
        return kept;
    }

    /**
     * R-EXIT-1: a mode scheduled for the exit day or later never takes effect; the registry drops it when
     * the exit is decided, and so does the timeline, so both name the same mode for every day. The mode
     * of an exit on the inclusion day itself stays, as in the registry.
     */
    private static List<ModeSpell> beforeExit(List<ModeSpell> spells, LocalDate exit) {
        List<ModeSpell> kept = spells.stream().filter(s -> s.from().isBefore(exit)).toList();
        return kept.isEmpty() ? spells.stream().limit(1).toList() : kept;
    }

    private EstateTimeline details(String newName, String newStreet, String newCommunity, String newAddress, int newBuildings,
                                   int newHouseholds, BigDecimal newFloorArea, List<SizeSpell> newSizes, Location newLocation) {
        return new EstateTimeline(estateId, newName, newStreet, newCommunity, newAddress, newBuildings, newHouseholds,
                newFloorArea, includedFrom, notIncludedOn, exitFrom, exitReason, modes, signingParty, newSizes,
                newLocation == null ? location : newLocation);
    }

    /** Every event names the estate's street and community: the newest says where the estate is now. */
    private EstateTimeline territory(String newStreet, String newCommunity) {
        return new EstateTimeline(estateId, name, newStreet == null ? street : newStreet,
                newCommunity == null ? community : newCommunity, address, buildings, households, floorArea, includedFrom,
                notIncludedOn, exitFrom, exitReason, modes, signingParty, sizes, location);
    }
}
