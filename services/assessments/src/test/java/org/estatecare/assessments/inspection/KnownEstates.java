package org.estatecare.assessments.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.estatecare.events.codes.ManagementMode;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;

/** Estates as the registry and the agreements service would have announced them, for the aggregate's tests. */
final class KnownEstates implements EstateFacts {

    record Spell(EstateId estate, CompanyId company, LocalDate from, LocalDate to) {
    }

    private final Map<EstateId, EstateTimeline> estates = new HashMap<>();
    private final List<Spell> spells = new ArrayList<>();

    /** Registered in {@code street}/{@code community} and included from {@code includedOn}. */
    KnownEstates included(EstateId estate, String street, String community, LocalDate includedOn) {
        EstateTimeline timeline = EstateTimeline.of(estate.value())
                .with(new EstateRegistered(estate.value(), "春华里", street, community, "春华街1号", 12, 480, BigDecimal.TEN))
                .with(new EstateIncluded(estate.value(), street, community, includedOn, ManagementMode.SERVICE_COMPANY.name()));
        estates.put(estate, timeline);
        return this;
    }

    /** Outside the scheme from {@code firstDayOut}. */
    KnownEstates exited(EstateId estate, LocalDate firstDayOut) {
        EstateTimeline timeline = estates.get(estate);
        estates.put(estate, timeline.with(new EstateExited(estate.value(), timeline.street(), timeline.community(), "DEMOLITION",
                firstDayOut)));
        return this;
    }

    KnownEstates servedBy(EstateId estate, String company, LocalDate from, LocalDate to) {
        spells.add(new Spell(estate, new CompanyId(company), from, to));
        return this;
    }

    @Override
    public Optional<EstateTimeline> find(EstateId estate) {
        return Optional.ofNullable(estates.get(estate));
    }

    @Override
    public Optional<CompanyId> companyServing(EstateId estate, LocalDate day) {
        return spells.stream().filter(s -> s.estate().equals(estate) && !day.isBefore(s.from()) && !day.isAfter(s.to()))
                .map(Spell::company).findFirst();
    }
}
