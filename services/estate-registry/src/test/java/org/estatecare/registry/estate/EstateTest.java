package org.estatecare.registry.estate;

import org.estatecare.events.ids.EstateId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ListAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.estatecare.events.EventJson;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.events.codes.SigningParty;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.ManagementCommitteeChanged;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StaleVersionException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.outbox.OutboxEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EstateTest {

    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final Decision BUREAU = new Decision("inspector", List.of("津民验〔2026〕12号"), "standard met");
    static final Recorder INSPECTOR = Recorder.inspector("inspector");
    /** Every item of the takeover standard passed, lifts not applicable. */
    static final List<ItemCheck> PASSED = java.util.Arrays.stream(TakeoverItem.values())
            .map(item -> new ItemCheck(item, item.whereApplicable() ? ItemResult.NOT_APPLICABLE : ItemResult.PASS, null)).toList();
    static final Renovation ELIGIBLE = new Renovation("津政批〔2025〕88号", LocalDate.of(2025, 4, 1),
            AcceptanceResult.QUALIFIED, LocalDate.of(2025, 12, 20), true);

    static Estate registered(Renovation renovation) {
        return Estate.register(new EstateId("e-1"), details(renovation, "chunhua"), BUREAU, NOW);
    }

    static EstateDetails details(Renovation renovation, String street) {
        return new EstateDetails("春华里", street, street + "-xinhua", "春华街1号", null, 12, 480,
                FloorArea.of("31250.5"), List.of(), renovation);
    }

    /** Registered → takeover 2026-01-10 → filed 2026-01-20. */
    static Estate filed(Renovation renovation) {
        Estate estate = registered(renovation);
        estate.acceptTakeover(LocalDate.of(2026, 1, 10), PASSED, BUREAU, INSPECTOR, NOW);
        estate.file(LocalDate.of(2026, 1, 20), BUREAU, NOW);
        return estate;
    }

    /** Included on 2026-02-01 in service-company mode. */
    static Estate included() {
        Estate estate = filed(ELIGIBLE);
        estate.include(LocalDate.of(2026, 2, 1), ManagementMode.SERVICE_COMPANY, BUREAU, NOW);
        return estate;
    }

    /** The violations a refused command names; fails unless it throws {@link RuleViolationException}. */
    static ListAssert<Violation> refusal(ThrowingCallable command) {
        Throwable thrown = catchThrowable(command);
        assertThat(thrown).isInstanceOf(RuleViolationException.class);
        return assertThat(((RuleViolationException) thrown).violations());
    }

    static OutboxEvent lastEvent(Estate estate) {
        List<OutboxEvent> events = estate.pendingEvents();
        return events.get(events.size() - 1);
    }

    @Nested
    class Inclusion {

        @Test
        @DisplayName("R-ELIG-1: an estate meeting all three conditions is included and says so in an event")
        void eligibleEstateIsIncluded() {
            Estate estate = included();

            assertThat(estate.status()).isEqualTo(EstateStatus.INCLUDED);
            assertThat(estate.includedOn()).contains(LocalDate.of(2026, 2, 1));
            OutboxEvent event = lastEvent(estate);
            assertThat(event.type()).isEqualTo(EstateEvents.INCLUDED.type());
            assertThat(EventJson.read(event.payload(), EstateIncluded.class)).isEqualTo(new EstateIncluded("e-1",
                    "chunhua", "chunhua-xinhua", LocalDate.of(2026, 2, 1), "SERVICE_COMPANY"));
        }

        @Test
        @DisplayName("R-ELIG-1: a refusal names every failed condition, and changes nothing")
        void refusalNamesEveryFailedCondition() {
            Estate estate = filed(Renovation.UNKNOWN);
            long revision = estate.revision();
            int events = estate.pendingEvents().size();

            assertThatThrownBy(() -> estate.include(LocalDate.of(2026, 2, 1), ManagementMode.SERVICE_COMPANY, BUREAU, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule, Violation::condition)
                            .containsExactly(tuple("R-ELIG-1", "municipal-approval"),
                                    tuple("R-ELIG-1", "accepted-as-qualified"), tuple("R-ELIG-1", "municipal-subsidy")));
            assertThat(estate.status()).isEqualTo(EstateStatus.FILED);
            assertThat(estate.revision()).isEqualTo(revision);
            assertThat(estate.pendingEvents()).hasSize(events);
        }

        @Test
        @DisplayName("R-ELIG-1: only the conditions that fail are named")
        void onlyFailingConditionsAreNamed() {
            Renovation unqualified = new Renovation("津政批〔2025〕88号", LocalDate.of(2025, 4, 1),
                    AcceptanceResult.UNQUALIFIED, LocalDate.of(2025, 12, 20), true);

            assertThat(Estate.eligibilityProblems(unqualified)).extracting(Violation::condition)
                    .containsExactly("accepted-as-qualified");
            assertThat(Estate.eligibilityProblems(ELIGIBLE)).isEmpty();
        }

        @Test
        @DisplayName("R-ELIG-1: an approval without its document number does not count")
        void approvalNeedsDocumentNumber() {
            Renovation noNumber = new Renovation(" ", LocalDate.of(2025, 4, 1), AcceptanceResult.QUALIFIED,
                    LocalDate.of(2025, 12, 20), true);

            assertThat(Estate.eligibilityProblems(noNumber)).extracting(Violation::condition)
                    .containsExactly("municipal-approval");
        }

        @Test
        @DisplayName("R-TAKE-1: inclusion before takeover acceptance and filing is a state conflict")
        void inclusionNeedsTakeoverAndFiling() {
            Estate estate = registered(ELIGIBLE);

            assertThatThrownBy(() -> estate.include(LocalDate.of(2026, 2, 1), ManagementMode.SERVICE_COMPANY, BUREAU, NOW))
                    .isInstanceOfSatisfying(StateConflictException.class,
                            e -> assertThat(e.currentState()).isEqualTo("REGISTERED"));
        }

        @Test
        @DisplayName("R-TAKE-1: each step is recorded with date, actor and documents, in order")
        void stepsAreRecordedInHistory() {
            Estate estate = included();

            assertThat(estate.history()).extracting(HistoryEntry::action, HistoryEntry::effectiveOn, HistoryEntry::toStatus)
                    .containsExactly(
                            tuple("registered", null, EstateStatus.REGISTERED),
                            tuple("takeover-accepted", LocalDate.of(2026, 1, 10), EstateStatus.TAKEOVER_ACCEPTED),
                            tuple("filed", LocalDate.of(2026, 1, 20), EstateStatus.FILED),
                            tuple("included", LocalDate.of(2026, 2, 1), EstateStatus.INCLUDED));
            assertThat(estate.history()).allSatisfy(entry -> {
                assertThat(entry.actor()).isEqualTo("inspector");
                assertThat(entry.documents()).containsExactly("津民验〔2026〕12号");
            });
        }

        @Test
        @DisplayName("R-TAKE-1: filing cannot predate the takeover acceptance, inclusion cannot predate filing")
        void datesFollowTheSteps() {
            Estate estate = registered(ELIGIBLE);
            estate.acceptTakeover(LocalDate.of(2026, 1, 10), PASSED, BUREAU, INSPECTOR, NOW);
            assertThatThrownBy(() -> estate.file(LocalDate.of(2026, 1, 9), BUREAU, NOW))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("before the takeover");

            estate.file(LocalDate.of(2026, 1, 10), BUREAU, NOW); // same day is fine
            assertThatThrownBy(() -> estate.include(LocalDate.of(2026, 1, 9), ManagementMode.SERVICE_COMPANY, BUREAU, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::condition).containsExactly("included-before-filing"));
        }
    }

    @Nested
    class NonInclusion {

        @Test
        @DisplayName("R-ELIG-2: an estate on its way in can stay outside the scheme")
        void pendingEstateCanStayOutside() {
            Estate estate = registered(Renovation.UNKNOWN);

            estate.decideNotToInclude(LocalDate.of(2026, 3, 1), "no municipal subsidy", BUREAU, NOW);

            assertThat(estate.status()).isEqualTo(EstateStatus.NOT_INCLUDED);
            assertThat(estate.notIncludedReason()).contains("no municipal subsidy");
            assertThat(lastEvent(estate).type()).isEqualTo(EstateEvents.NOT_INCLUDED.type());
        }

        @Test
        @DisplayName("R-ELIG-2: an included estate leaves only by exit, not by non-inclusion")
        void includedEstateCannotBeUnincluded() {
            Estate estate = included();

            assertThatThrownBy(() -> estate.decideNotToInclude(LocalDate.of(2026, 3, 1), "x", BUREAU, NOW))
                    .isInstanceOf(StateConflictException.class);
        }
    }

    @Nested
    class Exit {

        @Test
        @DisplayName("R-EXIT-1, R-EXIT-2: an exit on the inclusion day itself is allowed; the event carries the date subsidies stop")
        void exitOnTheInclusionDay() {
            Estate estate = included();

            estate.exit(ExitReason.DEMOLITION, LocalDate.of(2026, 2, 1), BUREAU, NOW);

            assertThat(estate.status()).isEqualTo(EstateStatus.EXITED);
            assertThat(estate.exitRecord()).contains(new ExitRecord(ExitReason.DEMOLITION, LocalDate.of(2026, 2, 1)));
            assertThat(EventJson.read(lastEvent(estate).payload(), EstateExited.class)).isEqualTo(
                    new EstateExited("e-1", "chunhua", "chunhua-xinhua", "DEMOLITION", LocalDate.of(2026, 2, 1)));
        }

        @Test
        @DisplayName("R-EXIT-1: the effective date cannot be before inclusion")
        void exitCannotPredateInclusion() {
            Estate estate = included();

            assertThatThrownBy(() -> estate.exit(ExitReason.MARKET_OPERATION, LocalDate.of(2026, 1, 31), BUREAU, NOW))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                            .extracting(Violation::rule, Violation::condition)
                            .containsExactly(tuple("R-EXIT-1", "effective-before-inclusion")));
            assertThat(estate.status()).isEqualTo(EstateStatus.INCLUDED);
        }

        @Test
        @DisplayName("R-EXIT-1: only an included estate can exit, and only once")
        void onlyIncludedEstatesExit() {
            assertThatThrownBy(() -> filed(ELIGIBLE).exit(ExitReason.DEMOLITION, LocalDate.of(2026, 2, 1), BUREAU, NOW))
                    .isInstanceOf(StateConflictException.class);
            Estate exited = included();
            exited.exit(ExitReason.OWNER_SELF_MANAGEMENT, LocalDate.of(2026, 6, 30), BUREAU, NOW);
            assertThatThrownBy(() -> exited.exit(ExitReason.DEMOLITION, LocalDate.of(2026, 7, 1), BUREAU, NOW))
                    .isInstanceOf(StateConflictException.class);
        }

        @Test
        @DisplayName("R-EXIT-1: an exited estate is closed for changes")
        void exitedEstateIsClosed() {
            Estate estate = included();
            estate.exit(ExitReason.DEMOLITION, LocalDate.of(2026, 2, 28), BUREAU, NOW);

            assertThatThrownBy(() -> estate.changeDetails(details(ELIGIBLE, "chunhua"), BUREAU, NOW))
                    .isInstanceOf(StateConflictException.class);
            assertThatThrownBy(() -> estate.changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT,
                    LocalDate.of(2026, 8, 1), BUREAU, NOW)).isInstanceOf(StateConflictException.class);
        }
    }

    @Nested
    class Mode {

        @Test
        @DisplayName("R-MODE-1: the mode is dated; the mode on a day is the one started last on or before it")
        void modeHistoryAnswersForAnyDay() {
            Estate estate = included();
            estate.changeManagementMode(ManagementMode.RESIDENT_SELF_GOVERNANCE, LocalDate.of(2026, 7, 1), BUREAU, NOW);

            assertThat(estate.managementModeOn(LocalDate.of(2026, 1, 31))).isEmpty();
            assertThat(estate.managementModeOn(LocalDate.of(2026, 6, 30))).contains(ManagementMode.SERVICE_COMPANY);
            assertThat(estate.managementModeOn(LocalDate.of(2026, 7, 1))).contains(ManagementMode.RESIDENT_SELF_GOVERNANCE);
            assertThat(estate.modeHistory()).containsExactly(
                    new ModeSpell(ManagementMode.SERVICE_COMPANY, LocalDate.of(2026, 2, 1)),
                    new ModeSpell(ManagementMode.RESIDENT_SELF_GOVERNANCE, LocalDate.of(2026, 7, 1)));
            assertThat(lastEvent(estate).type()).isEqualTo(EstateEvents.MANAGEMENT_MODE_CHANGED.type());
        }

        @Test
        @DisplayName("R-MODE-1: a new mode starts after the current one and differs from it")
        void newModeMustDifferAndFollow() {
            Estate estate = included();

            assertThatThrownBy(() -> estate.changeManagementMode(ManagementMode.SERVICE_COMPANY, LocalDate.of(2026, 9, 1), BUREAU, NOW))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("already managed");
            assertThatThrownBy(() -> estate.changeManagementMode(ManagementMode.OWNER_SELF_MANAGEMENT, LocalDate.of(2026, 2, 1), BUREAU, NOW))
                    .isInstanceOf(RuleViolationException.class).hasMessageContaining("must start after");
        }
    }

    @Nested
    class CommitteeAndMaintenance {

        @Test
        @DisplayName("R-COMM-1: the residents' committee acts until a management committee is appointed")
        void residentsCommitteeActsUntilACommitteeExists() {
            Estate estate = included();
            assertThat(estate.committee().signingParty()).isEqualTo(SigningParty.RESIDENTS_COMMITTEE);

            estate.appointCommittee(Committee.management(List.of(
                    new CommitteeMember("王建华", CommitteeCapacity.PROPERTY_OWNER),
                    new CommitteeMember("李秀英", CommitteeCapacity.RESIDENTS_COMMITTEE),
                    new CommitteeMember("赵志强", CommitteeCapacity.RESIDENT_REPRESENTATIVE))), BUREAU, NOW);

            assertThat(estate.committee().signingParty()).isEqualTo(SigningParty.MANAGEMENT_COMMITTEE);
            assertThat(EventJson.read(lastEvent(estate).payload(), ManagementCommitteeChanged.class))
                    .isEqualTo(new ManagementCommitteeChanged("e-1", "chunhua", "chunhua-xinhua", "MANAGEMENT_COMMITTEE", 3));
            assertThat(lastEvent(estate).payload()).doesNotContain("王建华");
        }

        @Test
        @DisplayName("R-COMM-1: the acting residents' committee is not given members; a member sits in a capacity")
        void committeeShape() {
            assertThatThrownBy(() -> new Committee(SigningParty.RESIDENTS_COMMITTEE,
                    List.of(new CommitteeMember("王建华", CommitteeCapacity.PROPERTY_OWNER))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new CommitteeMember("王建华", null)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        @DisplayName("R-MAINT-1: after the warranty's last day the street office maintains new public facilities")
        void streetOfficeMaintainsAfterWarranty() {
            Maintenance maintenance = new Maintenance("消防维保中心", "电梯公司", LocalDate.of(2028, 2, 29));

            assertThat(maintenance.streetOfficeMaintainsOn(LocalDate.of(2028, 2, 29))).isFalse();
            assertThat(maintenance.streetOfficeMaintainsOn(LocalDate.of(2028, 3, 1))).isTrue();
            assertThat(Maintenance.NOT_NAMED.streetOfficeMaintainsOn(LocalDate.of(2030, 1, 1))).isFalse();
        }
    }

    @Nested
    class VersionsAndEvents {

        @Test
        void eachEventTakesTheNextSequenceOfItsEstate() {
            Estate estate = included();
            estate.exit(ExitReason.DEMOLITION, LocalDate.of(2026, 6, 30), BUREAU, NOW);

            assertThat(estate.pendingEvents()).extracting(OutboxEvent::sequence).containsExactly(1L, 2L, 3L);
            assertThat(estate.pendingEvents()).extracting(OutboxEvent::subject).containsOnly("e-1");
            assertThat(estate.pendingEvents()).extracting(OutboxEvent::type).containsExactly(
                    EstateEvents.REGISTERED.type(), EstateEvents.INCLUDED.type(), EstateEvents.EXITED.type());
        }

        @Test
        void everyAcceptedCommandMovesTheRevision() {
            Estate estate = registered(ELIGIBLE);
            long first = estate.revision();
            estate.acceptTakeover(LocalDate.of(2026, 1, 10), PASSED, BUREAU, INSPECTOR, NOW);

            assertThat(estate.revision()).isGreaterThan(first);
            assertThatThrownBy(() -> estate.requireRevision(first)).isInstanceOf(StaleVersionException.class);
        }
    }

    @Test
    void floorAreaKeepsTwoDecimalsAndMustBePositive() {
        assertThat(FloorArea.of("31250.5").squareMetres()).hasToString("31250.50");
        assertThatThrownBy(() -> FloorArea.of("0")).isInstanceOf(IllegalArgumentException.class);
    }
}
