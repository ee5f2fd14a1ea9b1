package org.estatecare.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;

import org.estatecare.kit.domain.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The four basic services of long-term management, as every agreement carries them. */
class BasicServicesTest {

    static final BasicServices FOUR = new BasicServices(new BasicServices.GateDuty(24, 1), new BasicServices.Patrol(3),
            new BasicServices.Cleaning(7, "楼内外清扫保洁"), new BasicServices.Parking("车辆停放秩序"));

    @Test
    @DisplayName("R-SCOPE-1: long-term management covers four basic services, gate duty, patrol, cleaning and parking; each one missing is named")
    void theFourBasicServicesAreGateDutyPatrolCleaningAndParking() {
        assertThat(BasicServices.class.getRecordComponents()).extracting(RecordComponent::getName)
                .as("the four services, then the duties besides them (R-AGR-5)")
                .containsExactly("gateDuty", "patrol", "cleaning", "parking", "duties");
        assertThat(FOUR.violations()).isEmpty();
        assertThat(new BasicServices(null, null, null, null).violations()).extracting(Violation::condition)
                .containsExactly("missing-gateDuty", "missing-patrol", "missing-cleaning", "missing-parking");
        assertThat(new BasicServices(FOUR.gateDuty(), FOUR.patrol(), null, FOUR.parking()).violations())
                .extracting(Violation::condition).containsExactly("missing-cleaning");
    }

    @Test
    @DisplayName("R-SCOPE-1, R-AGR-5: each basic service is kept to a standard: staffed gate hours and posts, patrol rounds, cleaning frequency and scope, parking scope")
    void eachBasicServiceIsKeptToAStandard() {
        var unstaffed = new BasicServices(new BasicServices.GateDuty(0, 1), new BasicServices.Patrol(0),
                new BasicServices.Cleaning(7, " "), new BasicServices.Parking(""));
        assertThat(unstaffed.violations()).extracting(Violation::condition)
                .containsExactly("gate-duty-standard", "patrol-standard", "cleaning-standard", "parking-standard");
        assertThat(new BasicServices(new BasicServices.GateDuty(24, 0), FOUR.patrol(), new BasicServices.Cleaning(0, "楼道"),
                FOUR.parking()).violations()).extracting(Violation::condition)
                .containsExactly("gate-duty-standard", "cleaning-standard");
        assertThat(new BasicServices(new BasicServices.GateDuty(1, 1), new BasicServices.Patrol(1),
                new BasicServices.Cleaning(1, "楼道"), new BasicServices.Parking("停车线")).violations())
                .as("the least that still is a standard").isEmpty();
    }
}
