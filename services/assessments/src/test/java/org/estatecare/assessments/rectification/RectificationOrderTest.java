package org.estatecare.assessments.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.assessments.scoring.FindingKind;
import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.codes.BasicService;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.outbox.OutboxEvent;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RectificationOrderTest {

    static final LocalDate OPENED = LocalDate.of(2026, 9, 30);
    static final LocalDate DUE = LocalDate.of(2026, 10, 13);
    static final Instant AT = Instant.parse("2026-09-30T02:00:00Z");
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.fromClasspath(2026);
    static final RectificationProperties PROPERTIES = new RectificationProperties(5, 20, 5, Duration.ofMinutes(5));

    static ProblemToCorrect litter() {
        return new ProblemToCorrect(new EstateId("e-1"), "chunhua", "chunhua-1", new CompanyId("co-1"), RectificationCause.FINDING,
                "i-1", "i-1-F1", FindingKind.LITTER, InspectionLevel.STREET_MONTHLY, "3号楼北侧", BasicService.CLEANING,
                List.of("p-1"), null);
    }

    static RectificationOrder opened() {
        return RectificationOrder.open(litter(), OPENED, DUE, AT);
    }

    @Test
    @DisplayName("R-ASM-3: a finding is due five working days on, the National Day holiday not counted and its make-up Saturday counted")
    void dueInWorkingDays() {
        assertThat(PROPERTIES.dueOn(RectificationCause.FINDING, OPENED, CALENDAR)).isEqualTo(DUE);
        // 20 working days from 30 September: 8, 9, 10 (make-up), 12–16, 19–23, 26–30 October, 2–3 November
        assertThat(PROPERTIES.dueOn(RectificationCause.FAILING_GRADE, OPENED, CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(PROPERTIES.districtFrom(DUE, CALENDAR)).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    @DisplayName("R-ASM-3: due dates run into next year by its statutory days, and over a leap day")
    void dueAcrossTheYearAndALeapDay() {
        // 31 December; New Year's Day and the weekend not counted; 4–7 January
        assertThat(PROPERTIES.dueOn(RectificationCause.FINDING, LocalDate.of(2026, 12, 30), CALENDAR))
                .isEqualTo(LocalDate.of(2027, 1, 7));
        // 28 February, 29 February (leap), 1–3 March
        assertThat(PROPERTIES.districtFrom(LocalDate.of(2028, 2, 25), CALENDAR)).isEqualTo(LocalDate.of(2028, 3, 3));
    }

    @Test
    @DisplayName("R-ASM-3: an order is opened for the company with its due date and announced, keyed by the estate")
    void openedAndAnnounced() {
        RectificationOrder order = opened();

        assertThat(order.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(order.id()).isEqualTo(RectificationId.forFinding("i-1-F1"));
        List<OutboxEvent> events = order.pendingEvents();
        assertThat(events).extracting(OutboxEvent::type).containsExactly(AssessmentEvents.RECTIFICATION_OPENED.type());
        assertThat(events.get(0).key()).isEqualTo("e-1");
        assertThat(events.get(0).payload()).contains("\"dueOn\":\"2026-10-13\"").contains("\"companyId\":\"co-1\"")
                .contains("\"findingKind\":\"LITTER\"");
    }

    @Test
    @DisplayName("R-ASM-3: the company answers, the inspector accepts, and the order closes on time with its event")
    void answeredAcceptedClosed() {
        RectificationOrder order = opened();
        order.answer("已清理并加派保洁", List.of("p-2"), "co-1-user", DUE, AT.plusSeconds(60));
        order.verify(true, null, "officer", DUE.plusDays(3), AT.plusSeconds(120));

        assertThat(order.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(order.closedLate()).as("answered on the due date").isFalse();
        assertThat(order.closedOn()).contains(DUE.plusDays(3));
        assertThat(order.pendingEvents()).extracting(OutboxEvent::type).containsExactly(
                AssessmentEvents.RECTIFICATION_OPENED.type(), AssessmentEvents.RECTIFICATION_CLOSED.type());
        assertThat(order.pendingEvents().get(1).payload()).contains("\"overdue\":false");
        assertThatThrownBy(() -> order.answer("再次回复", List.of(), "co-1-user", DUE, AT)).isInstanceOf(StateConflictException.class);
    }

    @Test
    @DisplayName("R-ASM-3: an answer accepted after the due date closes the order late")
    void lateAnswerClosesLate() {
        RectificationOrder order = opened();
        order.answer("已清理", List.of(), "co-1-user", DUE.plusDays(1), AT);
        order.verify(true, "复查合格", "officer", DUE.plusDays(1), AT);

        assertThat(order.closedLate()).isTrue();
        assertThat(order.pendingEvents().get(1).payload()).contains("\"overdue\":true");
    }

    @Test
    @DisplayName("R-ASM-3: an answer not accepted needs a reason and opens the order again, still due on the same day")
    void rejectedNeedsAReason() {
        RectificationOrder order = opened();
        assertThatThrownBy(() -> order.verify(false, "x", "officer", DUE, AT)).isInstanceOf(StateConflictException.class);
        order.answer("已清理", List.of(), "co-1-user", OPENED.plusDays(1), AT);

        assertThatThrownBy(() -> order.verify(false, " ", "officer", DUE, AT)).isInstanceOf(RuleViolationException.class);
        order.verify(false, "绿地仍有垃圾", "officer", OPENED.plusDays(2), AT);

        assertThat(order.status()).isEqualTo(RectificationStatus.OPEN);
        assertThat(order.dueOn()).isEqualTo(DUE);
        assertThat(order.answers()).singleElement().satisfies(answer -> {
            assertThat(answer.accepted()).isFalse();
            assertThat(answer.verdict()).isEqualTo("绿地仍有垃圾");
        });
        assertThatThrownBy(() -> order.answer(" ", List.of(), "co-1-user", DUE, AT)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("R-ASM-3: an order unanswered past its due date goes to the street office, then to the district, each once")
    void escalation() {
        RectificationOrder order = opened();
        LocalDate districtFrom = LocalDate.of(2026, 10, 20);

        assertThat(order.escalate(DUE, districtFrom, AT)).as("on the due date it is not overdue").isFalse();
        assertThat(order.overdueOn(DUE)).isFalse();
        assertThat(order.escalate(DUE.plusDays(1), districtFrom, AT)).isTrue();
        assertThat(order.escalation()).isEqualTo(Escalation.STREET);
        assertThat(order.escalate(DUE.plusDays(2), districtFrom, AT)).isFalse();
        assertThat(order.escalate(districtFrom, districtFrom, AT)).isTrue();
        assertThat(order.escalation()).isEqualTo(Escalation.DISTRICT);
        assertThat(order.escalate(districtFrom.plusDays(9), districtFrom, AT)).isFalse();
        assertThat(order.history()).extracting(h -> h.action()).containsExactly("opened", "escalated-to-street", "escalated-to-district");
    }

    @Test
    @DisplayName("R-ASM-3: an answered order waits for the inspector, not the company, and is not escalated")
    void answeredIsNotEscalated() {
        RectificationOrder order = opened();
        order.answer("已清理", List.of(), "co-1-user", DUE, AT);

        assertThat(order.escalate(DUE.plusDays(30), DUE.plusDays(10), AT)).isFalse();
        assertThat(order.escalation()).isEqualTo(Escalation.NONE);
    }
}
