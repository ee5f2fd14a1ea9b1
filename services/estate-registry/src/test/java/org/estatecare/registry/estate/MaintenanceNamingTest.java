package org.estatecare.registry.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.estatecare.events.EventJson;
import org.estatecare.events.codes.Facility;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.MaintenanceNamed;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.outbox.OutboxEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MaintenanceNamingTest {

    static final Maintenance.Warranty ROOF = new Maintenance.Warranty(Facility.ROOF_WATERPROOFING, LocalDate.of(2031, 2, 28),
            "津城建设集团");
    static final Maintenance.Warranty PIPES = new Maintenance.Warranty(Facility.WATER_AND_DRAINAGE, LocalDate.of(2028, 2, 29),
            "津城建设集团");

    @Test
    @DisplayName("R-MAINT-1: the units and each facility's warranty are named as a whole and announced to the services that route repairs")
    void namedAndAnnounced() {
        Estate estate = EstateTest.included();
        estate.nameMaintenance(new Maintenance("河东区消防设施维保中心", "河东电梯维保公司", LocalDate.of(2028, 2, 29),
                List.of(ROOF, PIPES)), EstateTest.BUREAU, EstateTest.NOW);

        assertThat(estate.maintenance().warrantyOf(Facility.ROOF_WATERPROOFING)).contains(ROOF);
        assertThat(estate.maintenance().warrantyOf(Facility.LIFT)).isEmpty();
        OutboxEvent announced = estate.pendingEvents().get(estate.pendingEvents().size() - 1);
        assertThat(announced.type()).isEqualTo(EstateEvents.MAINTENANCE_NAMED.type());
        MaintenanceNamed named = EventJson.read(announced.payload(), MaintenanceNamed.class);
        assertThat(named.liftUnit()).isEqualTo("河东电梯维保公司");
        assertThat(named.warranties()).containsExactly(
                new MaintenanceNamed.Warranty("ROOF_WATERPROOFING", LocalDate.of(2031, 2, 28), "津城建设集团"),
                new MaintenanceNamed.Warranty("WATER_AND_DRAINAGE", LocalDate.of(2028, 2, 29), "津城建设集团"));
    }

    @Test
    @DisplayName("R-MAINT-1: a facility's warranty cannot end before the renovation's acceptance, and each facility has one")
    void refused() {
        Estate estate = EstateTest.included();
        LocalDate accepted = estate.details().renovation().acceptedOn();
        long revision = estate.revision();

        assertThatThrownBy(() -> estate.nameMaintenance(new Maintenance(null, null, null, List.of(ROOF,
                new Maintenance.Warranty(Facility.LIFT, accepted.minusDays(1), "电梯公司"))), EstateTest.BUREAU, EstateTest.NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::about).containsExactly("warranties[1].endsOn"));
        assertThat(estate.revision()).isEqualTo(revision);
        assertThatThrownBy(() -> new Maintenance(null, null, null, List.of(ROOF, ROOF))).isInstanceOf(IllegalArgumentException.class);
    }
}
