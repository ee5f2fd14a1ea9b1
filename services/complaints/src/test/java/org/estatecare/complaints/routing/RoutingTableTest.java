package org.estatecare.complaints.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shipped Hedong table, read from application.yml exactly as the service binds it. */
class RoutingTableTest {

    static final RoutingTable HEDONG = ShippedRoutingTable.hedong();

    @Test
    @DisplayName("R-CMP-2, R-CMP-3, R-CMP-4: a violation is dissuaded by the company, then the residents' committee, then the street office, then the department")
    void violationsEscalateFromDissuasionToTheDepartment() {
        assertThat(HEDONG.chainFor(Category.GROUND_LOCK, true)).extracting(Step::kind, Step::department).containsExactly(
                tuple(HandlerKind.SERVICE_COMPANY, null), tuple(HandlerKind.RESIDENTS_COMMITTEE, null),
                tuple(HandlerKind.STREET_OFFICE, null), tuple(HandlerKind.DEPARTMENT, "city-management"));
        assertThat(HEDONG.chainFor(Category.STACKED_ITEMS, true).get(3).department()).isEqualTo("housing");
    }

    @Test
    @DisplayName("R-CMP-5: a blocked fire lane goes straight to the street office, to be cleared within a working day")
    void fireLanesGoStraightToTheStreetOffice() {
        Step first = HEDONG.chainFor(Category.BLOCKED_FIRE_LANE, true).get(0);

        assertThat(first.kind()).isEqualTo(HandlerKind.STREET_OFFICE);
        assertThat(first.resolveWorkingDays()).isEqualTo(1);
        assertThat(first.acknowledgeWorkingDays()).isZero();
    }

    @Test
    @DisplayName("R-AGR-5: the company clears abandoned vehicles first; R-MAINT-1: repairs reach the street office after the company")
    void abandonedVehiclesAndRepairs() {
        assertThat(HEDONG.chainFor(Category.ABANDONED_VEHICLE, true)).extracting(Step::kind, Step::department).containsExactly(
                tuple(HandlerKind.SERVICE_COMPANY, null), tuple(HandlerKind.STREET_OFFICE, null),
                tuple(HandlerKind.DEPARTMENT, "public-security"));
        assertThat(HEDONG.chainFor(Category.FACILITY_REPAIR, true)).extracting(Step::kind)
                .containsExactly(HandlerKind.SERVICE_COMPANY, HandlerKind.STREET_OFFICE);
    }

    @Test
    void serviceQualityGoesToTheCompanyThenTheStreetOffice() {
        assertThat(HEDONG.chainFor(Category.SERVICE_CLEANING, true)).extracting(Step::kind)
                .containsExactly(HandlerKind.SERVICE_COMPANY, HandlerKind.STREET_OFFICE);
    }

    @Test
    @DisplayName("R-ELIG-2: on an estate outside the scheme the street office comes first and the company drops out")
    void outsideTheSchemeTheStreetOfficeComesFirst() {
        assertThat(HEDONG.chainFor(Category.GROUND_LOCK, false)).extracting(Step::kind, Step::department).containsExactly(
                tuple(HandlerKind.STREET_OFFICE, null), tuple(HandlerKind.DEPARTMENT, "city-management"));
        assertThat(HEDONG.chainFor(Category.SERVICE_PARKING, false)).extracting(Step::kind)
                .containsExactly(HandlerKind.STREET_OFFICE);
    }

    @Test
    void everyCategoryHasAChainAndTheTableSaysWhichVersionItIs() {
        assertThat(HEDONG.district()).isEqualTo("hedong");
        assertThat(HEDONG.version()).isEqualTo("2026-1");
        for (Category category : Category.values()) {
            assertThat(HEDONG.chainFor(category, true)).as(category.name()).isNotEmpty();
            assertThat(HEDONG.chainFor(category, false).get(0).kind()).as(category.name()).isEqualTo(HandlerKind.STREET_OFFICE);
        }
    }

    @Test
    void aTableMissingACategoryOrWithABrokenStepIsRefused() {
        assertThatThrownBy(() -> new RoutingTable("hedong", "x",
                Map.of(Category.OTHER, List.of(new Step(HandlerKind.STREET_OFFICE, null, 1, 10)))))
                .hasMessageContaining("no chain for");
        assertThatThrownBy(() -> new Step(HandlerKind.DEPARTMENT, null, 1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Step(HandlerKind.STREET_OFFICE, null, 3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
