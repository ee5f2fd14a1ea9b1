package org.estatecare.complaints.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.estatecare.kit.time.WorkingDayCalendar;
import org.estatecare.complaints.routing.Category;
import org.estatecare.complaints.routing.HandlerKind;
import org.estatecare.complaints.routing.RoutingTable;
import org.estatecare.complaints.routing.ShippedRoutingTable;
import org.estatecare.events.EventJson;
import org.estatecare.events.complaints.ComplaintAssigned;
import org.estatecare.events.complaints.ComplaintEvents;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.outbox.OutboxEvent;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintTest {

    static final WorkingDayCalendar CHINA = WorkingDayCalendar.fromClasspath(2026);
    static final RoutingTable HEDONG = ShippedRoutingTable.hedong();
    static final EstateRef INCLUDED = new EstateRef(new EstateId("e-1"), "chunhua", "chunhua-xinhua", true, true);
    static final EstateRef EXITED = new EstateRef(new EstateId("e-2"), "chunhua", "chunhua-xinhua", false, false);
    static final EstateRef NO_COMPANY = new EstateRef(new EstateId("e-3"), "chunhua", "chunhua-xinhua", true, false);

    /** Beijing time. */
    static Instant at(int month, int day, int hour) {
        return at(2026, month, day, hour);
    }

    static Complaint.Report report(EstateRef estate, Category category) {
        return new Complaint.Report(estate, category, Channel.HOTLINE, ReporterKind.RESIDENT,
                new Complainant("王建华", "13812345678"), "resident-sub", new Place("3号楼", "东侧车棚", null, null),
                "有人在车棚私设地锁", List.of());
    }

    static Complaint file(EstateRef estate, Category category, Instant when) {
        return Complaint.file(new ComplaintId("c-1"), report(estate, category), HEDONG, CHINA, when);
    }

    static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(Complaint.BUSINESS_ZONE).toInstant();
    }

    static List<String> types(Complaint complaint) {
        return complaint.pendingEvents().stream().map(OutboxEvent::type).toList();
    }

    @Test
    @DisplayName("R-CMP-2: a ground lock goes first to the service company, with deadlines in working days")
    void aViolationIsRoutedToTheCompanyFirst() {
        Complaint complaint = file(INCLUDED, Category.GROUND_LOCK, at(3, 10, 9)); // Tuesday

        Assignment assignment = complaint.assignment().orElseThrow();
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(assignment.step().kind()).isEqualTo(HandlerKind.SERVICE_COMPANY);
        assertThat(assignment.acknowledgeBy()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(assignment.resolveBy()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(types(complaint)).containsExactly(ComplaintEvents.FILED.type(), ComplaintEvents.ASSIGNED.type());
        assertThat(complaint.pendingEvents()).extracting(OutboxEvent::key, OutboxEvent::subject, OutboxEvent::sequence)
                .containsExactly(tuple("e-1", "c-1", 1L), tuple("e-1", "c-1", 2L));
        assertThat(complaint.routingVersion()).isEqualTo("hedong/2026-2");
    }

    @Test
    @DisplayName("R-CMP-1: deadlines count working days across the Spring Festival, including the make-up Saturday")
    void deadlinesAcrossTheSpringFestival() {
        // filed Friday 13 Feb; company: acknowledge 1, resolve 2 working days → Sat 14 (make-up day), Tue 24
        Complaint complaint = file(INCLUDED, Category.SMALL_ADS, at(2, 13, 16));

        assertThat(complaint.assignment().orElseThrow().acknowledgeBy()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(complaint.assignment().orElseThrow().resolveBy()).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    @DisplayName("R-CMP-3: when dissuasion fails it goes to the residents' committee, then the street office, then city management")
    void escalationWalksTheChain() {
        Complaint complaint = file(INCLUDED, Category.GROUND_LOCK, at(3, 10, 9));

        complaint.escalate("dissuasion failed", "company-anju", CHINA, at(3, 11, 10));
        complaint.escalate("dissuasion failed", "community", CHINA, at(3, 12, 10));
        complaint.escalate("needs enforcement", "street", CHINA, at(3, 13, 10));

        Assignment assignment = complaint.assignment().orElseThrow();
        assertThat(assignment.step().kind()).isEqualTo(HandlerKind.DEPARTMENT);
        assertThat(assignment.step().department()).isEqualTo("city-management");
        assertThat(EventJson.read(complaint.pendingEvents().get(4).payload(), ComplaintAssigned.class))
                .extracting(ComplaintAssigned::handlerKind, ComplaintAssigned::step, ComplaintAssigned::reason)
                .containsExactly("DEPARTMENT", 3, "needs enforcement");
        assertThatThrownBy(() -> complaint.escalate("again", "dept", CHINA, at(3, 16, 10)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("last handler");
    }

    @Test
    @DisplayName("R-CMP-4: a passed deadline escalates by itself, once")
    void overdueComplaintsEscalateOnce() {
        Complaint complaint = file(INCLUDED, Category.GROUND_LOCK, at(3, 10, 9)); // resolve by Thu 12 Mar

        assertThat(complaint.escalateIfOverdue(CHINA, at(3, 12, 23))).as("the deadline day itself").isFalse();
        assertThat(complaint.escalateIfOverdue(CHINA, at(3, 13, 0))).isTrue();
        assertThat(complaint.assignment().orElseThrow().step().kind()).isEqualTo(HandlerKind.RESIDENTS_COMMITTEE);
        assertThat(complaint.escalateIfOverdue(CHINA, at(3, 13, 1))).as("new deadlines now").isFalse();
        assertThat(types(complaint)).filteredOn(ComplaintEvents.ESCALATED.type()::equals).hasSize(1);
    }

    @Test
    @DisplayName("R-CMP-5: a blocked fire lane is the street office's, within hours even on a weekend evening")
    void fireLanes() {
        Complaint complaint = file(INCLUDED, Category.BLOCKED_FIRE_LANE, at(3, 13, 20)); // Friday evening

        Assignment assignment = complaint.assignment().orElseThrow();
        assertThat(assignment.step().kind()).isEqualTo(HandlerKind.STREET_OFFICE);
        assertThat(assignment.acknowledgeDueAt()).isEqualTo(at(3, 13, 21));
        assertThat(assignment.resolveDueAt()).isEqualTo(at(3, 14, 20));
        assertThat(assignment.resolveBy()).as("the Saturday, not Monday").isEqualTo(LocalDate.of(2026, 3, 14));
    }

    @Test
    @DisplayName("R-CMP-5: a fire lane reported on National Day is due within 24 hours, not after the holiday week")
    void fireLaneOnAHolidayIsDueInHours() {
        Complaint complaint = file(INCLUDED, Category.BLOCKED_FIRE_LANE, at(10, 1, 9));

        Assignment assignment = complaint.assignment().orElseThrow();
        assertThat(assignment.resolveDueAt()).isEqualTo(at(10, 2, 9));
        assertThat(assignment.resolveBy()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(complaint.isOverdue(at(10, 2, 8))).isFalse();
        assertThat(complaint.isOverdue(at(10, 2, 9))).isTrue();
        assertThat(complaint.escalateIfOverdue(CHINA, at(10, 2, 10))).as("escalates within the holiday").isTrue();
        assertThat(complaint.assignment().orElseThrow().step().department()).isEqualTo("fire-rescue");
        assertThat(complaint.assignment().orElseThrow().resolveDueAt()).isEqualTo(at(10, 3, 10));
        assertThat(complaint.history()).extracting(HistoryEntry::note).last().asString()
                .contains("2026-10-02T09:00+08:00");
    }

    @Test
    @DisplayName("R-CMP-2: a violation reported to the company informs the residents' committee at filing, in parallel")
    void violationsInformTheResidentsCommitteeAtFiling() {
        Complaint complaint = file(INCLUDED, Category.STACKED_ITEMS, at(3, 10, 9));

        assertThat(complaint.assignment().orElseThrow().step().kind()).isEqualTo(HandlerKind.SERVICE_COMPANY);
        assertThat(complaint.informed()).containsExactly("RESIDENTS_COMMITTEE:chunhua-xinhua");
        assertThat(complaint.history()).extracting(HistoryEntry::action, HistoryEntry::recordedAt,
                HistoryEntry::actor, HistoryEntry::note).contains(
                tuple("informed", at(3, 10, 9), "system", "RESIDENTS_COMMITTEE:chunhua-xinhua"));
        assertThat(file(INCLUDED, Category.SERVICE_CLEANING, at(3, 10, 9)).informed()).isEmpty();
    }

    @Test
    @DisplayName("R-CMP-1: a petition by letter or visit goes to the street office first")
    void petitionsGoToTheStreetOffice() {
        for (Channel channel : List.of(Channel.LETTER, Channel.VISIT)) {
            Complaint complaint = Complaint.file(new ComplaintId("c-" + channel), new Complaint.Report(INCLUDED, Category.SERVICE_CLEANING,
                    channel, ReporterKind.RESIDENT, Complainant.ANONYMOUS, "s", new Place(null, "楼道", null, null), "d",
                    List.of()), HEDONG, CHINA, at(3, 10, 9));
            assertThat(complaint.assignment().orElseThrow().step().kind()).as(channel.name()).isEqualTo(HandlerKind.STREET_OFFICE);
        }
        assertThat(file(INCLUDED, Category.SERVICE_CLEANING, at(3, 10, 9)).assignment().orElseThrow().step().kind())
                .as("by hotline: the company").isEqualTo(HandlerKind.SERVICE_COMPANY);
    }

    @Test
    @DisplayName("R-ELIG-2: in the scheme but with no company serving it that day, the complaint skips to the next handler")
    void noServingCompanyIsNoDeadEnd() {
        assertThat(file(NO_COMPANY, Category.GROUND_LOCK, at(3, 10, 9)).assignment().orElseThrow().step().kind())
                .isEqualTo(HandlerKind.RESIDENTS_COMMITTEE);
        assertThat(file(NO_COMPANY, Category.SERVICE_CLEANING, at(3, 10, 9)).assignment().orElseThrow().step().kind())
                .isEqualTo(HandlerKind.STREET_OFFICE);
    }

    @Test
    @DisplayName("R-PRIN-1: when the company stops serving, its open complaint moves to the street office once, with history and event")
    void orphanedComplaintsMoveToTheStreetOffice() {
        Complaint complaint = file(INCLUDED, Category.GROUND_LOCK, at(3, 10, 9));

        assertThat(complaint.moveToStreetOffice("no service company serves the estate on 2026-03-11", CHINA, at(3, 11, 0))).isTrue();

        Assignment assignment = complaint.assignment().orElseThrow();
        assertThat(assignment.step().kind()).isEqualTo(HandlerKind.STREET_OFFICE);
        assertThat(assignment.resolveBy()).isEqualTo(LocalDate.of(2026, 3, 18)); // 5 working days from 11 March
        assertThat(complaint.currentHandler()).contains("STREET_OFFICE:chunhua");
        assertThat(complaint.history()).last().extracting(HistoryEntry::action, HistoryEntry::actor)
                .containsExactly("reassigned", "system");
        assertThat(EventJson.read(complaint.pendingEvents().get(complaint.pendingEvents().size() - 1).payload(), ComplaintAssigned.class))
                .extracting(ComplaintAssigned::handlerKind, ComplaintAssigned::reason)
                .containsExactly("STREET_OFFICE", "no service company serves the estate on 2026-03-11");
        assertThat(types(complaint)).last().isEqualTo(ComplaintEvents.ASSIGNED.type());
        assertThat(complaint.companyOnTime()).as("it lost the estate in time: not judged").isEmpty();
        assertThat(complaint.moveToStreetOffice("again", CHINA, at(3, 12, 0))).as("idempotent").isFalse();
    }

    @Test
    @DisplayName("R-PRIN-1: a chain without a street office step gets one when the company stops serving")
    void orphanMoveAddsTheStreetOfficeWhereTheChainHasNone() {
        RoutingTable companyOnly = new RoutingTable("t", "1", java.util.Arrays.stream(Category.values()).collect(
                java.util.stream.Collectors.toMap(c -> c, c -> List.of(org.estatecare.complaints.routing.Step.of(HandlerKind.SERVICE_COMPANY,
                        null, org.estatecare.complaints.routing.Deadline.workingDays(1), org.estatecare.complaints.routing.Deadline.workingDays(3))))));
        Complaint complaint = Complaint.file(new ComplaintId("c-9"), report(INCLUDED, Category.OTHER), companyOnly, CHINA, at(3, 10, 9));

        assertThat(complaint.moveToStreetOffice("gone", CHINA, at(3, 11, 9))).isTrue();

        assertThat(complaint.chain()).extracting(s -> s.kind()).containsExactly(HandlerKind.SERVICE_COMPANY, HandlerKind.STREET_OFFICE);
        assertThat(complaint.assignment().orElseThrow().stepIndex()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-ASM-2: an escalation after a missed deadline gives no fresh clock: the complaint stays late; the company's own figure apart")
    void onTimeIsMeasuredAgainstTheStepThatWasDue() {
        Complaint late = file(INCLUDED, Category.GROUND_LOCK, at(3, 10, 9)); // company: resolve by Thu 12 Mar
        assertThat(late.escalateIfOverdue(CHINA, at(3, 13, 9))).isTrue();
        late.resolve("cleared", "rc", at(3, 13, 10)); // the committee within the hour

        assertThat(late.resolvedOnTime()).contains(false);
        assertThat(late.companyOnTime()).contains(false);

        Complaint dissuasionFailed = file(INCLUDED, Category.GROUND_LOCK, at(3, 10, 9));
        dissuasionFailed.escalate("dissuasion failed", "company", CHINA, at(3, 11, 9)); // in time
        dissuasionFailed.resolve("cleared", "rc", at(3, 17, 9)); // committee: resolve by Mon 16 Mar → late

        assertThat(dissuasionFailed.resolvedOnTime()).contains(false);
        assertThat(dissuasionFailed.companyOnTime()).as("the company did its part in time").contains(true);

        Complaint inTime = file(INCLUDED, Category.GROUND_LOCK, at(3, 10, 9));
        inTime.escalate("dissuasion failed", "company", CHINA, at(3, 11, 9));
        inTime.resolve("cleared", "rc", at(3, 13, 9));
        assertThat(inTime.resolvedOnTime()).contains(true);

        Complaint streetOnly = file(INCLUDED, Category.OTHER, at(3, 10, 9));
        streetOnly.resolve("done", "street", at(3, 11, 9));
        assertThat(streetOnly.companyOnTime()).as("no company step").isEmpty();
    }

    @Test
    @DisplayName("An anonymous complaint's history never names who filed it or who routed it")
    void anonymousHistoryNamesNobody() {
        Complaint complaint = Complaint.file(new ComplaintId("c-a"), new Complaint.Report(INCLUDED, Category.GROUND_LOCK, Channel.ONLINE,
                ReporterKind.RESIDENT, Complainant.ANONYMOUS, "resident-sub", new Place(null, "车棚", null, null), "d", List.of()),
                HEDONG, CHINA, at(3, 10, 9));

        assertThat(complaint.history()).extracting(HistoryEntry::actor).containsOnly("anonymous", "system");
        assertThat(complaint.history()).allSatisfy(line -> assertThat(String.valueOf(line.note())).doesNotContain("resident-sub"));
    }

    @Test
    @DisplayName("R-ELIG-2: on an exited estate the street office handles what the company would have")
    void exitedEstatesGoToTheStreetOffice() {
        Complaint complaint = file(EXITED, Category.SERVICE_CLEANING, at(3, 10, 9));

        assertThat(complaint.chain()).extracting(s -> s.kind()).containsExactly(HandlerKind.STREET_OFFICE);
    }

    @Test
    void resolvedOnTimeThenClosedWithSatisfaction() {
        Complaint complaint = file(INCLUDED, Category.SERVICE_PARKING, at(3, 10, 9));
        complaint.acknowledge("company-anju", at(3, 10, 11));

        complaint.resolve("parking lines redrawn", "company-anju", at(3, 16, 18));
        complaint.close(4, "好", "resident", at(3, 17, 9));

        assertThat(complaint.resolvedOnTime()).contains(true);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.satisfaction()).contains(4);
        assertThatThrownBy(() -> complaint.resolve("x", "y", at(3, 18, 9))).isInstanceOf(StateConflictException.class);
    }

    @Test
    void lateResolutionIsNotOnTime() {
        Complaint complaint = file(INCLUDED, Category.SERVICE_PARKING, at(3, 10, 9)); // resolve by Tue 17 Mar

        complaint.resolve("done", "company-anju", at(3, 18, 9));

        assertThat(complaint.resolvedOnTime()).contains(false);
    }

    @Test
    void satisfactionIsOneToFive() {
        Complaint complaint = file(INCLUDED, Category.SERVICE_PARKING, at(3, 10, 9));
        complaint.resolve("done", "company-anju", at(3, 11, 9));

        assertThatThrownBy(() -> complaint.close(6, null, "resident", at(3, 12, 9))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> complaint.close(0, null, "resident", at(3, 12, 9))).isInstanceOf(RuleViolationException.class);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RESOLVED);
    }

    @Test
    void reopenedWithinTheWindowGoesBackToTheSameHandlerWithNewDeadlines() {
        Complaint complaint = file(INCLUDED, Category.SERVICE_PARKING, at(3, 10, 9));
        complaint.resolve("done", "company-anju", at(3, 11, 9));
        complaint.close(2, "没解决", "resident", at(3, 11, 18));

        complaint.reopen("still blocked", "resident", Duration.ofDays(7), CHINA, at(3, 16, 9));

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(complaint.satisfaction()).isEmpty();
        assertThat(complaint.assignment().orElseThrow().step().kind()).isEqualTo(HandlerKind.SERVICE_COMPANY);
        assertThat(complaint.assignment().orElseThrow().resolveBy()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(types(complaint)).containsSubsequence(ComplaintEvents.REOPENED.type(), ComplaintEvents.ASSIGNED.type());
    }

    @Test
    void reopeningAfterTheWindowIsRefused() {
        Complaint complaint = file(INCLUDED, Category.SERVICE_PARKING, at(3, 10, 9));
        complaint.resolve("done", "company-anju", at(3, 11, 9));

        assertThatThrownBy(() -> complaint.reopen("late", "resident", Duration.ofDays(7), CHINA, at(3, 19, 9)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> file(INCLUDED, Category.OTHER, at(3, 10, 9))
                .reopen("open one", "resident", Duration.ofDays(7), CHINA, at(3, 10, 10)))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void aRepeatWithinTheWindowIsLinkedNotRoutedAgain() {
        Complaint original = file(INCLUDED, Category.GROUND_LOCK, at(3, 10, 9));
        Complaint.Report again = new Complaint.Report(INCLUDED, Category.GROUND_LOCK, Channel.ONLINE, ReporterKind.RESIDENT,
                Complainant.ANONYMOUS, null, new Place("3 号楼", "东侧 车棚", null, null), "地锁", List.of());

        assertThat(original.isRepeatedBy(again, Duration.ofDays(3), at(3, 12, 9))).isTrue();
        assertThat(original.isRepeatedBy(again, Duration.ofDays(3), at(3, 14, 9))).as("outside the window").isFalse();
        assertThat(original.isRepeatedBy(new Complaint.Report(INCLUDED, Category.SMALL_ADS, Channel.ONLINE, ReporterKind.RESIDENT,
                Complainant.ANONYMOUS, null, again.place(), "x", List.of()), Duration.ofDays(3), at(3, 12, 9))).isFalse();

        Complaint duplicate = Complaint.fileAsDuplicate(new ComplaintId("c-2"), again, original, at(3, 12, 9));

        assertThat(duplicate.status()).isEqualTo(ComplaintStatus.DUPLICATE);
        assertThat(duplicate.duplicateOf()).contains(new ComplaintId("c-1"));
        assertThat(duplicate.assignment()).isEmpty();
        assertThat(original.status()).isEqualTo(ComplaintStatus.ASSIGNED);
        assertThat(types(duplicate)).containsExactly(ComplaintEvents.FILED.type(), ComplaintEvents.MARKED_DUPLICATE.type());
    }

    @Test
    void personalDataNeverLeavesInEvents() {
        Complaint complaint = file(INCLUDED, Category.GROUND_LOCK, at(3, 10, 9));
        complaint.escalate("dissuasion failed", "company-anju", CHINA, at(3, 11, 9));

        assertThat(complaint.pendingEvents()).allSatisfy(event ->
                assertThat(event.payload()).doesNotContain("王建华", "13812345678", "5678"));
        assertThat(complaint.complainant().masked()).isEqualTo(new Complainant.Masked("王**", "138****5678"));
        assertThat(complaint.history()).extracting(HistoryEntry::action)
                .containsExactly("filed", "assigned", "informed", "escalated");
        assertThat(complaint.history()).extracting(HistoryEntry::actor, HistoryEntry::toStatus)
                .contains(tuple("company-anju", ComplaintStatus.ASSIGNED));
    }
}
