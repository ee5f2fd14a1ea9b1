package org.estatecare.complaints.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The shipped Hedong table, read from application.yml exactly as the service binds it. */
class RoutingTableTest {

    static final RoutingTable HEDONG = ShippedRoutingTable.hedong();
    static final RoutingTable.Circumstances SERVED = RoutingTable.Circumstances.SERVED;
    static final RoutingTable.Circumstances OUTSIDE = new RoutingTable.Circumstances(false, false, false);
    static final RoutingTable.Circumstances NO_COMPANY = new RoutingTable.Circumstances(true, false, false);
    static final RoutingTable.Circumstances PETITION = new RoutingTable.Circumstances(true, true, true);

    @Test
    @DisplayName("R-CMP-2, R-CMP-3, R-CMP-4: a violation is dissuaded by the company, then the residents' committee, then the street office, then the department")
    void violationsEscalateFromDissuasionToTheDepartment() {
        assertThat(HEDONG.chainFor(Category.GROUND_LOCK, SERVED)).extracting(Step::kind, Step::department).containsExactly(
                tuple(HandlerKind.SERVICE_COMPANY, null), tuple(HandlerKind.RESIDENTS_COMMITTEE, null),
                tuple(HandlerKind.STREET_OFFICE, null), tuple(HandlerKind.DEPARTMENT, "city-management"));
        assertThat(HEDONG.chainFor(Category.STACKED_ITEMS, SERVED).get(3).department()).isEqualTo("housing");
    }

    @Test
    @DisplayName("R-CMP-5: a blocked fire lane goes straight to the street office, with deadlines in clock hours")
    void fireLanesGoStraightToTheStreetOffice() {
        Step first = HEDONG.chainFor(Category.BLOCKED_FIRE_LANE, SERVED).get(0);

        assertThat(first.kind()).isEqualTo(HandlerKind.STREET_OFFICE);
        assertThat(first.acknowledge()).isEqualTo(Deadline.hours(1));
        assertThat(first.resolve()).isEqualTo(Deadline.hours(24));
        assertThat(HEDONG.chainFor(Category.BLOCKED_FIRE_LANE, SERVED).get(1).resolve().inHours()).isTrue();
    }

    @Test
    @DisplayName("R-CMP-2: the company step of the five violations informs the residents' committee; other steps inform nobody")
    void violationsInformTheResidentsCommitteeAtOnce() {
        for (Category violation : List.of(Category.ILLEGAL_BUILDING, Category.ENCLOSED_PUBLIC_SPACE, Category.GROUND_LOCK,
                Category.STACKED_ITEMS, Category.SMALL_ADS)) {
            Step first = HEDONG.chainFor(violation, SERVED).get(0);
            assertThat(first.kind()).as(violation.name()).isEqualTo(HandlerKind.SERVICE_COMPANY);
            assertThat(first.informs()).as(violation.name()).isEqualTo(HandlerKind.RESIDENTS_COMMITTEE);
        }
        assertThat(HEDONG.chainFor(Category.SERVICE_CLEANING, SERVED).get(0).informs()).isNull();
        assertThat(HEDONG.chainFor(Category.GROUND_LOCK, OUTSIDE)).allSatisfy(step -> assertThat(step.informs()).isNull());
    }

    @Test
    @DisplayName("R-ELIG-2, R-CMP-3: in the scheme but with no company serving that day, the company step drops out and the next handler takes it")
    void withoutACompanyTheNextHandlerTakesIt() {
        assertThat(HEDONG.chainFor(Category.GROUND_LOCK, NO_COMPANY)).extracting(Step::kind).containsExactly(
                HandlerKind.RESIDENTS_COMMITTEE, HandlerKind.STREET_OFFICE, HandlerKind.DEPARTMENT);
        assertThat(HEDONG.chainFor(Category.SERVICE_CLEANING, NO_COMPANY)).extracting(Step::kind)
                .containsExactly(HandlerKind.STREET_OFFICE);
        assertThat(HEDONG.chainFor(Category.ABANDONED_VEHICLE, NO_COMPANY)).extracting(Step::kind)
                .containsExactly(HandlerKind.STREET_OFFICE, HandlerKind.DEPARTMENT);
        for (Category category : Category.values()) {
            assertThat(HEDONG.chainFor(category, NO_COMPANY)).as(category.name()).isNotEmpty()
                    .noneMatch(step -> step.kind() == HandlerKind.SERVICE_COMPANY);
        }
    }

    @Test
    @DisplayName("R-CMP-1: a petition by letter or visit starts at the street office, whatever the category")
    void petitionsStartAtTheStreetOffice() {
        assertThat(HEDONG.chainFor(Category.GROUND_LOCK, PETITION)).extracting(Step::kind)
                .containsExactly(HandlerKind.STREET_OFFICE, HandlerKind.DEPARTMENT);
        for (Category category : Category.values()) {
            assertThat(HEDONG.chainFor(category, PETITION).get(0).kind()).as(category.name()).isEqualTo(HandlerKind.STREET_OFFICE);
            assertThat(HEDONG.chainFor(category, new RoutingTable.Circumstances(false, false, true)).get(0).kind())
                    .as(category.name()).isEqualTo(HandlerKind.STREET_OFFICE);
        }
    }

