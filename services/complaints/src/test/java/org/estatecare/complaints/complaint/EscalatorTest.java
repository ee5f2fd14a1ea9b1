package org.estatecare.complaints.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

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
        // the store's own retry on fresh state, over the stubbed reads and writes
        when(complaints.changeIf(any(), any())).thenCallRealMethod();
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

    @Test
    @DisplayName("R-CMP-3: an overdue complaint another writer touched first is escalated on its fresh state in the same pass")
    void aLostRaceIsDecidedAgainOnFreshState() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-29T02:00:00Z"), ZoneOffset.UTC);
        Complaints complaints = mock(Complaints.class);
        // the store's own retry on fresh state, over the stubbed reads and writes
        when(complaints.changeIf(any(), any())).thenCallRealMethod();
        WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
        Complaint stale = mock(Complaint.class);
        Complaint fresh = mock(Complaint.class);
        when(stale.id()).thenReturn(new ComplaintId("c-1"));
        when(stale.escalateIfOverdue(eq(calendar), any())).thenReturn(true);
        when(fresh.escalateIfOverdue(eq(calendar), any())).thenReturn(true);
        when(complaints.overdue(any())).thenReturn(List.of(stale));
        when(complaints.saveIfUnchanged(stale)).thenReturn(false);
        when(complaints.find(eq(new ComplaintId("c-1")), any())).thenReturn(Optional.of(fresh));
        when(complaints.saveIfUnchanged(fresh)).thenReturn(true);

        assertThat(new Escalator(complaints, calendar, clock, new SimpleMeterRegistry()).escalateOverdue()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-CMP-3: a complaint another replica already escalated is not escalated twice")
    void whatAnotherReplicaEscalatedIsLeftAlone() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-29T02:00:00Z"), ZoneOffset.UTC);
        Complaints complaints = mock(Complaints.class);
        // the store's own retry on fresh state, over the stubbed reads and writes
        when(complaints.changeIf(any(), any())).thenCallRealMethod();
        WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
        Complaint stale = mock(Complaint.class);
        Complaint escalatedElsewhere = mock(Complaint.class);
        when(stale.id()).thenReturn(new ComplaintId("c-2"));
        when(stale.escalateIfOverdue(eq(calendar), any())).thenReturn(true);
        when(escalatedElsewhere.escalateIfOverdue(eq(calendar), any())).thenReturn(false);
        when(complaints.overdue(any())).thenReturn(List.of(stale));
        when(complaints.saveIfUnchanged(stale)).thenReturn(false);
        when(complaints.find(eq(new ComplaintId("c-2")), any())).thenReturn(Optional.of(escalatedElsewhere));

        assertThat(new Escalator(complaints, calendar, clock, new SimpleMeterRegistry()).escalateOverdue()).isZero();
        verify(complaints, never()).saveIfUnchanged(escalatedElsewhere);
    }
}
