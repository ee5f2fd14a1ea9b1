package org.estatecare.complaints.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.estatecare.events.ids.ComplaintId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscalatorTest {

    @Test
    @DisplayName("R-CMP-3: one overdue complaint that throws does not stop the escalation pass for the others, and is counted")
    void onePoisonComplaintDoesNotStopThePass() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-29T02:00:00Z"), ZoneOffset.UTC);
        Complaints complaints = mock(Complaints.class);
        WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
        Complaint poison = mock(Complaint.class);
        Complaint overdue = mock(Complaint.class);
        when(poison.id()).thenReturn(new ComplaintId("poison"));
        when(poison.escalateIfOverdue(eq(calendar), any())).thenThrow(new IllegalStateException("no such step"));
        when(overdue.escalateIfOverdue(eq(calendar), any())).thenReturn(true);
        when(complaints.overdue(any())).thenReturn(List.of(poison, overdue));
        when(complaints.saveIfUnchanged(overdue)).thenReturn(true);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        int escalated = new Escalator(complaints, calendar, clock, meters).escalateOverdue();

        assertThat(escalated).isEqualTo(1);
        assertThat(meters.get("estatecare.complaints.escalation.failures").counter().count()).isEqualTo(1.0);
    }
}
