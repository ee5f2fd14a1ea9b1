package org.estatecare.complaints.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.estatecare.kit.time.WorkingDayCalendar;
import org.estatecare.complaints.complaint.Channel;
import org.estatecare.complaints.complaint.Complainant;
import org.estatecare.complaints.complaint.Complaint;
import org.estatecare.complaints.complaint.EstateRef;
import org.estatecare.complaints.complaint.Place;
import org.estatecare.complaints.complaint.ReporterKind;
import org.estatecare.complaints.routing.Category;
import org.estatecare.complaints.routing.ShippedRoutingTable;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ComplaintStatisticsTest {

    static final WorkingDayCalendar CHINA = WorkingDayCalendar.fromClasspath(2026);

    static Instant at(int day, int hour) {
        return LocalDateTime.of(2026, 3, day, hour, 0).atZone(Complaint.BUSINESS_ZONE).toInstant();
    }

    static Complaint filed(String id, String street, String place, Instant when) {
        var report = new Complaint.Report(new EstateRef(new EstateId("e-" + street), street, street + "-1", true, true), Category.SERVICE_PARKING,
                Channel.HOTLINE, ReporterKind.RESIDENT, Complainant.ANONYMOUS, "s", new Place("1", place, null, null), "d", List.of());
        return Complaint.file(new ComplaintId(id), report, ShippedRoutingTable.hedong(), CHINA, when);
    }

    @Test
    @DisplayName("R-ASM-2: per street, received, open, overdue, on-time rate, median time to resolve and satisfaction")
    void figuresPerStreet() {
        Complaint fast = filed("a", "chunhua", "p1", at(10, 9));      // resolve by Tue 17 Mar
        fast.resolve("done", "co", at(10, 13));
        fast.close(5, null, "r", at(11, 9));
        Complaint late = filed("b", "chunhua", "p2", at(2, 9));       // resolve by Mon 9 Mar
        late.resolve("done", "co", at(12, 9));
        late.close(2, null, "r", at(12, 10));
        Complaint open = filed("c", "chunhua", "p3", at(2, 9));       // overdue on the 20th
        Complaint repeat = Complaint.fileAsDuplicate(new ComplaintId("d"), new Complaint.Report(open.estate(), open.category(), Channel.ONLINE,
                ReporterKind.RESIDENT, Complainant.ANONYMOUS, "t", open.place(), "d", List.of()), open, at(3, 9));
        Complaint elsewhere = filed("e", "dongxin", "p1", at(10, 9));

        List<ComplaintStatistics.Row> rows = ComplaintStatistics.of(List.of(fast, late, open, repeat, elsewhere),
                ComplaintStatistics.GroupBy.STREET, at(20, 9));

        assertThat(rows).extracting(ComplaintStatistics.Row::group).containsExactly("chunhua", "dongxin");
        ComplaintStatistics.Row chunhua = rows.get(0);
        assertThat(chunhua.received()).isEqualTo(3);
        assertThat(chunhua.repeats()).isEqualTo(1);
        assertThat(chunhua.open()).isEqualTo(1);
        assertThat(chunhua.overdue()).isEqualTo(1);
        assertThat(chunhua.resolved()).isEqualTo(2);
        assertThat(chunhua.onTimeRate()).isEqualByComparingTo("0.50");
        // 4 h and 240 h → median 122 h
        assertThat(chunhua.medianHoursToResolve()).isEqualByComparingTo(BigDecimal.valueOf(Duration.ofHours(122).toHours()));
        assertThat(chunhua.satisfaction()).isEqualByComparingTo("3.50");
        assertThat(chunhua.rated()).isEqualTo(2);
        assertThat(chunhua.companyOnTimeRate()).as("the company resolved one in time, one late").isEqualByComparingTo("0.50");
        assertThat(chunhua.companyJudged()).isEqualTo(2);
        assertThat(rows.get(1).onTimeRate()).as("nothing resolved yet: no rate").isNull();
        assertThat(rows.get(1).companyOnTimeRate()).isNull();
    }
}
