package org.estatecare.assessments.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.assessments.evidence.ComplaintLedger.OverdueComplaint;
import org.estatecare.assessments.meeting.AgendaProposal.Graded;
import org.estatecare.assessments.meeting.AgendaProposal.Open;
import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.EstateId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AgendaProposalTest {

    static final EstateId XINHUA = new EstateId("e-xinhua");
    static final EstateId YOUAI = new EstateId("e-youai");
    static final EstateId HEPING = new EstateId("e-heping");

    static Graded graded(String id, EstateId estate, String period, Grade grade) {
        return new Graded(id, estate, AssessmentPeriod.parse(period), grade, new BigDecimal("58.5"));
    }

    static List<AgendaItem> select(List<OverdueComplaint> complaints, List<Graded> grades, List<Open> open) {
        return AgendaProposal.select(complaints, grades, open, (estate, problem) -> estate.value() + "：" + problem);
    }

    @Test
    @DisplayName("R-JOINT-1: the agenda proposal lists overdue complaints (longest overdue first, over the year end), then failing grades, then open rectifications, numbered")
    void overdueComplaintsThenFailingGradesThenOpenRectifications() {
        List<AgendaItem> items = select(
                List.of(new OverdueComplaint(new org.estatecare.events.ids.ComplaintId("c-2"), YOUAI, "GROUND_LOCK", "STREET_OFFICE", LocalDate.of(2027, 1, 2)),
                        new OverdueComplaint(new org.estatecare.events.ids.ComplaintId("c-1"), XINHUA, "NOISE", "SERVICE_COMPANY", LocalDate.of(2026, 12, 30))),
                List.of(graded("a-1", XINHUA, "2026-Q4", Grade.FAIL)),
                List.of(new Open("r-2", YOUAI, "待整改", LocalDate.of(2027, 1, 10)),
                        new Open("r-1", HEPING, "已逾期", LocalDate.of(2026, 12, 20))));

        assertThat(items).extracting(AgendaItem::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(items).extracting(AgendaItem::sourceId).containsExactly("c-1", "c-2", "a-1", "r-1", "r-2");
        assertThat(items).extracting(AgendaItem::source).containsExactly(AgendaSource.OVERDUE_COMPLAINT, AgendaSource.OVERDUE_COMPLAINT,
                AgendaSource.FAILING_GRADE, AgendaSource.OPEN_RECTIFICATION, AgendaSource.OPEN_RECTIFICATION);
        assertThat(items.get(0).estateId()).isEqualTo(XINHUA);
        assertThat(items.get(0).title()).startsWith("e-xinhua：").contains("NOISE").contains("2026-12-30");
        assertThat(items.get(2).title()).contains(Grade.FAIL.label()).contains("2026年第4季度");
    }

    @Test
    @DisplayName("R-JOINT-1: a failing grade is on the agenda only when it is the estate's latest published one, months and quarters compared by when they end")
    void onlyTheLatestGradeCounts() {
        List<AgendaItem> items = select(List.of(), List.of(
                // recovered since: the November month ends after the third quarter
                graded("a-old-fail", XINHUA, "2026-Q3", Grade.FAIL),
                graded("a-new-pass", XINHUA, "2026-11", Grade.PASS),
                // fell back: the fourth quarter ends after October
                graded("a-pass", YOUAI, "2026-10", Grade.PASS),
                graded("a-fail", YOUAI, "2026-Q4", Grade.FAIL),
                // across the year end: January 2027 is after the 2026 fourth quarter
                graded("a-2026", HEPING, "2026-Q4", Grade.PASS),
                graded("a-2027", HEPING, "2027-01", Grade.FAIL)), List.of());

        assertThat(items).extracting(AgendaItem::sourceId).containsExactly("a-2027", "a-fail");
        assertThat(items).extracting(AgendaItem::source).containsOnly(AgendaSource.FAILING_GRADE);
    }

    @Test
    @DisplayName("R-JOINT-1: a street with no open problem is proposed nothing; the street office adds its own points")
    void nothingOpenNothingProposed() {
        assertThat(select(List.of(), List.of(graded("a", XINHUA, "2026-Q4", Grade.EXCELLENT)), List.of())).isEmpty();
    }
}
