package org.estatecare.complaints.complaint;

import org.estatecare.complaints.routing.DutyDivisionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ComplaintsConfiguration {

    @Bean
    DutyDivisionService.RoutingSettings routingSettings(ComplaintProperties properties) {
        return new DutyDivisionService.RoutingSettings(properties.district(), properties.initialDutyDivision());
    }

    /** The passes that move complaints by themselves, at the times the settings give. */
    @Bean
    SchedulingConfigurer complaintPasses(ComplaintProperties properties, Escalator escalator, CompanyWithdrawal withdrawal) {
        return tasks -> schedule(tasks, properties, escalator, withdrawal);
    }

    private static void schedule(ScheduledTaskRegistrar tasks, ComplaintProperties properties, Escalator escalator,
                                 CompanyWithdrawal withdrawal) {
        tasks.addFixedDelayTask(escalator::escalateOverdue, properties.escalationInterval());
        tasks.addCronTask(new CronTask(withdrawal::pass,
                new CronTrigger(properties.withdrawalCron(), Complaint.BUSINESS_ZONE)));
    }
}
