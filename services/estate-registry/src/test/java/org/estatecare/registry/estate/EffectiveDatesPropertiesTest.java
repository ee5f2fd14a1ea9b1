package org.estatecare.registry.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.kit.domain.RuleViolationException;

/**
 * Effective dates over any days: the estate included on 2026-02-01, decisions taken on days from 2026
 * to 2030 (leap days and year ends included), read as of any day around them.
 */
class EffectiveDatesPropertiesTest {

    static final LocalDate INCLUDED = LocalDate.of(2026, 2, 1);
    static final Decision DISTRICT = new Decision("district", List.of(), null);

    @Provide
    Arbitrary<LocalDate> decisionDays() {
        return Arbitraries.integers().between(0, 365 * 5).map(INCLUDED::plusDays);
    }

    static Instant morningOf(LocalDate day) {
        return day.atTime(9, 0).atZone(BusinessDates.ZONE).toInstant();
    }

    static Estate includedEstate() {
        Estate estate = EstateTest.filed(EstateTest.ELIGIBLE);
        estate.include(INCLUDED, ManagementMode.SERVICE_COMPANY, DISTRICT, morningOf(INCLUDED));
        return estate;
    }

    @Property
    @Label("R-TAKE-1, R-EXIT-2: each step counts from its date; an exit decided on any day is EXITED from its date on, not before")
    void exitTakesEffectOnItsDate(@ForAll("decisionDays") LocalDate decidedOn, @ForAll @IntRange(min = 0, max = 365) int ahead,
                                  @ForAll @IntRange(min = -400, max = 800) int offset) {
        LocalDate exitDay = decidedOn.plusDays(ahead);
        Estate estate = includedEstate();
        estate.exit(ExitReason.MARKET_OPERATION, exitDay, DISTRICT, morningOf(decidedOn));
        LocalDate day = decidedOn.plusDays(offset);

        EstateStatus expected = day.isBefore(LocalDate.of(2026, 1, 10)) ? EstateStatus.REGISTERED
                : day.isBefore(LocalDate.of(2026, 1, 20)) ? EstateStatus.TAKEOVER_ACCEPTED
                : day.isBefore(INCLUDED) ? EstateStatus.FILED
                : day.isBefore(exitDay) ? EstateStatus.INCLUDED : EstateStatus.EXITED;
        assertThat(estate.statusOn(day)).isEqualTo(expected);
        estate.bringUpTo(day);
        assertThat(estate.status()).isEqualTo(estate.statusOn(day));
        assertThat(estate.scheduledChanges()).hasSize(exitDay.isAfter(day) ? 1 : 0);
    }

    @Property
    @Label("R-EXIT-1, R-MODE-1: a decision may take effect up to one year after the day it is taken, not a day later")
    void schedulingHorizonIsOneYear(@ForAll("decisionDays") LocalDate decidedOn, @ForAll @IntRange(min = 300, max = 400) int ahead) {
        LocalDate day = decidedOn.plusDays(ahead);
        boolean allowed = !day.isAfter(decidedOn.plusYears(1));
        Estate estate = includedEstate();

        if (allowed) {
            estate.exit(ExitReason.DEMOLITION, day, DISTRICT, morningOf(decidedOn));
            assertThat(estate.exitRecord()).isPresent();
        } else {
            assertThatThrownBy(() -> estate.exit(ExitReason.DEMOLITION, day, DISTRICT, morningOf(decidedOn)))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(estate.exitRecord()).isEmpty();
        }
    }

    @Property
    @Label("R-MODE-1: with modes scheduled on any days, the mode on a day is the one started last on or before it")
    void modeOnADayIsTheLastStartedByThen(@ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 70) Integer> gaps,
                                          @ForAll @IntRange(min = 0, max = 500) int offset) {
        Estate estate = includedEstate();
        LocalDate decidedOn = INCLUDED.plusDays(10);
        LocalDate from = INCLUDED;
        ManagementMode mode = ManagementMode.SERVICE_COMPANY;
        for (int gap : gaps) {
            from = from.plusDays(gap);
            mode = ManagementMode.values()[(mode.ordinal() + 1) % ManagementMode.values().length];
            estate.changeManagementMode(mode, from, DISTRICT, morningOf(decidedOn));
        }
        LocalDate day = INCLUDED.plusDays(offset);

        Optional<ManagementMode> expected = estate.modeHistory().stream().filter(s -> !s.effectiveFrom().isAfter(day))
                .reduce((a, b) -> b).map(ModeSpell::mode);
        assertThat(estate.managementModeOn(day)).isEqualTo(expected);
        estate.bringUpTo(day);
        assertThat(estate.managementMode()).isEqualTo(expected);
    }

    @Property
    @Label("R-EXIT-2, R-MODE-1: stored status and mode are right on every day from asOf until nextChangeOn, and the store's query finds every other day")
    void storedValuesHoldUntilTheNextChange(@ForAll("decisionDays") LocalDate decidedOn, @ForAll @IntRange(min = 1, max = 365) int exitAhead,
                                            @ForAll @IntRange(min = 1, max = 365) int modeAhead,
                                            @ForAll @IntRange(min = -30, max = 800) int storedOffset,
                                            @ForAll @IntRange(min = -30, max = 800) int readOffset) {
        Estate estate = includedEstate();
        LocalDate modeDay = decidedOn.plusDays(Math.min(modeAhead, exitAhead - 1));
        if (modeDay.isAfter(decidedOn)) {
            estate.changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT, modeDay, DISTRICT, morningOf(decidedOn));
        }
        estate.exit(ExitReason.DEMOLITION, decidedOn.plusDays(exitAhead), DISTRICT, morningOf(decidedOn));
        LocalDate asOf = decidedOn.plusDays(storedOffset);
        LocalDate today = decidedOn.plusDays(readOffset);
        estate.bringUpTo(asOf);

        // the condition Estates.bringUpToToday selects on: stored for a later day, or a change due by today
        boolean selected = asOf.isAfter(today) || estate.nextChangeOn().map(next -> !next.isAfter(today)).orElse(false);
        if (!selected) {
            assertThat(estate.status()).isEqualTo(estate.statusOn(today));
            assertThat(estate.managementMode()).isEqualTo(estate.managementModeOn(today));
        }
        assertThat(ChronoUnit.DAYS.between(asOf, estate.nextChangeOn().orElse(asOf.plusDays(1)))).isPositive();
    }
}