    @Test
    @DisplayName("R-CMP-5: deadlines read as hours or working days, and a step never mixes them")
    void deadlinesReadAsHoursOrWorkingDays() {
        assertThat(Deadline.valueOf("PT24H")).isEqualTo(Deadline.hours(24));
        assertThat(Deadline.valueOf("1 hour")).isEqualTo(Deadline.hours(1));
        assertThat(Deadline.valueOf("24h")).isEqualTo(Deadline.hours(24));
        assertThat(Deadline.valueOf("2 working days")).isEqualTo(Deadline.workingDays(2));
        assertThat(Deadline.valueOf("1 working day").toString()).isEqualTo("1 working day");
        assertThatThrownBy(() -> Deadline.valueOf("2 days")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deadline.valueOf("PT30M")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Deadline.valueOf("-1 hours")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Step.of(HandlerKind.STREET_OFFICE, null, Deadline.hours(1), Deadline.workingDays(1)))
                .hasMessageContaining("both");
    }

    @Test
    @DisplayName("R-AGR-5: the company clears abandoned vehicles first; R-MAINT-1, R-MAINT-2: a repair with no unit to do it goes to the street office, "
            + "paths to municipal roads and street lights to street lighting after it")
    void abandonedVehiclesAndRepairs() {
        assertThat(HEDONG.chainFor(Category.ABANDONED_VEHICLE, SERVED)).extracting(Step::kind, Step::department).containsExactly(
                tuple(HandlerKind.SERVICE_COMPANY, null), tuple(HandlerKind.STREET_OFFICE, null),
                tuple(HandlerKind.DEPARTMENT, "public-security"));
        assertThat(HEDONG.chainFor(Category.FACILITY_REPAIR, SERVED)).extracting(Step::kind, Step::department)
                .containsExactly(tuple(HandlerKind.STREET_OFFICE, null), tuple(HandlerKind.DEPARTMENT, "housing"));
        assertThat(HEDONG.chainFor(Category.PATH_REPAIR, SERVED)).extracting(Step::kind, Step::department)
                .containsExactly(tuple(HandlerKind.STREET_OFFICE, null), tuple(HandlerKind.DEPARTMENT, "municipal-roads"));
        assertThat(HEDONG.chainFor(Category.STREET_LIGHT, SERVED)).extracting(Step::kind, Step::department)
                .containsExactly(tuple(HandlerKind.STREET_OFFICE, null), tuple(HandlerKind.DEPARTMENT, "street-lighting"));
    }

