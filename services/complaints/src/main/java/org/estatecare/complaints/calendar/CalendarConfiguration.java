package org.estatecare.complaints.calendar;

import org.estatecare.kit.persistence.IdentifierConversion;
import org.estatecare.kit.persistence.IdentifierConversion.IdType;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    /** China's working days, with the official years shipped in force; years loaded later are installed into it. */
    @Bean
    WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
        return WorkingDayCalendar.fromClasspath(properties.shippedYears().stream().mapToInt(Integer::intValue).toArray());
    }

    /** The platform's ids and this service's own: a year's official calendar. */
    @Bean
    IdentifierConversion identifierConversion() {
        return IdentifierConversion.shared().with(new IdType<>(OfficialCalendarId.class, OfficialCalendarId::parse));
    }

    @Bean
    SchedulingConfigurer calendarRefreshSchedule(CalendarProperties properties, CalendarRefresh refresh) {
        return tasks -> tasks.addFixedDelayTask(new FixedDelayTask(refresh::refresh, properties.refreshInterval(),
                properties.refreshInterval()));
    }
}
