package org.estatecare.agreements.agreement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code estatecare.agreements.calendar-interval}: how often the term calendar looks whether a new business day began. */
@ConfigurationProperties("estatecare.agreements")
public record CalendarProperties(@DefaultValue("60s") Duration calendarInterval) {

    public CalendarProperties {
        if (calendarInterval == null || calendarInterval.isNegative() || calendarInterval.isZero()) {
            throw new IllegalArgumentException("estatecare.agreements.calendar-interval must be a positive duration");
        }
    }
}
