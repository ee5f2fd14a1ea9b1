package org.estatecare.registry.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.estatecare.registry.estate.EstateTest.BUREAU;
import static org.estatecare.registry.estate.EstateTest.INSPECTOR;
import static org.estatecare.registry.estate.EstateTest.PASSED;
import static org.estatecare.registry.estate.EstateTest.ELIGIBLE;
import static org.estatecare.registry.estate.EstateTest.NOW;
import static org.estatecare.registry.estate.EstateTest.details;
import static org.estatecare.registry.estate.EstateTest.filed;
import static org.estatecare.registry.estate.EstateTest.included;
import static org.estatecare.registry.estate.EstateTest.lastEvent;
import static org.estatecare.registry.estate.EstateTest.refusal;
import static org.estatecare.registry.estate.EstateTest.registered;

import java.time.LocalDate;

import org.estatecare.events.EventJson;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Decisions are recorded when made and take effect on their date; dates that cannot be true are refused.
 * Today is 2026-03-02 in Beijing ({@link EstateTest#NOW}); the estate was included on 2026-02-01.
 */
class EffectiveDatesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LocalDate EXIT_DAY = LocalDate.of(2026, 6, 30);

    @Nested
    class ScheduledExit {

        @Test
        @DisplayName("R-EXIT-2: an exit decided ahead leaves the estate INCLUDED before its day, EXITED on and after it")
        void statusChangesOnTheExitDay() {
            Estate estate = included();

            estate.exit(ExitReason.DEMOLITION, EXIT_DAY, BUREAU, NOW);

            assertThat(estate.status()).isEqualTo(EstateStatus.INCLUDED);
            assertThat(estate.statusOn(TODAY)).isEqualTo(EstateStatus.INCLUDED);
            assertThat(estate.statusOn(EXIT_DAY.minusDays(1))).isEqualTo(EstateStatus.INCLUDED);
            assertThat(estate.statusOn(EXIT_DAY)).isEqualTo(EstateStatus.EXITED);
            assertThat(estate.statusOn(EXIT_DAY.plusYears(1))).isEqualTo(EstateStatus.EXITED);
            assertThat(estate.scheduledChanges()).containsExactly(
                    new ScheduledChange(ScheduledChange.Kind.EXIT, EXIT_DAY, ExitReason.DEMOLITION, null));

            estate.bringUpTo(EXIT_DAY.minusDays(1));
            assertThat(estate.status()).isEqualTo(EstateStatus.INCLUDED);
            estate.bringUpTo(EXIT_DAY);
            assertThat(estate.status()).isEqualTo(EstateStatus.EXITED);
            assertThat(estate.scheduledChanges()).isEmpty();
        }

        @Test
        @DisplayName("R-TAKE-1, R-ELIG-2: each step counts from its own date, also when recorded later")
        void stepsCountFromTheirDates() {
            Estate estate = included(); // takeover 2026-01-10, filed 2026-01-20, included 2026-02-01, all recorded 2026-03-02

            assertThat(estate.statusOn(LocalDate.of(2026, 1, 9))).isEqualTo(EstateStatus.REGISTERED);
            assertThat(estate.statusOn(LocalDate.of(2026, 1, 10))).isEqualTo(EstateStatus.TAKEOVER_ACCEPTED);
            assertThat(estate.statusOn(LocalDate.of(2026, 1, 20))).isEqualTo(EstateStatus.FILED);
            assertThat(estate.statusOn(LocalDate.of(2026, 2, 1))).isEqualTo(EstateStatus.INCLUDED);

            Estate outside = filed(ELIGIBLE);
            outside.decideNotToInclude(LocalDate.of(2026, 2, 10), "r", BUREAU, NOW);
            assertThat(outside.statusOn(LocalDate.of(2026, 2, 9))).isEqualTo(EstateStatus.FILED);
            assertThat(outside.statusOn(LocalDate.of(2026, 2, 10))).isEqualTo(EstateStatus.NOT_INCLUDED);
            assertThat(outside.status()).isEqualTo(EstateStatus.NOT_INCLUDED);
        }

        @Test
        @DisplayName("R-EXIT-2: the exit is recorded and its event carries the effective date at decision time")
        void decisionAndEventAreRecordedWhenMade() {
            Estate estate = included();
            long revision = estate.revision();

            estate.exit(ExitReason.MARKET_OPERATION, EXIT_DAY, BUREAU, NOW);

            assertThat(estate.revision()).isGreaterThan(revision);
            assertThat(lastEvent(estate).type()).isEqualTo(EstateEvents.EXITED.type());
            assertThat(lastEvent(estate).time()).isEqualTo(NOW);
            assertThat(EventJson.read(lastEvent(estate).payload(), EstateExited.class).effectiveDate()).isEqualTo(EXIT_DAY);
            HistoryEntry<EstateStatus> entry = estate.history().get(estate.history().size() - 1);
            assertThat(entry.action()).isEqualTo("exited");
            assertThat(entry.recordedAt()).isEqualTo(NOW);
            assertThat(entry.effectiveOn()).isEqualTo(EXIT_DAY);
            assertThat(entry.toStatus()).isEqualTo(EstateStatus.EXITED);
        }

        @Test
        @DisplayName("R-EXIT-2: bringing an estate up to a day changes no decision: the revision stays")
        void bringingUpToADayIsNoDecision() {
            Estate estate = included();
            estate.exit(ExitReason.DEMOLITION, EXIT_DAY, BUREAU, NOW);
            long revision = estate.revision();
            int events = estate.pendingEvents().size();

            estate.bringUpTo(EXIT_DAY);
            estate.bringUpTo(EXIT_DAY);

            assertThat(estate.revision()).isEqualTo(revision);
            assertThat(estate.pendingEvents()).hasSize(events);
        }

        @Test
        @DisplayName("R-EXIT-1: until a scheduled exit takes effect the estate is still served; from its day it is closed")
        void estateIsServedUntilTheExitDay() {
            Estate estate = included();
            estate.exit(ExitReason.DEMOLITION, EXIT_DAY, BUREAU, NOW);

            estate.changeDetails(details(ELIGIBLE, "chunhua"), BUREAU, NOW);
            estate.appointCommittee(Committee.actingResidentsCommittee(), BUREAU, NOW);
            estate.nameMaintenance(new Maintenance("消防维保中心", null, LocalDate.of(2028, 2, 29)), BUREAU, NOW);

            var onTheDay = EXIT_DAY.atStartOfDay(BusinessDates.ZONE).toInstant();
            assertThatThrownBy(() -> estate.changeDetails(details(ELIGIBLE, "chunhua"), BUREAU, onTheDay))
                    .isInstanceOfSatisfying(StateConflictException.class, e -> assertThat(e.currentState()).isEqualTo("EXITED"));
        }

        @Test
        @DisplayName("R-EXIT-1: a decided exit is not decided twice, even before it takes effect")
        void scheduledExitIsNotDecidedTwice() {
            Estate estate = included();
            estate.exit(ExitReason.DEMOLITION, EXIT_DAY, BUREAU, NOW);

            assertThatThrownBy(() -> estate.exit(ExitReason.DEMOLITION, EXIT_DAY.plusDays(1), BUREAU, NOW))
                    .isInstanceOfSatisfying(StateConflictException.class,
                            e -> assertThat(e.currentState()).isEqualTo(Estate.EXIT_SCHEDULED));
        }

        @Test
        @DisplayName("R-EXIT-1: an exit can be scheduled at most one year ahead; the last possible day is allowed")
        void exitHorizonIsOneYear() {
            refusal(() -> included().exit(ExitReason.DEMOLITION, TODAY.plusYears(1).plusDays(1), BUREAU, NOW))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-EXIT-1", "too-far-ahead", "effectiveDate"));

            Estate estate = included();
            estate.exit(ExitReason.DEMOLITION, TODAY.plusYears(1), BUREAU, NOW);
            assertThat(estate.statusOn(TODAY.plusYears(1))).isEqualTo(EstateStatus.EXITED);
        }

        @Test
        @DisplayName("R-EXIT-1, R-EXIT-2: an exit dated in the past (not before inclusion) takes effect at once")
        void pastExitTakesEffectAtOnce() {
            Estate estate = included();

            estate.exit(ExitReason.DEMOLITION, LocalDate.of(2026, 2, 15), BUREAU, NOW);

            assertThat(estate.status()).isEqualTo(EstateStatus.EXITED);
            assertThat(estate.scheduledChanges()).isEmpty();
        }
    }

    @Nested
    class CalendarEdges {

        final LocalDate leapDay = LocalDate.of(2028, 2, 29);

        @Test
        @DisplayName("R-EXIT-1: an exit dated 2100-12-31 lies in the calendar but more than a year ahead, and is refused as such")
        void exitAtTheEndOfTheCalendarIsTooFarAhead() {
            refusal(() -> included().exit(ExitReason.DEMOLITION, BusinessDates.LATEST, BUREAU, NOW))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-EXIT-1", "too-far-ahead", "effectiveDate"));
        }

        @Test
        @DisplayName("R-EXIT-1, R-EXIT-2: an exit on 2028-02-29 decided a year ahead: INCLUDED on the 28th, EXITED from the 29th")
        void exitOnALeapDay() {
            Estate estate = included();

            estate.exit(ExitReason.MARKET_OPERATION, leapDay, BUREAU, EffectiveDatesPropertiesTest.morningOf(LocalDate.of(2027, 3, 1)));

            assertThat(estate.statusOn(LocalDate.of(2028, 2, 28))).isEqualTo(EstateStatus.INCLUDED);
            assertThat(estate.statusOn(leapDay)).isEqualTo(EstateStatus.EXITED);
            assertThat(estate.nextChangeOn()).contains(leapDay);
            estate.bringUpTo(LocalDate.of(2028, 2, 28));
            assertThat(estate.status()).isEqualTo(EstateStatus.INCLUDED);
            assertThat(estate.nextChangeOn()).contains(leapDay);
            estate.bringUpTo(leapDay);
            assertThat(estate.status()).isEqualTo(EstateStatus.EXITED);
            assertThat(estate.nextChangeOn()).isEmpty();
        }

        @Test
        @DisplayName("R-EXIT-1: the one-year horizon around a leap day: from 2027-02-28 the 29th is a day too far; from 2028-02-29 the last day is 2029-02-28")
        void horizonAroundALeapDay() {
            refusal(() -> included().exit(ExitReason.DEMOLITION, leapDay, BUREAU,
                    EffectiveDatesPropertiesTest.morningOf(LocalDate.of(2027, 2, 28))))
                    .extracting(Violation::condition).containsExactly("too-far-ahead");

            refusal(() -> included().exit(ExitReason.DEMOLITION, LocalDate.of(2029, 3, 1), BUREAU,
                    EffectiveDatesPropertiesTest.morningOf(leapDay)))
                    .extracting(Violation::condition).containsExactly("too-far-ahead");
            Estate estate = included();
            estate.exit(ExitReason.DEMOLITION, LocalDate.of(2029, 2, 28), BUREAU, EffectiveDatesPropertiesTest.morningOf(leapDay));
            assertThat(estate.statusOn(LocalDate.of(2029, 2, 28))).isEqualTo(EstateStatus.EXITED);
        }

        @Test
        @DisplayName("R-MODE-1: a mode from 1 January next year leaves 31 December in the old mode")
        void modeFromNewYearsDay() {
            Estate estate = included();
            LocalDate newYear = LocalDate.of(2027, 1, 1);

            estate.changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT, newYear, BUREAU, NOW);

            estate.bringUpTo(LocalDate.of(2026, 12, 31));
            assertThat(estate.managementMode()).contains(ManagementMode.SERVICE_COMPANY);
            assertThat(estate.nextChangeOn()).contains(newYear);
            estate.bringUpTo(newYear);
            assertThat(estate.managementMode()).contains(ManagementMode.OWNER_SELF_MANAGEMENT);
            assertThat(estate.status()).isEqualTo(EstateStatus.INCLUDED);
        }

        @Test
        @DisplayName("R-EXIT-1, R-EXIT-2: an exit effective on the inclusion day: EXITED from that day, the inclusion's mode kept")
        void exitOnTheInclusionDay() {
            Estate estate = included();
            LocalDate includedOn = LocalDate.of(2026, 2, 1);
            estate.changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT, LocalDate.of(2026, 9, 1), BUREAU, NOW);

            estate.exit(ExitReason.DEMOLITION, includedOn, BUREAU, NOW);

            assertThat(estate.statusOn(includedOn.minusDays(1))).isEqualTo(EstateStatus.FILED);
            assertThat(estate.statusOn(includedOn)).isEqualTo(EstateStatus.EXITED);
            assertThat(estate.status()).isEqualTo(EstateStatus.EXITED);
            assertThat(estate.modeHistory()).containsExactly(new ModeSpell(ManagementMode.SERVICE_COMPANY, includedOn));
            assertThat(estate.scheduledChanges()).isEmpty();
        }
    }

    @Nested
    class ScheduledMode {

        @Test
        @DisplayName("R-MODE-1: a mode decided ahead leaves the current mode in force until its day")
        void modeChangesOnItsDay() {
            Estate estate = included();
            LocalDate from = LocalDate.of(2027, 3, 1);

            estate.changeManagementMode(ManagementMode.RESIDENT_SELF_GOVERNANCE, from, BUREAU, NOW);

            assertThat(estate.managementMode()).contains(ManagementMode.SERVICE_COMPANY);
            assertThat(estate.managementModeOn(from.minusDays(1))).contains(ManagementMode.SERVICE_COMPANY);
            assertThat(estate.managementModeOn(from)).contains(ManagementMode.RESIDENT_SELF_GOVERNANCE);
            assertThat(estate.scheduledChanges()).containsExactly(new ScheduledChange(ScheduledChange.Kind.MANAGEMENT_MODE,
                    from, null, ManagementMode.RESIDENT_SELF_GOVERNANCE));
            assertThat(EventJson.read(lastEvent(estate).payload(), ManagementModeChanged.class).effectiveFrom()).isEqualTo(from);

            estate.bringUpTo(from);
            assertThat(estate.managementMode()).contains(ManagementMode.RESIDENT_SELF_GOVERNANCE);
            assertThat(estate.scheduledChanges()).isEmpty();
        }

        @Test
        @DisplayName("R-MODE-1: a mode starts after inclusion, before a decided exit, and at most one year ahead")
        void modeDatesAreBounded() {
            Estate estate = included();
            estate.exit(ExitReason.OWNER_SELF_MANAGEMENT, EXIT_DAY, BUREAU, NOW);

            refusal(() -> estate.changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT,
                    LocalDate.of(2026, 1, 31), BUREAU, NOW))
                    .extracting(Violation::condition).containsExactly("before-inclusion");
            refusal(() -> estate.changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT, EXIT_DAY, BUREAU, NOW))
                    .extracting(Violation::condition).containsExactly("on-or-after-exit");
            refusal(() -> included().changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT,
                    TODAY.plusYears(1).plusDays(1), BUREAU, NOW))
                    .extracting(Violation::rule, Violation::condition).containsExactly(tuple("R-MODE-1", "too-far-ahead"));

            estate.changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT, EXIT_DAY.minusDays(1), BUREAU, NOW);
            assertThat(estate.managementModeOn(EXIT_DAY.minusDays(1))).contains(ManagementMode.OWNER_SELF_MANAGEMENT);
        }

        @Test
        @DisplayName("R-MODE-1: a next mode starts after the last one decided, scheduled or in force")
        void nextModeFollowsTheScheduledOne() {
            Estate estate = included();
            estate.changeManagementMode(ManagementMode.RESIDENT_SELF_GOVERNANCE, LocalDate.of(2026, 9, 1), BUREAU, NOW);

            refusal(() -> estate.changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT,
                    LocalDate.of(2026, 8, 1), BUREAU, NOW))
                    .extracting(Violation::condition).containsExactly("not-after-current");
            estate.changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT, LocalDate.of(2026, 10, 1), BUREAU, NOW);
            assertThat(estate.scheduledChanges()).extracting(ScheduledChange::effectiveOn)
                    .containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1));
        }

        @Test
        @DisplayName("R-MODE-1: the mode is set by inclusion; an estate not in the scheme has no mode to change")
        void onlyAnEstateInTheSchemeChangesMode() {
            assertThatThrownBy(() -> filed(ELIGIBLE).changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT,
                    LocalDate.of(2026, 3, 1), BUREAU, NOW))
                    .isInstanceOfSatisfying(StateConflictException.class, e -> assertThat(e.currentState()).isEqualTo("FILED"));
        }

        @Test
        @DisplayName("R-MODE-1, R-EXIT-1: an exit before a scheduled mode drops that mode; it would never take effect")
        void exitDropsLaterModes() {
            Estate estate = included();
            estate.changeManagementMode(ManagementMode.RESIDENT_SELF_GOVERNANCE, LocalDate.of(2026, 9, 1), BUREAU, NOW);

            estate.exit(ExitReason.DEMOLITION, EXIT_DAY, BUREAU, NOW);

            assertThat(estate.modeHistory()).extracting(ModeSpell::mode).containsExactly(ManagementMode.SERVICE_COMPANY);
            assertThat(estate.scheduledChanges()).extracting(ScheduledChange::kind).containsExactly(ScheduledChange.Kind.EXIT);
            assertThat(estate.managementModeOn(LocalDate.of(2026, 10, 1))).contains(ManagementMode.SERVICE_COMPANY);
        }
    }

    @Nested
    class DatesThatCannotBeTrue {

        @Test
        @DisplayName("R-ELIG-1: renovation approval and acceptance are not after today, and acceptance is not before approval")
        void renovationDates() {
            Renovation future = new Renovation("津政批〔2026〕1号", TODAY.plusDays(1), AcceptanceResult.QUALIFIED,
                    TODAY.plusDays(2), true);
            refusal(() -> registered(future)).extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-ELIG-1", "in-the-future", "renovation.approvedOn"),
                            tuple("R-ELIG-1", "in-the-future", "renovation.acceptedOn"));

            Renovation backwards = new Renovation("津政批〔2025〕1号", LocalDate.of(2025, 6, 1), AcceptanceResult.QUALIFIED,
                    LocalDate.of(2025, 5, 31), true);
            refusal(() -> registered(backwards)).extracting(Violation::condition).containsExactly("accepted-before-approval");
        }

        @Test
        @DisplayName("R-TAKE-1: takeover acceptance is not after today and not before the renovation's acceptance; nothing changes on refusal")
        void takeoverDates() {
            Estate estate = registered(ELIGIBLE); // renovation accepted 2025-12-20
            long revision = estate.revision();

            refusal(() -> estate.acceptTakeover(LocalDate.of(2025, 12, 19), PASSED, BUREAU, INSPECTOR, NOW))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-TAKE-1", "takeover-before-renovation-acceptance", "acceptedOn"));
            refusal(() -> estate.acceptTakeover(TODAY.plusDays(1), PASSED, BUREAU, INSPECTOR, NOW))
                    .extracting(Violation::condition).containsExactly("in-the-future");

            assertThat(estate.status()).isEqualTo(EstateStatus.REGISTERED);
            assertThat(estate.revision()).isEqualTo(revision);
            assertThat(estate.history()).hasSize(1);
            estate.acceptTakeover(TODAY, PASSED, BUREAU, INSPECTOR, NOW); // today itself is fine
        }

        @Test
        @DisplayName("R-TAKE-1: filing and inclusion are not after today")
        void filingAndInclusionAreNotInTheFuture() {
            Estate taken = registered(ELIGIBLE);
            taken.acceptTakeover(LocalDate.of(2026, 1, 10), PASSED, BUREAU, INSPECTOR, NOW);
            refusal(() -> taken.file(TODAY.plusDays(1), BUREAU, NOW))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-TAKE-1", "in-the-future", "filedOn"));

            refusal(() -> filed(ELIGIBLE).include(TODAY.plusDays(1), ManagementMode.SERVICE_COMPANY, BUREAU, NOW))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-TAKE-1", "in-the-future", "includedOn"));
        }

        @Test
        @DisplayName("R-ELIG-1, R-TAKE-1: an inclusion refusal names the failed conditions and the date rule together")
        void inclusionNamesEveryProblem() {
            refusal(() -> filed(Renovation.UNKNOWN).include(LocalDate.of(2026, 1, 19),
                    ManagementMode.SERVICE_COMPANY, BUREAU, NOW))
                    .extracting(Violation::condition).containsExactly("municipal-approval", "accepted-as-qualified",
                            "municipal-subsidy", "included-before-filing");
        }

        @Test
        @DisplayName("R-ELIG-2: a decision not to include is not after today and not before the estate's last step")
        void nonInclusionDates() {
            Estate estate = filed(ELIGIBLE); // filed 2026-01-20

            refusal(() -> estate.decideNotToInclude(LocalDate.of(2026, 1, 19), "r", BUREAU, NOW))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple("R-ELIG-2", "before-last-step", "decidedOn"));
            refusal(() -> estate.decideNotToInclude(TODAY.plusDays(1), "r", BUREAU, NOW))
                    .extracting(Violation::condition).containsExactly("in-the-future");
            estate.decideNotToInclude(LocalDate.of(2026, 1, 20), "r", BUREAU, NOW);
            assertThat(estate.status()).isEqualTo(EstateStatus.NOT_INCLUDED);
        }

        @Test
        @DisplayName("DATE-RANGE: a date before 1949-10-01 or after 2100-12-31 is refused naming the field; the bounds are dates")
        void datesOutsideTheRange() {
            refusal(() -> registered(Renovation.UNKNOWN).acceptTakeover(LocalDate.of(1949, 9, 30), PASSED, BUREAU, INSPECTOR, NOW))
                    .extracting(Violation::rule, Violation::condition, Violation::about)
                    .containsExactly(tuple(BusinessDates.RANGE_RULE, "out-of-range", "acceptedOn"));
            refusal(() -> included().exit(ExitReason.DEMOLITION, LocalDate.of(2101, 1, 1), BUREAU, NOW))
                    .extracting(Violation::about).containsExactly("effectiveDate");
            refusal(() -> included().nameMaintenance(new Maintenance(null, null, LocalDate.of(2101, 1, 1)), BUREAU, NOW))
                    .extracting(Violation::about).containsExactly("sharedFacilityWarrantyEndsOn");
            Renovation ancient = new Renovation("x", LocalDate.of(1900, 1, 1), null, null, false);
            refusal(() -> registered(ancient)).extracting(Violation::about).containsExactly("renovation.approvedOn");

            registered(Renovation.UNKNOWN).acceptTakeover(BusinessDates.EARLIEST, PASSED, BUREAU, INSPECTOR, NOW);
            included().nameMaintenance(new Maintenance(null, null, BusinessDates.LATEST), BUREAU, NOW);
        }

        @Test
        @DisplayName("R-TAKE-1: changed renovation facts cannot put the renovation's acceptance after the takeover")
        void changedRenovationKeepsTheOrder() {
            Estate estate = filed(ELIGIBLE); // takeover 2026-01-10
            Renovation later = new Renovation("津政批〔2025〕88号", LocalDate.of(2025, 4, 1), AcceptanceResult.QUALIFIED,
                    LocalDate.of(2026, 1, 11), true);

            refusal(() -> estate.changeDetails(details(later, "chunhua"), BUREAU, NOW))
                    .extracting(Violation::condition, Violation::about)
                    .containsExactly(tuple("takeover-before-renovation-acceptance", "renovation.acceptedOn"));
        }

        @Test
        @DisplayName("R-MAINT-1: the shared-facility warranty does not end before the renovation's acceptance")
        void warrantyEndsAfterAcceptance() {
            refusal(() -> included().nameMaintenance(new Maintenance(null, null, LocalDate.of(2025, 12, 19)), BUREAU, NOW))
                    .extracting(Violation::rule, Violation::condition)
                    .containsExactly(tuple("R-MAINT-1", "warranty-ends-before-acceptance"));
        }
    }

    @Nested
    class Numbers {

        @Test
        void floorAreaRefusesAThirdDecimalAndAbsurdSizes() {
            assertThatThrownBy(() -> FloorArea.of("31250.505")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> FloorArea.of("5000000.01")).isInstanceOf(IllegalArgumentException.class);
            assertThat(FloorArea.of("5000000").squareMetres()).hasToString("5000000.00");
            assertThat(FloorArea.of("0.010").squareMetres()).hasToString("0.01");
        }

        @Test
        void countsHaveSaneBounds() {
            assertThatThrownBy(() -> new EstateDetails("n", "s", "c", "a", null, 1001, 480, FloorArea.of("1"), null, null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new EstateDetails("n", "s", "c", "a", null, 12, 100001, FloorArea.of("1"), null, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
