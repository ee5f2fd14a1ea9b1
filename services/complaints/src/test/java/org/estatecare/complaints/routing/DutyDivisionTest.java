package org.estatecare.complaints.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DutyDivisionTest {

    static final DutyDecisionText SHIPPED = ShippedRoutingTable.decision();
    static final Instant NOW = Instant.parse("2026-12-31T04:00:00Z");
    static final LocalDate NEW_YEARS_EVE = LocalDate.of(2026, 12, 31);

    static DutyDivision shipped() {
        return DutyDivision.startingWith("hedong", SHIPPED.version(), SHIPPED.effectiveFrom(), SHIPPED.reference(),
                SHIPPED.note(), SHIPPED.steps(), "imported", NOW);
    }

    /** The shipped chains, stacked items going to city management instead of housing. */
    static Map<Category, List<Step>> stackedItemsToCityManagement() {
        Map<Category, List<Step>> chains = new EnumMap<>(SHIPPED.steps());
        chains.put(Category.STACKED_ITEMS, List.of(Step.of(HandlerKind.STREET_OFFICE, null, Deadline.workingDays(1),
                Deadline.workingDays(5)), Step.of(HandlerKind.DEPARTMENT, "city-management", Deadline.workingDays(2),
                Deadline.workingDays(10))));
        return chains;
    }

    static String departmentOn(DutyDivision division, LocalDate day) {
        return RoutingTableTest.departmentFor(division.tableOn(day), Category.STACKED_ITEMS);
    }

    @Test
    @DisplayName("R-DUTY-1: a complaint routes by the decision in force on its filing day; a new one takes over from its own day, across a year end")
    void decisionsTakeOverOnTheirDay() {
        DutyDivision division = shipped();
        division.decide("2027-1", LocalDate.of(2027, 1, 1), "河东民政〔2026〕12号", null, stackedItemsToCityManagement(),
                "district-admin", NEW_YEARS_EVE, NOW);

        assertThat(departmentOn(division, NEW_YEARS_EVE)).isEqualTo("housing");
        assertThat(departmentOn(division, LocalDate.of(2027, 1, 1))).isEqualTo("city-management");
        assertThat(division.tableOn(LocalDate.of(2027, 1, 1)).version()).isEqualTo("2027-1");
        assertThat(division.tableOn(LocalDate.of(2016, 2, 29)).version()).as("the imported decision covers the past").isEqualTo("2026-2");

        var decision = division.find("2027-1").orElseThrow();
        assertThat(decision.decidedBy()).isEqualTo("district-admin");
        assertThat(decision.recordedAt()).isEqualTo(NOW);
        assertThat(division.standingOf(decision, NEW_YEARS_EVE)).isEqualTo(DutyDecision.Standing.SCHEDULED);
        assertThat(division.standingOf(decision, LocalDate.of(2027, 1, 1))).isEqualTo(DutyDecision.Standing.IN_FORCE);
        assertThat(division.standingOf(division.find("2026-2").orElseThrow(), LocalDate.of(2027, 1, 1)))
                .isEqualTo(DutyDecision.Standing.SUPERSEDED);
        assertThat(division.decisions()).extracting(DutyDecision::version).as("newest recorded first").containsExactly("2027-1", "2026-2");
    }

    @Test
    @DisplayName("R-DUTY-1: a decision is dated from tomorrow at the earliest and at most a year ahead; a day begun is never re-divided")
    void decisionsAreDatedAhead() {
        DutyDivision division = shipped();
        var chains = stackedItemsToCityManagement();
        assertThatThrownBy(() -> division.decide("x1", NEW_YEARS_EVE, "ref", null, chains, "a", NEW_YEARS_EVE, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations().get(0).condition())
                        .isEqualTo("effective-not-ahead"));
        assertThatThrownBy(() -> division.decide("x2", LocalDate.of(2026, 6, 1), "ref", null, chains, "a", NEW_YEARS_EVE, NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> division.decide("x3", LocalDate.of(2028, 1, 1), "ref", null, chains, "a", NEW_YEARS_EVE, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations().get(0).condition())
                        .isEqualTo("effective-too-far"));
        division.decide("x4", LocalDate.of(2027, 12, 31), "ref", null, chains, "a", NEW_YEARS_EVE, NOW);
        assertThat(division.decisions()).hasSize(2);
    }

    @Test
    @DisplayName("R-DUTY-1: a decision leaving a kind of complaint to nobody is refused, naming each; no two decisions share a version or a day")
    void incompleteOrClashingDecisionsAreRefused() {
        DutyDivision division = shipped();
        Map<Category, List<Step>> partial = new EnumMap<>(stackedItemsToCityManagement());
        partial.remove(Category.PATH_REPAIR);
        partial.remove(Category.GROUND_LOCK);
        assertThatThrownBy(() -> division.decide("2027-1", LocalDate.of(2027, 1, 1), "ref", null, partial, "a", NEW_YEARS_EVE, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.about()).containsExactlyInAnyOrder("chains.PATH_REPAIR", "chains.GROUND_LOCK"));

        division.decide("2027-1", LocalDate.of(2027, 1, 1), "ref", null, stackedItemsToCityManagement(), "a", NEW_YEARS_EVE, NOW);
        assertThatThrownBy(() -> division.decide("2027-1", LocalDate.of(2027, 2, 1), "ref", null, SHIPPED.steps(), "a", NEW_YEARS_EVE, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> division.decide("2027-2", LocalDate.of(2027, 1, 1), "ref", null, SHIPPED.steps(), "a", NEW_YEARS_EVE, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations().get(0).condition())
                        .isEqualTo("effective-day-taken"));
        assertThat(division.decisions()).hasSize(2);
    }

    @Test
    @DisplayName("R-DUTY-1: a decision not in force yet can be revoked, with the reason, and the one before stays in force; one in force cannot")
    void onlyScheduledDecisionsAreRevoked() {
        DutyDivision division = shipped();
        division.decide("2027-1", LocalDate.of(2027, 1, 1), "ref", null, stackedItemsToCityManagement(), "a", NEW_YEARS_EVE, NOW);
        var revoked = division.revoke("2027-1", "区政府会议改期", "district-admin", NEW_YEARS_EVE, NOW);
        assertThat(revoked.revoked().reason()).isEqualTo("区政府会议改期");
        assertThat(departmentOn(division, LocalDate.of(2027, 1, 1))).isEqualTo("housing");
        assertThat(division.standingOf(revoked, LocalDate.of(2027, 1, 1))).isEqualTo(DutyDecision.Standing.REVOKED);
        assertThatThrownBy(() -> division.revoke("2027-1", "again", "a", NEW_YEARS_EVE, NOW)).isInstanceOf(StateConflictException.class);

        division.decide("2027-2", LocalDate.of(2027, 1, 1), "ref", null, stackedItemsToCityManagement(), "a", NEW_YEARS_EVE, NOW);
        assertThat(departmentOn(division, LocalDate.of(2027, 1, 1))).as("the day is free again").isEqualTo("city-management");
        assertThatThrownBy(() -> division.revoke("2027-2", "too late", "a", LocalDate.of(2027, 1, 1), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations().get(0).condition())
                        .isEqualTo("in-force-not-revocable"));
        assertThatThrownBy(() -> division.revoke("2026-2", "imported", "a", NEW_YEARS_EVE, NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("R-DUTY-1: a step as written is read, or refused naming where it is")
    void stepsAreReadOrRefusedWhereTheyAre() {
        var chains = new EnumMap<Category, List<DutyDecisionText.StepText>>(Category.class);
        chains.put(Category.OTHER, List.of(new DutyDecisionText.StepText(HandlerKind.STREET_OFFICE, null, "1 working day", "PT24H", null)));
        assertThatThrownBy(() -> new DutyDecisionText("v", LocalDate.of(2027, 1, 1), "ref", null, chains).steps())
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations().get(0).about()).isEqualTo("chains.OTHER[0]"));
        chains.put(Category.OTHER, List.of(new DutyDecisionText.StepText(HandlerKind.DEPARTMENT, "housing", "2 working days", "10 working days", null)));
        assertThat(new DutyDecisionText("v", LocalDate.of(2027, 1, 1), "ref", null, chains).steps().get(Category.OTHER))
                .extracting(Step::department, Step::resolve).containsExactly(org.assertj.core.groups.Tuple.tuple("housing", Deadline.workingDays(10)));
    }
}
