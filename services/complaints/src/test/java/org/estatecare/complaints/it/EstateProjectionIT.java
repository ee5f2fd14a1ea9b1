package org.estatecare.complaints.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.estatecare.events.ids.EstateId;
import org.estatecare.events.estates.EstateEvents;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The complaints service learns estates only from estates.v1 on a real broker: in order, once, newest wins. */
class EstateProjectionIT extends ComplaintsServiceIT {

    @Test
    @DisplayName("R-ELIG-2, R-EXIT-2: inclusion puts an estate in the scheme, an exit takes it out from its date; redelivery and stale events change nothing")
    void inclusionAndExitDriveTheProjection() {
        String estate = "e-" + UUID.randomUUID();
        publish(estate, 1, EstateEvents.REGISTERED, new EstateRegistered(estate, "春华里", "chunhua", "chunhua-xinhua",
                "春华街1号", 12, 480, new java.math.BigDecimal("31250.50")));
        publish(estate, 2, EstateEvents.INCLUDED, new EstateIncluded(estate, "chunhua", "chunhua-xinhua",
                LocalDate.of(2026, 2, 1), "SERVICE_COMPANY"));

        await().atMost(Duration.ofSeconds(30)).until(() -> estates.find(new EstateId(estate)).map(e -> e.inSchemeOn(LocalDate.of(2026, 3, 10))).orElse(false));

        publish(estate, 3, EstateEvents.EXITED, new EstateExited(estate, "chunhua", "chunhua-xinhua", "DEMOLITION",
                LocalDate.of(2026, 9, 30)));
        publish(estate, 2, EstateEvents.INCLUDED, new EstateIncluded(estate, "chunhua", "chunhua-xinhua",
                LocalDate.of(2026, 2, 1), "SERVICE_COMPANY")); // redelivered, older than the exit
        String marker = "e-" + UUID.randomUUID();
        publish(marker, 1, EstateEvents.REGISTERED, new EstateRegistered(marker, "x", "dongxin", "dongxin-huaxin", "a", 1, 1,
                java.math.BigDecimal.ONE));

        await().atMost(Duration.ofSeconds(30)).until(() -> estates.find(new EstateId(marker)).isPresent());
        var timeline = estates.find(new EstateId(estate)).orElseThrow();
        assertThat(timeline.street()).isEqualTo("chunhua");
        assertThat(timeline.exitFrom()).as("the redelivered inclusion did not undo the exit").isEqualTo(LocalDate.of(2026, 9, 30));
        // effective-dated: in the scheme until the day before the exit date, not from it
        assertThat(timeline.inSchemeOn(LocalDate.of(2026, 9, 29))).isTrue();
        assertThat(timeline.inSchemeOn(LocalDate.of(2026, 9, 30))).isFalse();
    }

}
