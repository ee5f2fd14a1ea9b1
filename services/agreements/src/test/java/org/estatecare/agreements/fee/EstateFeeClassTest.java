package org.estatecare.agreements.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.outbox.OutboxEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The estate's fee class by period. */
class EstateFeeClassTest {

    static final Instant NOW = Instant.parse("2026-03-10T01:00:00Z");

    @Test
    @DisplayName("R-AGR-2: a class applies from its day until the next; a later decision replaces what was decided from its day on")
    void classesArePeriodsAndALaterDecisionReplacesTheRest() {
        EstateFeeClass c = EstateFeeClass.unclassed(new EstateId("e-1"));
        assertThat(c.put(EstateClass.CLASS_2, LocalDate.of(2025, 1, 1), "chunhua", "chunhua-1", "admin", NOW)).isTrue();
        assertThat(c.put(EstateClass.CLASS_1, LocalDate.of(2027, 1, 1), "chunhua", "chunhua-1", "admin", NOW)).isTrue();
        assertThat(c.on(LocalDate.of(2026, 12, 31))).contains(EstateClass.CLASS_2);
        assertThat(c.on(LocalDate.of(2027, 1, 1))).contains(EstateClass.CLASS_1);
        assertThat(c.on(LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(c.over(LocalDate.of(2024, 6, 1), LocalDate.of(2027, 5, 31))).containsExactly(
                new EstateFeeClass.Spell(null, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 31)),
                new EstateFeeClass.Spell(EstateClass.CLASS_2, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
                new EstateFeeClass.Spell(EstateClass.CLASS_1, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 5, 31)));

        assertThat(c.put(EstateClass.CLASS_2, LocalDate.of(2026, 7, 1), "chunhua", "chunhua-1", "admin", NOW))
                .as("CLASS_2 from July 2026 on: the CLASS_1 period decided earlier is replaced").isTrue();
        assertThat(c.periods()).containsExactly(new EstateFeeClass.Spell(EstateClass.CLASS_2, LocalDate.of(2025, 1, 1), null));
        assertThat(c.put(EstateClass.CLASS_2, LocalDate.of(2026, 7, 1), "chunhua", "chunhua-1", "admin", NOW))
                .as("repeated: nothing").isFalse();
        assertThat(c.decisions()).hasSize(3);
        assertThat(c.pendingEvents()).extracting(OutboxEvent::type).containsOnly("agreements.fee-class.changed").hasSize(3);
    }

    @Test
    @DisplayName("R-AGR-2: a class taking effect on the term's last day applies to that one day")
    void aClassFromTheTermsLastDayAppliesToThatDay() {
        EstateFeeClass c = EstateFeeClass.unclassed(new EstateId("e-1"));
        c.put(EstateClass.CLASS_2, LocalDate.of(2026, 1, 1), "chunhua", "chunhua-1", "admin", NOW);
        c.put(EstateClass.CLASS_3, LocalDate.of(2028, 12, 31), "chunhua", "chunhua-1", "admin", NOW);
        assertThat(c.over(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31))).containsExactly(
                new EstateFeeClass.Spell(EstateClass.CLASS_2, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 30)),
                new EstateFeeClass.Spell(EstateClass.CLASS_3, LocalDate.of(2028, 12, 31), LocalDate.of(2028, 12, 31)));
        assertThat(c.over(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 30)))
                .containsExactly(new EstateFeeClass.Spell(EstateClass.CLASS_2, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 30)));
    }
}
