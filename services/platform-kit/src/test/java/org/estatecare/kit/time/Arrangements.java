package org.estatecare.kit.time;

import java.time.LocalDate;
import java.util.List;

/**
 * An arrangement for 2027 made up for the tests (the State Council had not published 2027's when they
 * were written): every statutory day, bridged with weekends, and two make-up Sundays.
 */
public final class Arrangements {

    private Arrangements() {
    }

    public static CalendarYear y2027() {
        return new CalendarYear(2027, "测试用2027年安排", List.of(
                new CalendarYear.Holiday("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3)),
                new CalendarYear.Holiday("春节", LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 13)),
                new CalendarYear.Holiday("清明节", LocalDate.of(2027, 4, 3), LocalDate.of(2027, 4, 5)),
                new CalendarYear.Holiday("劳动节", LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 5)),
                new CalendarYear.Holiday("端午节", LocalDate.of(2027, 6, 9), LocalDate.of(2027, 6, 11)),
                new CalendarYear.Holiday("中秋节", LocalDate.of(2027, 9, 15), LocalDate.of(2027, 9, 17)),
                new CalendarYear.Holiday("国庆节", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 7))),
                List.of(LocalDate.of(2027, 1, 31), LocalDate.of(2027, 2, 20), LocalDate.of(2027, 9, 26), LocalDate.of(2027, 10, 9)));
    }
}
