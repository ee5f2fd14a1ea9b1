package org.estatecare.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.estatecare.events.ids.EstateId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The scheduled calendar pass: once per business day, again while an agreement failed; each estate read once. */
class TermCalendarTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = AgreementTest.NOW;

        @Override
        public ZoneId getZone() {
            return Agreement.BUSINESS_ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    @DisplayName("the scheduled pass works once per business day and again on the next; a failed agreement is tried on the next tick")
    void theScheduledPassRunsOncePerDayUnlessAnAgreementFailed() {
        Agreements agreements = mock(Agreements.class);
        AgreementService service = mock(AgreementService.class);
        MovingClock clock = new MovingClock();
        Agreement first = AgreementTest.signed("2026-03-01", "2029-02-28");
        Agreement second = AgreementTest.signed("2026-03-01", "2029-02-28");
        when(agreements.dueForTheCalendar()).thenReturn(List.of(first, second));
        when(service.estate(new EstateId("e-1"))).thenReturn(Optional.of(AgreementTest.ESTATE));
        when(service.keepUp(eq(first), any(), any())).thenThrow(new IllegalStateException("kept changing"))
                .thenReturn(false);
        when(service.keepUp(eq(second), any(), any())).thenReturn(true);
        TermCalendar calendar = new TermCalendar(agreements, service, clock, new TermCalendarProperties(Duration.ofMinutes(1)));

        calendar.scheduled();
        verify(service, times(1)).estate(new EstateId("e-1")); // two agreements of one estate: its timeline read once
        calendar.scheduled(); // the first failed: tried again
        verify(agreements, times(2)).dueForTheCalendar();
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        calendar.scheduled(); // all moved today: nothing to do until tomorrow
        verify(agreements, times(2)).dueForTheCalendar();

        clock.now = clock.now.plus(Duration.ofDays(1));
        calendar.scheduled();
        verify(agreements, times(3)).dueForTheCalendar();
        assertThat(calendar.advance()).as("called directly, a pass always runs").isEqualTo(1);
        verify(agreements, times(4)).dueForTheCalendar();
    }
}
