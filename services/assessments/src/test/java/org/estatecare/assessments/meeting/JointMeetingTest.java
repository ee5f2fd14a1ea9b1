package org.estatecare.assessments.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.estatecare.assessments.referral.DistrictReferral;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;
import org.estatecare.kit.outbox.OutboxEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JointMeetingTest {

    static final LocalDate DEC_28 = LocalDate.of(2026, 12, 28);
    static final Instant NOW = Instant.parse("2026-12-28T02:00:00Z");
    static final EstateId XINHUA = new EstateId("e-xinhua");
    static final EstateId YOUAI = new EstateId("e-youai");
    static final JointMeeting.Members MEMBERS = new JointMeeting.Members(List.of(Department.CITY_MANAGEMENT, Department.HOUSING),
            List.of("anju"), List.of("王建华"));
    static final List<AgendaItem> AGENDA = List.of(
            new AgendaItem(0, AgendaSource.OVERDUE_COMPLAINT, "c-1", XINHUA, "3号楼地锁投诉逾期未办结"),
            new AgendaItem(0, AgendaSource.OPEN_RECTIFICATION, "r-1", YOUAI, "整改未销号"),
            new AgendaItem(0, AgendaSource.OTHER, null, null, "冬季消防安全"));

    static JointMeeting convened() {
        return JointMeeting.convene(new JointMeetingId("jm-1"), "chunhua", LocalDate.of(2026, 12, 30), MEMBERS, AGENDA,
                Set.of(XINHUA, YOUAI), "street-chunhua", DEC_28, NOW);
    }

    static JointMeeting held() {
        JointMeeting meeting = convened();
        meeting.recordMinutes(List.of("春华街道", "区城管委", "区住建委", "安居物业", "王建华"),
                List.of(new Minutes.Decision(1, "城管部门一周内拆除地锁"), new Minutes.Decision(2, "物业限期整改")),
                List.of(new JointMeeting.Agreed(1, Owner.department(Department.CITY_MANAGEMENT), "拆除3号楼地锁", LocalDate.of(2026, 12, 31)),
                        new JointMeeting.Agreed(2, new Owner(Owner.Kind.COMPANY, "anju"), "清理楼道堆物", LocalDate.of(2027, 1, 8)),
                        new JointMeeting.Agreed(null, new Owner(Owner.Kind.STREET_OFFICE, "chunhua"), "开展消防宣传", LocalDate.of(2027, 1, 15))),
                "street-chunhua", LocalDate.of(2026, 12, 30), NOW);
        return meeting;
    }

    @Test
    @DisplayName("R-JOINT-1: the street office convenes departments, companies and resident representatives with an agenda of its open problems")
    void convenedWithItsMembersAndAgenda() {
        JointMeeting meeting = convened();
        assertThat(meeting.status()).isEqualTo(JointMeeting.Status.SCHEDULED);
        assertThat(meeting.agenda()).extracting(AgendaItem::number).containsExactly(1, 2, 3);
        assertThat(meeting.members().departments()).containsExactly(Department.CITY_MANAGEMENT, Department.HOUSING);

        JointMeeting.Members noDepartment = new JointMeeting.Members(List.of(), List.of("anju"), List.of());
        assertThatThrownBy(() -> JointMeeting.convene(new JointMeetingId("jm-2"), "chunhua", DEC_28.minusDays(1), noDepartment,
                AGENDA, Set.of(XINHUA), "s", DEC_28, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::condition)
                        .containsExactlyInAnyOrder("day-passed", "no-department", "estate-of-another-street"));
        assertThatThrownBy(() -> JointMeeting.convene(new JointMeetingId("jm-3"), "chunhua", LocalDate.of(2028, 1, 1), MEMBERS,
                List.of(), Set.of(), "s", DEC_28, NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("R-JOINT-1, R-STAFF-1: minutes are kept once the day has come, with action items owned by members; announced per estate on the agenda")
    void minutesKeptOnceAndAnnouncedPerEstate() {
        JointMeeting early = convened();
        assertThatThrownBy(() -> early.recordMinutes(List.of("a"), List.of(), List.of(), "s", DEC_28, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::condition)
                        .containsExactly("not-held-yet"));
        JointMeeting meeting = convened();
        assertThatThrownBy(() -> meeting.recordMinutes(List.of("a"), List.of(new Minutes.Decision(9, "x")), List.of(
                new JointMeeting.Agreed(null, Owner.department(Department.PUBLIC_SECURITY), "x", LocalDate.of(2026, 12, 29)),
                new JointMeeting.Agreed(null, new Owner(Owner.Kind.COMPANY, "another-co"), "x", LocalDate.of(2027, 1, 2))),
                "s", LocalDate.of(2026, 12, 30), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).extracting(Violation::about)
                        .containsExactlyInAnyOrder("decisions[0].agendaItem", "actionItems[0].owner", "actionItems[0].deadline",
                                "actionItems[1].owner"));
        assertThat(meeting.pendingEvents()).isEmpty();

        JointMeeting held = held();
        assertThat(held.status()).isEqualTo(JointMeeting.Status.HELD);
        assertThat(held.actionItems()).extracting(ActionItem::number).containsExactly(1, 2, 3);
        List<OutboxEvent> announced = held.pendingEvents();
        assertThat(announced).extracting(OutboxEvent::type).containsOnly(AssessmentEvents.JOINT_MEETING_MINUTES_RECORDED.type());
        assertThat(announced).extracting(OutboxEvent::key).containsExactly(XINHUA.value(), YOUAI.value());
        assertThat(announced.get(0).payload()).contains("城管部门一周内拆除地锁").doesNotContain("物业限期整改");
        assertThatThrownBy(() -> held.recordMinutes(List.of("a"), List.of(), List.of(), "s", DEC_28.plusDays(3), NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    @DisplayName("R-JOINT-1, R-DIST-1: action items are followed to done; one left open past its deadline is due for the district, across the year end")
    void actionItemsFollowedToDoneOrReferred() {
        JointMeeting meeting = held();
        assertThat(meeting.dueForReferral(LocalDate.of(2026, 12, 31))).as("due that day, not yet late").isEmpty();
        assertThat(meeting.dueForReferral(LocalDate.of(2027, 1, 1))).extracting(ActionItem::number).containsExactly(1);

        meeting.complete(2, "已清理", "anju-staff", LocalDate.of(2027, 1, 5), NOW);
        assertThat(meeting.actionItem(2).orElseThrow().status()).isEqualTo(ActionItem.Status.DONE);
        assertThatThrownBy(() -> meeting.complete(2, "again", "x", LocalDate.of(2027, 1, 5), NOW)).isInstanceOf(StateConflictException.class);
        assertThat(meeting.dueForReferral(LocalDate.of(2027, 1, 20))).extracting(ActionItem::number).containsExactly(1, 3);

        assertThat(meeting.referred(1, "dr-1")).isTrue();
        assertThat(meeting.referred(1, "dr-1")).as("once").isFalse();
        assertThat(meeting.dueForReferral(LocalDate.of(2027, 1, 20))).extracting(ActionItem::number).containsExactly(3);
        meeting.complete(1, "已拆除", "city-officer", LocalDate.of(2027, 1, 21), NOW);
        assertThat(meeting.actionItem(1).orElseThrow().referralId()).isEqualTo("dr-1");
    }

    @Test
    @DisplayName("R-DIST-1: the district records how a referred problem was settled, once, dated between its raising and today")
    void referralsAreSettledOnce() {
        DistrictReferral overdue = DistrictReferral.ofOverdueActionItem("jm-1", 1, "chunhua", XINHUA, "拆除3号楼地锁",
                "DEPARTMENT:CITY_MANAGEMENT", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1));
        assertThat(overdue.id()).as("one per item").isEqualTo(DistrictReferral.ofOverdueActionItem("jm-1", 1, "chunhua", XINHUA,
                "x", "y", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 2)).id());
        assertThatThrownBy(() -> overdue.settle("x", LocalDate.of(2026, 12, 31), "district", LocalDate.of(2027, 1, 5), NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> overdue.settle("x", LocalDate.of(2027, 1, 6), "district", LocalDate.of(2027, 1, 5), NOW))
                .isInstanceOf(RuleViolationException.class);
        overdue.settle("区政府协调城管执法拆除", LocalDate.of(2027, 1, 5), "district", LocalDate.of(2027, 1, 5), NOW);
        assertThat(overdue.status()).isEqualTo(DistrictReferral.Status.SETTLED);
        assertThatThrownBy(() -> overdue.settle("x", LocalDate.of(2027, 1, 5), "district", LocalDate.of(2027, 1, 5), NOW))
                .isInstanceOf(StateConflictException.class);

        DistrictReferral legacy = DistrictReferral.raise(DistrictReferral.Kind.LEGACY, "chunhua", null, "产权不清的自行车棚",
                "street-chunhua", LocalDate.of(2027, 1, 5));
        assertThat(legacy.status()).isEqualTo(DistrictReferral.Status.OPEN);
        assertThatThrownBy(() -> DistrictReferral.raise(DistrictReferral.Kind.OVERDUE_ACTION_ITEM, "chunhua", null, "x", "s",
                LocalDate.of(2027, 1, 5))).isInstanceOf(RuleViolationException.class);
    }
}
