package org.estatecare.kit.time;

import java.time.LocalDate;
import java.util.List;

/**
 * The public holidays of the national rules (全国年节及纪念日放假办法, as revised in 2024, in force
 * from 2025) and their statutory days off in a year. The State Council's yearly arrangement bridges
 * them with weekends and make-up working days; these are only the days the rules themselves give.
 */
public enum StatutoryHoliday {

    NEW_YEAR("元旦"),
    /** New Year's Eve (除夕) and the 1st to 3rd of the first lunar month: four days since 2025. */
    SPRING_FESTIVAL("春节"),
    QINGMING("清明节"),
    /** 1 and 2 May since 2025. */
    LABOUR_DAY("劳动节"),
    DRAGON_BOAT("端午节"),
    MID_AUTUMN("中秋节"),
    NATIONAL_DAY("国庆节");

    private final String label;

    StatutoryHoliday(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Its statutory days off in {@code year}, in order. */
    public List<LocalDate> days(int year) {
        return switch (this) {
            case NEW_YEAR -> List.of(LocalDate.of(year, 1, 1));
            case SPRING_FESTIVAL -> {
                LocalDate eve = ChineseDates.newYearsEve(year);
                yield List.of(eve, eve.plusDays(1), eve.plusDays(2), eve.plusDays(3));
            }
            case QINGMING -> List.of(ChineseDates.qingming(year));
            case LABOUR_DAY -> List.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2));
            case DRAGON_BOAT -> List.of(ChineseDates.lunar(year, 5, 5));
            case MID_AUTUMN -> List.of(ChineseDates.lunar(year, 8, 15));
            case NATIONAL_DAY -> List.of(LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3));
        };
    }
}
