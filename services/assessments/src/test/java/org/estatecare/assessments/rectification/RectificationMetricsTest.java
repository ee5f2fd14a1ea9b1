package org.estatecare.assessments.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.metrics.BusinessGauges.Row;
import org.junit.jupiter.api.Test;

class RectificationMetricsTest {

    static RectificationOrder order(String street, String finding) {
        ProblemToCorrect problem = new ProblemToCorrect(new EstateId("e-" + finding), street, street + "-c", new CompanyId("co"),
                RectificationCause.FINDING, "i-" + finding, "i-" + finding + "-F1", RectificationOrderTest.litter().findingKind(),
                RectificationOrderTest.litter().foundAt(), "北门", null, List.of(), null);
        return RectificationOrder.open(problem, RectificationOrderTest.OPENED, RectificationOrderTest.DUE, RectificationOrderTest.AT);
    }

    static double value(List<Row> rows, String street, String escalation) {
        return rows.stream().filter(r -> r.tags().stream().anyMatch(t -> t.getKey().equals("street") && t.getValue().equals(street))
                && r.tags().stream().anyMatch(t -> t.getKey().equals("escalation") && t.getValue().equals(escalation)))
                .findFirst().orElseThrow().value();
    }

    @Test
    void openOrdersByStreetAndEscalationEveryKnownStreetWithEveryEscalation() {
        RectificationOrder overdue = order("chunhua", "2");
        overdue.escalate(RectificationOrderTest.DUE.plusDays(1), RectificationOrderTest.DUE.plusDays(9), RectificationOrderTest.AT);

        List<Row> rows = RectificationMetrics.open(List.of("chunhua", "quiet"),
                List.of(order("chunhua", "1"), overdue, order("dongxin", "3")));

        assertThat(value(rows, "chunhua", "NONE")).isEqualTo(1);
        assertThat(value(rows, "chunhua", "STREET")).isEqualTo(1);
        assertThat(value(rows, "dongxin", "NONE")).as("a street known only by its orders").isEqualTo(1);
        assertThat(value(rows, "quiet", "DISTRICT")).isZero();
        assertThat(rows).hasSize(3 * 3);
    }
}