    @Test
    @DisplayName("R-MAINT-1, R-MAINT-2: a repair with a unit to do it (under warranty, or named) goes to that unit first, as the street office's step "
            + "with its deadlines, and on to the next handler when the unit does not resolve it")
    void aRepairGoesFirstToItsUnit() {
        var withUnit = new RoutingTable.Circumstances(true, true, false, "津安电梯维保有限公司");
        List<Step> chain = HEDONG.chainFor(Category.FACILITY_REPAIR, withUnit);
        assertThat(chain).extracting(Step::kind, Step::department, Step::unit).containsExactly(
                tuple(HandlerKind.STREET_OFFICE, null, "津安电梯维保有限公司"), tuple(HandlerKind.DEPARTMENT, "housing", null));
        assertThat(chain.get(0).resolve()).isEqualTo(HEDONG.chainFor(Category.FACILITY_REPAIR, SERVED).get(0).resolve());
        assertThat(HEDONG.chainFor(Category.STREET_LIGHT, withUnit).get(0).unit()).isEqualTo("津安电梯维保有限公司");
        assertThat(HEDONG.chainFor(Category.SERVICE_CLEANING, withUnit)).as("no repair: the unit is nobody's business")
                .extracting(Step::unit).containsOnlyNulls();

        Map<Category, List<Step>> companyFirst = new EnumMap<>(Category.class);
        companyFirst.put(Category.OTHER, HEDONG.chainFor(Category.OTHER, SERVED));
        companyFirst.put(Category.FACILITY_REPAIR, List.of(Step.of(HandlerKind.SERVICE_COMPANY, null, Deadline.workingDays(1),
                Deadline.workingDays(3)), Step.of(HandlerKind.STREET_OFFICE, null, Deadline.workingDays(1), Deadline.workingDays(10))));
        assertThat(new RoutingTable("hedong", "x", companyFirst).chainFor(Category.FACILITY_REPAIR, withUnit))
                .as("the unit comes before the company, with the street office's deadlines")
                .extracting(Step::kind, Step::unit, Step::resolve).containsExactly(
                        tuple(HandlerKind.STREET_OFFICE, "津安电梯维保有限公司", Deadline.workingDays(10)),
                        tuple(HandlerKind.SERVICE_COMPANY, null, Deadline.workingDays(3)));
        assertThatThrownBy(() -> new Step(HandlerKind.SERVICE_COMPANY, null, Deadline.workingDays(1), Deadline.workingDays(3), null, "某单位"))
                .as("a unit carries out the street office's step only").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void serviceQualityGoesToTheCompanyThenTheStreetOffice() {
        assertThat(HEDONG.chainFor(Category.SERVICE_CLEANING, SERVED)).extracting(Step::kind)
                .containsExactly(HandlerKind.SERVICE_COMPANY, HandlerKind.STREET_OFFICE);
    }

    @Test
    @DisplayName("R-ELIG-2: on an estate outside the scheme the street office comes first and the company drops out")
    void outsideTheSchemeTheStreetOfficeComesFirst() {
        assertThat(HEDONG.chainFor(Category.GROUND_LOCK, OUTSIDE)).extracting(Step::kind, Step::department).containsExactly(
                tuple(HandlerKind.STREET_OFFICE, null), tuple(HandlerKind.DEPARTMENT, "city-management"));
        assertThat(HEDONG.chainFor(Category.SERVICE_PARKING, OUTSIDE)).extracting(Step::kind)
                .containsExactly(HandlerKind.STREET_OFFICE);
    }

    @Test
    void everyCategoryHasAChainAndTheTableSaysWhichVersionItIs() {
        assertThat(HEDONG.district()).isEqualTo("hedong");
        assertThat(HEDONG.version()).isEqualTo("2026-2");
        for (Category category : Category.values()) {
            assertThat(HEDONG.chainFor(category, SERVED)).as(category.name()).isNotEmpty();
            assertThat(HEDONG.chainFor(category, OUTSIDE).get(0).kind()).as(category.name()).isEqualTo(HandlerKind.STREET_OFFICE);
        }
    }

    @Test
    @DisplayName("R-DUTY-1: a table without a chain for other complaints, or naming no department for a department step, is refused; "
            + "a category the decision did not know routes as other complaints")
    void aTableMissingACategoryOrWithABrokenStepIsRefused() {
        assertThatThrownBy(() -> new RoutingTable("hedong", "x",
                Map.of(Category.GROUND_LOCK, List.of(Step.of(HandlerKind.STREET_OFFICE, null, Deadline.workingDays(1),
                        Deadline.workingDays(10))))))
                .hasMessageContaining("no chain for OTHER");
        RoutingTable older = new RoutingTable("hedong", "2020-1", Map.of(Category.OTHER, List.of(Step.of(HandlerKind.STREET_OFFICE,
                null, Deadline.workingDays(1), Deadline.workingDays(7)))));
        assertThat(older.chainFor(Category.STREET_LIGHT, SERVED)).extracting(Step::resolve).containsExactly(Deadline.workingDays(7));
        assertThat(RoutingTable.missingCategories(Map.of(Category.OTHER, List.of()))).contains(Category.OTHER, Category.PATH_REPAIR);
        assertThatThrownBy(() -> Step.of(HandlerKind.DEPARTMENT, null, Deadline.workingDays(1), Deadline.workingDays(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Step.of(HandlerKind.STREET_OFFICE, null, Deadline.workingDays(3), Deadline.workingDays(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-DUTY-1: a complaint reaches the department the district's table names for its kind, whatever that division is")
    void theDistrictsDivisionOfDutiesDecidesTheDepartment() {
        assertThat(departmentFor(HEDONG, Category.ILLEGAL_BUILDING)).isEqualTo("city-management");
        assertThat(departmentFor(HEDONG, Category.STACKED_ITEMS)).isEqualTo("housing");
        assertThat(departmentFor(HEDONG, Category.BLOCKED_FIRE_LANE)).isEqualTo("fire-rescue");
        assertThat(departmentFor(HEDONG, Category.ABANDONED_VEHICLE)).isEqualTo("public-security");

        Map<Category, List<Step>> chains = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            chains.put(category, HEDONG.chainFor(category, SERVED));
        }
        chains.put(Category.STACKED_ITEMS, List.of(Step.of(HandlerKind.STREET_OFFICE, null, Deadline.workingDays(1),
                Deadline.workingDays(5)), Step.of(HandlerKind.DEPARTMENT, "city-management", Deadline.workingDays(2),
                Deadline.workingDays(10))));
        RoutingTable redivided = new RoutingTable("hedong", "2027-1", chains);
        assertThat(departmentFor(redivided, Category.STACKED_ITEMS)).isEqualTo("city-management");
        assertThat(departmentFor(redivided, Category.ABANDONED_VEHICLE)).isEqualTo("public-security");
    }

    static String departmentFor(RoutingTable table, Category category) {
        return table.chainFor(category, SERVED).stream().filter(step -> step.kind() == HandlerKind.DEPARTMENT)
                .map(Step::department).findFirst().orElseThrow();
    }
}
