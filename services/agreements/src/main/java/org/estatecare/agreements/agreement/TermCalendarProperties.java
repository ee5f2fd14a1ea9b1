package org.estatecare.agreements.agreement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code estatecare.agreements.term-calendar.interval}: how often the term calendar looks whether a new
 * business day began (signed terms start, ended terms expire).
 */
@ConfigurationProperties("estatecare.agreements.term-calendar")
public record TermCalendarProperties(@DefaultValue("60s") Duration interval) {

    public TermCalendarProperties {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("estatecare.agreements.term-calendar.interval must be a positive duration");
        }
    }
}
