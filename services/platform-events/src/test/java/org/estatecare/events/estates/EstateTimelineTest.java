package org.estatecare.events.estates;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.estatecare.events.EventJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EstateTimelineTest {

    private static final LocalDate INCLUDED = LocalDate.of(2025, 3, 1);

    private static EstateTimeline included() {
        return EstateTimeline.of("e-1")
                .with(new EstateRegistered("e-1", "东园里", "s-1", "c-1", "东园路 1 号", 4, 320, new BigDecimal("18000.50")))
                .with(new EstateIncluded("e-1", "s-1", "c-1", INCLUDED, "SERVICE_COMPANY"));
    }

    @Test
    void theLocationIsTheNewestAnnouncedAndSurvivesEveryOtherEventAndTheStore() {
        Location first = new Location(39.13, 117.22);
        Location moved = new Location(39.14, 117.23);
        EstateTimeline estate = EstateTimeline.of("e-1")
                .with(new EstateRegistered("e-1", "东园里", "s-1", "c-1", "东园路 1 号", 4, 320, new BigDecimal("18000.50"), first))
                .with(new EstateIncluded("e-1", "s-1", "c-1", INCLUDED, "SERVICE_COMPANY"))
                .with(new ManagementModeChanged("e-1", "s-1", "c-1", "RESIDENT_SELF_GOVERNANCE", INCLUDED.plusMonths(3)));
        assertThat(estate.location()).isEqualTo(first);
        EstateTimeline unsaid = estate.with(new EstateDetailsChanged("e-1", "东园里", "s-1", "c-1", "东园路 1 号", 4, 321,
                new BigDecimal("18000.50"), INCLUDED.plusMonths(4)));
        assertThat(unsaid.location()).as("a change that names no location keeps it").isEqualTo(first);
        EstateTimeline changed = unsaid.with(new EstateDetailsChanged("e-1", "东园里", "s-1", "c-1", "东园路 1 号", 4, 321,
                new BigDecimal("18000.50"), INCLUDED.plusMonths(5), moved));
        assertThat(changed.location()).isEqualTo(moved);
        assertThat(EventJson.read(EventJson.write(changed), EstateTimeline.class)).isEqualTo(changed);
        assertThat(EventJson.read(EventJson.write(included()), EstateTimeline.class).location()).isNull();
    }

    @Test
    @DisplayName("R-ELIG-2: before its inclusion takes effect an estate is outside the scheme")
    void outsideBeforeInclusion() {
        EstateTimeline estate = included();
        assertThat(estate.inSchemeOn(INCLUDED.minusDays(1))).isFalse();
        assertThat(estate.inSchemeOn(INCLUDED)).isTrue();
        assertThat(estate.modeOn(INCLUDED.minusDays(1))).isEmpty();
        assertThat(estate.companyModeOn(INCLUDED)).isTrue();
    }

    @Test
    @DisplayName("R-EXIT-2: an exit decided today for next spring changes nothing before its date; from it the estate is out")
    void futureExitTakesEffectOnItsDate() {
        LocalDate exit = LocalDate.of(2027, 3, 1);
        EstateTimeline estate = included().with(new EstateExited("e-1", "s-1", "c-1", "DEMOLITION", exit));
        assertThat(estate.inSchemeOn(exit.minusDays(1))).isTrue();
        assertThat(estate.companyModeOn(exit.minusDays(1))).isTrue();
        assertThat(estate.inSchemeOn(exit)).isFalse();
        assertThat(estate.companyModeOn(exit)).isFalse();
        assertThat(estate.changeDays()).containsExactly(INCLUDED, exit);
    }

    @Test
    @DisplayName("R-MODE-1: a mode change dated in the future shows the old mode until its day")
    void futureModeChange() {
        LocalDate change = LocalDate.of(2027, 3, 1);
        EstateTimeline estate = included().with(new ManagementModeChanged("e-1", "s-1", "c-1", "OWNER_SELF_MANAGEMENT", change));
        assertThat(estate.modeOn(change.minusDays(1))).contains("SERVICE_COMPANY");
        assertThat(estate.modeOn(change)).contains("OWNER_SELF_MANAGEMENT");
        assertThat(estate.companyModeOn(change)).isFalse();
        assertThat(estate.modeFromOn(change.plusDays(10))).contains(change);
    }

    @Test
    @DisplayName("R-MODE-1: a later decision supersedes what was scheduled from its day on, and keeps the past")
    void laterDecisionSupersedesScheduledSpells() {
        EstateTimeline estate = included()
                .with(new ManagementModeChanged("e-1", "s-1", "c-1", "OWNER_SELF_MANAGEMENT", LocalDate.of(2027, 3, 1)))
                .with(new ManagementModeChanged("e-1", "s-1", "c-1", "RESIDENT_SELF_GOVERNANCE", LocalDate.of(2027, 2, 1)));
        assertThat(estate.modeOn(LocalDate.of(2026, 12, 1))).contains("SERVICE_COMPANY");
        assertThat(estate.modeOn(LocalDate.of(2027, 4, 1))).contains("RESIDENT_SELF_GOVERNANCE");
        assertThat(estate.modes()).hasSize(2);
    }

    @Test
    @DisplayName("R-EXIT-1, R-MODE-1: an exit before a scheduled mode drops that mode, as the registry does; the old mode is the last one")
    void exitBeforeAScheduledModeDropsIt() {
        LocalDate modeDay = LocalDate.of(2027, 3, 1);
        LocalDate exit = LocalDate.of(2027, 1, 1);
        EstateTimeline estate = included()
                .with(new ManagementModeChanged("e-1", "s-1", "c-1", "OWNER_SELF_MANAGEMENT", modeDay))
                .with(new EstateExited("e-1", "s-1", "c-1", "DEMOLITION", exit));

        assertThat(estate.modes()).containsExactly(new EstateTimeline.ModeSpell(INCLUDED, "SERVICE_COMPANY"));
        assertThat(estate.modeOn(modeDay)).contains("SERVICE_COMPANY");
        assertThat(estate.modeFromOn(modeDay)).contains(INCLUDED);
        assertThat(estate.changeDays()).containsExactly(INCLUDED, exit);
        assertThat(estate.inSchemeOn(exit.minusDays(1))).isTrue();
        assertThat(estate.companyModeOn(modeDay)).isFalse();
    }

    @Test
    @DisplayName("R-EXIT-2: an exit effective on a leap day (2028-02-29): in the scheme on the 28th, out from the 29th")
    void exitOnALeapDay() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        EstateTimeline estate = included().with(new EstateExited("e-1", "s-1", "c-1", "OWNER_SELF_MANAGEMENT", leapDay));

        assertThat(estate.inSchemeOn(LocalDate.of(2028, 2, 28))).isTrue();
        assertThat(estate.companyModeOn(LocalDate.of(2028, 2, 28))).isTrue();
        assertThat(estate.inSchemeOn(leapDay)).isFalse();
        assertThat(estate.inSchemeOn(LocalDate.of(2028, 3, 1))).isFalse();
        assertThat(estate.changeDays()).containsExactly(INCLUDED, leapDay);
    }

    @Test
    @DisplayName("R-MODE-1: a mode effective on 1 January of next year leaves 31 December in the old mode")
    void modeChangeAtTheYearEnd() {
        LocalDate newYear = LocalDate.of(2028, 1, 1);
        EstateTimeline estate = included().with(new ManagementModeChanged("e-1", "s-1", "c-1", "RESIDENT_SELF_GOVERNANCE", newYear));

        assertThat(estate.modeOn(LocalDate.of(2027, 12, 31))).contains("SERVICE_COMPANY");
        assertThat(estate.companyModeOn(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(estate.modeOn(newYear)).contains("RESIDENT_SELF_GOVERNANCE");
        assertThat(estate.companyModeOn(newYear)).isFalse();
        assertThat(estate.inSchemeOn(newYear)).isTrue();
        assertThat(estate.modeFromOn(LocalDate.of(2027, 12, 31))).contains(INCLUDED);
        assertThat(estate.modeFromOn(newYear)).contains(newYear);
    }

    @Test
    @DisplayName("R-EXIT-1, R-EXIT-2: an exit effective on the inclusion day leaves the estate in the scheme on no day")
    void exitOnTheInclusionDay() {
        EstateTimeline estate = included().with(new EstateExited("e-1", "s-1", "c-1", "DEMOLITION", INCLUDED));

        assertThat(estate.inSchemeOn(INCLUDED.minusDays(1))).isFalse();
        assertThat(estate.inSchemeOn(INCLUDED)).isFalse();
        assertThat(estate.inSchemeOn(INCLUDED.plusYears(1))).isFalse();
        assertThat(estate.companyModeOn(INCLUDED)).isFalse();
        assertThat(estate.modeOn(INCLUDED)).as("the inclusion's mode stays, as in the registry").contains("SERVICE_COMPANY");
        assertThat(estate.changeDays()).containsExactly(INCLUDED);
    }

    @Test
    @DisplayName("R-COMM-1: the acting residents' committee signs until the registry names a management committee")
    void signingPartyDefaultsToTheActingCommittee() {
        EstateTimeline estate = included();
        assertThat(estate.signingParty()).isEqualTo(EstateTimeline.ACTING_RESIDENTS_COMMITTEE);
        assertThat(estate.with(new ManagementCommitteeChanged("e-1", "s-2", "c-9", "MANAGEMENT_COMMITTEE", 7)))
                .satisfies(moved -> {
                    assertThat(moved.signingParty()).isEqualTo("MANAGEMENT_COMMITTEE");
                    assertThat(moved.street()).isEqualTo("s-2");
                    assertThat(moved.community()).isEqualTo("c-9");
                });
    }

    @Test
    @DisplayName("An estate included again after an exit is in the scheme from its new inclusion")
    void reinclusionAfterExit() {
        EstateTimeline estate = included().with(new EstateExited("e-1", "s-1", "c-1", "MARKET_OPERATION", LocalDate.of(2026, 1, 1)))
                .with(new EstateIncluded("e-1", "s-1", "c-1", LocalDate.of(2026, 6, 1), "SERVICE_COMPANY"));
        assertThat(estate.inSchemeOn(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(estate.inSchemeOn(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(estate.exitFrom()).isNull();
    }

    @Test
    @DisplayName("A timeline survives its stored JSON form unchanged")
    void roundTripsThroughJson() {
        EstateTimeline estate = included().with(new EstateExited("e-1", "s-1", "c-1", "DEMOLITION", LocalDate.of(2027, 3, 1)));
        assertThat(EventJson.read(EventJson.write(estate), EstateTimeline.class)).isEqualTo(estate);
    }

    @Test
    @DisplayName("R-SUB-1: households and floor area hold from the day the registry dates them; a correction without a date replaces them from the start")
    void sizesAreEffectiveDated() {
        LocalDate grown = LocalDate.of(2026, 3, 16);
        EstateTimeline estate = included().with(new EstateDetailsChanged("e-1", "东园里", "s-1", "c-1", "东园路 1 号", 4, 330,
                new BigDecimal("18500.00"), grown));
        assertThat(estate.sizeOn(grown.minusDays(1)).orElseThrow().floorArea()).isEqualByComparingTo("18000.50");
        assertThat(estate.sizeOn(grown.minusDays(1)).orElseThrow().households()).isEqualTo(320);
        assertThat(estate.sizeOn(grown).orElseThrow().floorArea()).isEqualByComparingTo("18500.00");
        assertThat(estate.sizeOn(grown).orElseThrow().households()).isEqualTo(330);

        LocalDate backdated = LocalDate.of(2026, 2, 1);
        EstateTimeline corrected = estate.with(new EstateDetailsChanged("e-1", "东园里", "s-1", "c-1", "东园路 1 号", 4, 325,
                new BigDecimal("18200.00"), backdated));
        assertThat(corrected.sizeOn(grown).orElseThrow().households()).as("a later decision supersedes from its day on").isEqualTo(325);
        assertThat(corrected.sizeOn(backdated.minusDays(1)).orElseThrow().households()).isEqualTo(320);

        EstateTimeline undated = corrected.with(new EstateDetailsChanged("e-1", "东园里", "s-1", "c-1", "东园路 1 号", 4, 300,
                new BigDecimal("17000.00"), null));
        assertThat(undated.sizes()).hasSize(1);
        assertThat(undated.sizeOn(LocalDate.of(2000, 1, 1)).orElseThrow().households()).isEqualTo(300);
    }

    @Test
    @DisplayName("R-SUB-1: a timeline stored before sizes were kept reads its figures as holding from the start")
    void storedTimelineWithoutSizes() {
        String stored = EventJson.write(included()).replaceAll(",\\s*\"sizes\"\\s*:\\s*\\[[^\\]]*\\]", "");
        assertThat(stored).doesNotContain("sizes");
        EstateTimeline read = EventJson.read(stored, EstateTimeline.class);
        assertThat(read.sizeOn(INCLUDED).orElseThrow().floorArea()).isEqualByComparingTo("18000.50");
    }
}
