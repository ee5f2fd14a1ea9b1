package org.estatecare.registry.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StreetDutiesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");

    static ResponsiblePerson person(String name, LocalDate on) {
        return new ResponsiblePerson(name, "副主任", "022-24311234", on, "chunhua-officer", NOW);
    }

    static DistrictMaintenanceUnits units(String paths, LocalDate from) {
        return new DistrictMaintenanceUnits("河东区房屋维修中心", paths, "河东区路灯管理所", from, "东政发〔2026〕12号", "admin", NOW);
    }

    @Test
    @DisplayName("R-STAFF-1: the person named responsible is the latest appointed by the day asked; earlier ones are kept")
    void responsiblePersonInForce() {
        StreetDuties duties = new StreetDuties(StreetCode.of("chunhua"));
        duties.name(person("李卫东", LocalDate.of(2025, 3, 1)), TODAY);
        duties.name(person("张敏", LocalDate.of(2026, 9, 1)), TODAY);

        assertThat(duties.responsiblePersonOn(LocalDate.of(2026, 8, 31))).get().extracting(ResponsiblePerson::name).isEqualTo("李卫东");
        assertThat(duties.responsiblePersonOn(TODAY)).get().extracting(ResponsiblePerson::name).isEqualTo("张敏");
        assertThat(duties.responsiblePersonOn(LocalDate.of(2025, 2, 28))).isEmpty();
        assertThat(duties.responsiblePersons()).extracting(ResponsiblePerson::name).containsExactly("李卫东", "张敏");
    }

    @Test
    @DisplayName("R-STAFF-1: an appointment is a fact: not after today, not before the person named now, not before the records")
    void appointmentsRefused() {
        StreetDuties duties = new StreetDuties(StreetCode.of("chunhua"));
        duties.name(person("张敏", LocalDate.of(2026, 9, 1)), TODAY);

        assertThatThrownBy(() -> duties.name(person("王", TODAY.plusDays(1)), TODAY)).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::condition)
                        .containsExactly("in-the-future"));
        assertThatThrownBy(() -> duties.name(person("王", LocalDate.of(2026, 8, 1)), TODAY)).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::condition)
                        .containsExactly("before-the-current-appointment"));
        assertThatThrownBy(() -> duties.name(person("王", LocalDate.of(1900, 1, 1)), TODAY))
                .isInstanceOf(RuleViolationException.class);
        assertThat(duties.responsiblePersons()).hasSize(1);
    }

    @Test
    @DisplayName("R-MAINT-2: the district's units are those in force on the day; a naming ahead takes effect on its day, at most a year ahead")
    void districtUnitsInForce() {
        StreetDuties duties = new StreetDuties(StreetCode.of("chunhua"));
        duties.name(units("河东区市政养护所", LocalDate.of(2026, 1, 1)), TODAY);
        duties.name(units("津东道路养护公司", LocalDate.of(2027, 1, 1)), TODAY);

        assertThat(duties.districtUnitsOn(TODAY)).get().extracting(DistrictMaintenanceUnits::pathsUnit).isEqualTo("河东区市政养护所");
        assertThat(duties.districtUnitsOn(LocalDate.of(2027, 1, 1))).get().extracting(DistrictMaintenanceUnits::pathsUnit)
                .isEqualTo("津东道路养护公司");
        assertThatThrownBy(() -> duties.name(units("x", TODAY.plusMonths(13)), TODAY)).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::rule).containsExactly("R-MAINT-2"));
    }

    @Test
    @DisplayName("R-MAINT-2: a street office's maintenance method in force is the latest from on or before the day")
    void maintenanceMethod() {
        StreetDuties duties = new StreetDuties(StreetCode.of("chunhua"));
        duties.adopt(new MaintenanceMethod("办法（试行）", "春华街发〔2025〕1号", LocalDate.of(2025, 1, 1), null, "x", NOW), TODAY);
        duties.adopt(new MaintenanceMethod("办法", "春华街发〔2026〕3号", LocalDate.of(2026, 3, 1), "报修24小时响应", "x", NOW), TODAY);

        assertThat(duties.maintenanceMethodOn(LocalDate.of(2026, 2, 28))).get().extracting(MaintenanceMethod::reference)
                .isEqualTo("春华街发〔2025〕1号");
        assertThat(duties.maintenanceMethodOn(TODAY)).get().extracting(MaintenanceMethod::reference).isEqualTo("春华街发〔2026〕3号");
    }

    @Test
    @DisplayName("R-MAINT-2: a naming may take effect up to a year ahead and not a day later, counted from a leap day too")
    void aYearAheadAtMost() {
        LocalDate leapDay = LocalDate.of(2028, 2, 29);
        StreetDuties duties = new StreetDuties(StreetCode.of("chunhua"));

        duties.name(units("一年后", LocalDate.of(2029, 2, 28)), leapDay);
        assertThatThrownBy(() -> duties.name(units("晚一天", LocalDate.of(2029, 3, 1)), leapDay))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::condition).containsExactly("too-far-ahead"));
        duties.adopt(new MaintenanceMethod("跨年", "春华街发〔2028〕1号", LocalDate.of(2029, 1, 1), null, "x", NOW), leapDay);

        assertThat(duties.districtUnitsOn(LocalDate.of(2029, 2, 27))).isEmpty();
        assertThat(duties.districtUnitsOn(LocalDate.of(2029, 2, 28))).get().extracting(DistrictMaintenanceUnits::pathsUnit)
                .isEqualTo("一年后");
        assertThat(duties.maintenanceMethodOn(LocalDate.of(2028, 12, 31))).isEmpty();
        assertThat(duties.maintenanceMethodOn(LocalDate.of(2029, 1, 1))).isPresent();
    }

    @Test
    @DisplayName("R-STAFF-1: an appointment dated today counts from today; of two appointments on one day the later recorded is in force")
    void sameDayAppointments() {
        StreetDuties duties = new StreetDuties(StreetCode.of("chunhua"));
        duties.name(person("李卫东", TODAY), TODAY);
        duties.name(person("张敏", TODAY), TODAY);

        assertThat(duties.responsiblePersonOn(TODAY)).get().extracting(ResponsiblePerson::name).isEqualTo("张敏");
        assertThat(duties.responsiblePersonOn(TODAY.minusDays(1))).isEmpty();
    }
}
