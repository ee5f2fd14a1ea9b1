package org.estatecare.assessments.rectification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.metrics.BusinessGauges;
import org.estatecare.kit.metrics.BusinessGauges.Row;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Rectification to follow up, for Grafana: {@code estatecare_assessments_rectifications_open{street,escalation}}, the
 * orders not yet closed per street and escalation ({@code NONE}: within its due date or answered and waiting for the
 * inspector; {@code STREET}, {@code DISTRICT}: unanswered past its due date, followed up there). Every known street
 * shows every escalation, zero where none.
 */
@Component
class RectificationMetrics {

    RectificationMetrics(BusinessGauges gauges, Rectifications orders, EstateTimelines estates) {
        gauges.gauge("estatecare.assessments.rectifications.open",
                "rectification orders not closed, by street and escalation",
                () -> open(estates.streets(), orders.all(Criteria.where("status").ne(RectificationStatus.CLOSED))));
    }

    static List<Row> open(List<String> knownStreets, List<RectificationOrder> notClosed) {
        Map<String, Map<Escalation, Long>> counts = new HashMap<>();
        for (RectificationOrder order : notClosed) {
            counts.computeIfAbsent(order.street(), s -> new EnumMap<>(Escalation.class)).merge(order.escalation(), 1L, Long::sum);
        }
        TreeSet<String> streets = new TreeSet<>(knownStreets);
        streets.addAll(counts.keySet());
        List<Row> rows = new ArrayList<>();
        for (String street : streets) {
            for (Escalation escalation : Escalation.values()) {
                rows.add(Row.of(counts.getOrDefault(street, Map.of()).getOrDefault(escalation, 0L), "street", street,
                        "escalation", escalation.name()));
            }
        }
        return rows;
    }
}
