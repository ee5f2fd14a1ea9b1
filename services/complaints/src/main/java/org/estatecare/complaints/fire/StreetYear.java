package org.estatecare.complaints.fire;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.estatecare.kit.domain.Implements;

/**
 * How regularly a street patrolled its fire lanes and taught fire safety in a year (R-FIRE-1): per month the patrols,
 * the blocked lanes found (each a complaint), the sessions and the people they reached; and the months gone by without a
 * patrol, so the district sees a street that does not patrol regularly. Months still ahead are not counted as missed.
 */
@Implements("R-FIRE-1")
public record StreetYear(String street, int year, List<Month> months, List<Integer> monthsWithoutPatrol) {

    public record Month(int month, int patrols, int findings, int sessions, int attendance) {
    }

    static StreetYear of(String street, int year, List<FireLanePatrol> patrols, List<FireSafetySession> sessions, LocalDate today) {
        List<Month> months = new ArrayList<>();
        List<Integer> without = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            List<FireLanePatrol> walked = patrols.stream().filter(p -> YearMonth.from(p.day()).equals(month)).toList();
            List<FireSafetySession> taught = sessions.stream().filter(s -> YearMonth.from(s.day()).equals(month)).toList();
            months.add(new Month(m, walked.size(), walked.stream().mapToInt(p -> p.findings().size()).sum(), taught.size(),
                    taught.stream().mapToInt(FireSafetySession::attendance).sum()));
            if (walked.isEmpty() && month.atEndOfMonth().isBefore(today)) {
                without.add(m);
            }
        }
        return new StreetYear(street, year, List.copyOf(months), List.copyOf(without));
    }
}
