package org.estatecare.complaints.complaint;

import org.estatecare.complaints.calendar.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ComplaintsConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar(ComplaintSettings settings) {
        return WorkingDayCalendar.fromClasspath(settings.calendarYears().stream().mapToInt(Integer::intValue).toArray());
    }
}
